import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contributorColors, SERIES_PALETTE, seriesColor } from '../../../src/charts/palette.ts';
import { contrastRatio, perceivedDifference, type Vision } from './colourVision.ts';

// Page and panel backgrounds of each theme (src/app/app.css --bh-bg and --bh-panel).
const BACKGROUNDS = { light: ['#ffffff', '#f4f7fa'], dark: ['#0f1419', '#161b22'] } as const;
const VISIONS: Vision[] = ['normal', 'protanopia', 'deuteranopia', 'tritanopia'];
// Comments and @import statements out, so each block's selector is only its selector.
const css = readFileSync(path.resolve(import.meta.dirname, '../../../src/charts/charts.css'), 'utf8')
  .replace(/\/\*[\s\S]*?\*\//g, '')
  .replace(/@import[^;]*;/g, '');

/** The --bh-series-N values of every CSS block whose selector matches. */
function seriesVariables(selectorPattern: RegExp): string[][] {
  const blocks: string[][] = [];
  for (const match of css.matchAll(/([^{}]+)\{([^{}]*--bh-series-1:[^{}]*)\}/g)) {
    if (!selectorPattern.test(match[1]!.trim())) continue;
    const values: string[] = [];
    for (const v of match[2]!.matchAll(/--bh-series-(\d):\s*(#[0-9a-fA-F]{6})/g))
      values[Number(v[1]) - 1] = v[2]!.toLowerCase();
    blocks.push(values);
  }
  return blocks;
}

const lower = (colors: readonly string[]) => colors.map((c) => c.toLowerCase());

describe('series palette', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`has 3:1 contrast or more for every ${theme} series colour on the ${theme} page and panel`, () => {
      for (const color of SERIES_PALETTE[theme]) {
        for (const background of BACKGROUNDS[theme]) {
          expect(contrastRatio(color, background), `${color} on ${background}`).toBeGreaterThanOrEqual(3);
        }
      }
    });

    it(`keeps every pair of ${theme} colours apart for normal vision and three colour-vision deficiencies`, () => {
      const colors = SERIES_PALETTE[theme];
      for (const vision of VISIONS) {
        for (let i = 0; i < colors.length; i++) {
          for (let j = i + 1; j < colors.length; j++) {
            const difference = perceivedDifference(colors[i]!, colors[j]!, vision);
            expect(difference, `${colors[i]} vs ${colors[j]} (${vision})`).toBeGreaterThanOrEqual(10);
          }
        }
      }
    });
  }

  it('is what charts.css sets, once, in :root: the dark theme and print do not redefine a series colour', () => {
    expect(seriesVariables(/^:root$/)).toEqual([lower(SERIES_PALETTE.light)]);
    expect(seriesVariables(/data-theme/)).toEqual([]);
  });

  it('reads each colour through its variable with the light colour as fallback, cycling after eight', () => {
    expect(seriesColor(0)).toBe('var(--bh-series-1, #0077BB)');
    expect(seriesColor(4)).toBe('var(--bh-series-5, #778088)');
    expect(seriesColor(8)).toBe(seriesColor(0));
    expect(seriesColor(-1)).toBe(seriesColor(7));
  });

  it('keeps each series one colour in both themes, with 3:1 or more on the light and the dark backgrounds', () => {
    expect(lower(SERIES_PALETTE.dark)).toEqual(lower(SERIES_PALETTE.light));
    for (const color of SERIES_PALETTE.light) {
      for (const background of [...BACKGROUNDS.light, ...BACKGROUNDS.dark]) {
        expect(contrastRatio(color, background), `${color} on ${background}`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('draws no series in black or white (nor near them)', () => {
    for (const color of [...SERIES_PALETTE.light, ...SERIES_PALETTE.dark]) {
      expect(contrastRatio(color, '#000000'), color).toBeGreaterThan(3);
      expect(contrastRatio(color, '#ffffff'), color).toBeGreaterThan(3);
    }
  });
});

describe('contributor colours', () => {
  it('give a contributor the same colour in every set it appears in that has no clash', () => {
    const alone = contributorColors(['RWA']).get('RWA');
    expect(contributorColors(['BGD', 'RWA', 'NPL']).get('RWA')).toBe(alone);
    expect(contributorColors(['FJI', 'RWA', 'BTN']).get('RWA')).toBe(alone);
    expect(contributorColors(['BGD']).get('BGD')).toBe(contributorColors(['BGD', 'IND', 'PAK']).get('BGD'));
    expect(contributorColors(['NPL', 'RWA', 'BGD'])).toEqual(contributorColors(['BGD', 'RWA', 'NPL']));
    expect(alone).not.toBe(seriesColor(4));
  });

  it('give up to seven contributors seven different colours, never the grey kept for totals', () => {
    const ids = ['BGD', 'IND', 'NPL', 'RWA', 'PAK', 'GHA', 'ETH'];
    const colors = [...contributorColors(ids).values()];
    expect(new Set(colors).size).toBe(7);
    expect(colors).not.toContain(seriesColor(4));
  });
});
