import { readFileSync } from 'node:fs';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { NONE_CLASS, VALUE_CLASSES } from '../../../src/features/compare/map/mapModel.ts';
import { WorldMapChart } from '../../../src/features/compare/map/WorldMapChart.tsx';
import type { WorldShape } from '../../../src/charts/worldShapes.ts';
import { perceivedDifference } from '../charts/colourVision.ts';
import { squareFeature } from '../charts/fixtures.ts';

const fallbackHex = (fill: string) => /#[0-9a-fA-F]{6}/.exec(fill)?.[0] ?? '';
const css = readFileSync(path.resolve(import.meta.dirname, '../../../src/ui/featurePages.css'), 'utf8');
const darkVar = (name: string) => new RegExp(`--bh-map-${name}:\\s*(#[0-9a-fA-F]{6})`).exec(css)?.[1] ?? '';

function box(iso3: string, name: string, lon: number, lat: number, size: number): WorldShape {
  return { id: iso3, iso3, name, feature: squareFeature(lon, lat, size, { id: iso3, properties: { name } }) };
}

describe('the per-capita world map', () => {
  it('fills "under 1" and "none deployed" clearly differently, in the light and the dark theme', () => {
    const light = [fallbackHex(VALUE_CLASSES[0]?.fill ?? ''), fallbackHex(NONE_CLASS.fill)] as const;
    const dark = [darkVar('1'), darkVar('none')] as const;
    for (const [a, b] of [light, dark]) {
      expect(a).toMatch(/^#/);
      expect(perceivedDifference(a, b, 'normal'), `${a} vs ${b}`).toBeGreaterThanOrEqual(10);
    }
  });

  it('gives small states a visible marker (Bhutan, Rwanda, Fiji are specks at this size)', () => {
    const shapes = [
      box('USA', 'United States', -120, 25, 40),
      box('BTN', 'Bhutan', 90, 27, 0.4),
      box('FJI', 'Fiji', 178, -18, 0.3),
      box('ISL', 'Iceland', -20, 64, 0.3),
    ];
    const markup = renderToStaticMarkup(
      <WorldMapChart
        title="Map"
        description="Test."
        shapes={shapes}
        values={
          new Map([
            ['USA', { kind: 'value' as const, perMillion: 0.1, personnel: 30 }],
            ['BTN', { kind: 'value' as const, perMillion: 250, personnel: 199 }],
            ['FJI', { kind: 'value' as const, perMillion: 600, personnel: 500 }],
          ])
        }
        fallback={{ kind: 'none' }}
        highlightedIds={['BTN']}
        width={390}
      />,
    );
    const markers = markup.match(/class="bh-map-marker(?: [^"]*)?"/g) ?? [];
    expect(markers).toHaveLength(2); // Bhutan and Fiji; not Iceland (none deployed), not the large USA
    expect(markup).toContain('bh-map-marker--highlighted');
  });

  it('drawn for an export with a most height, keeps its proportions and fits that height', () => {
    const shapes = [box('USA', 'United States', -120, 25, 40), box('AUS', 'Australia', 115, -40, 30)];
    const draw = (maxHeight?: number) =>
      renderToStaticMarkup(
        <WorldMapChart
          title="Map"
          description="Test."
          shapes={shapes}
          values={new Map()}
          fallback={{ kind: 'none' }}
          width={1760}
          {...(maxHeight === undefined ? {} : { maxHeight })}
        />,
      );
    const size = (markup: string) => {
      const m = /<svg[^>]*width="([\d.]+)"[^>]*height="([\d.]+)"/.exec(markup);
      return { width: Number(m?.[1]), height: Number(m?.[2]) };
    };
    const wide = size(draw());
    const fitted = size(draw(300));
    expect(wide.height).toBeGreaterThan(300);
    expect(fitted.height).toBeLessThanOrEqual(300);
    expect(fitted.width).toBeLessThan(1760);
    expect(fitted.width / fitted.height).toBeCloseTo(wide.width / wide.height, 1);
  });
});
