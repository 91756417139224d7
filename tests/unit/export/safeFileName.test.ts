import { describe, expect, test } from 'vitest';
import { MAX_FILE_STEM, safeFileName } from '../../../src/export/chartExport.ts';

describe('file names for exports', () => {
  test('a plain title becomes lower-case words joined by dashes', () => {
    expect(safeFileName('Bangladesh: personnel by type', 'csv')).toBe('bangladesh-personnel-by-type.csv');
  });

  test('accents are dropped and letters without a decomposition are spelled out', () => {
    expect(safeFileName('Côte d’Ivoire', 'png')).toBe('cote-divoire.png');
    expect(safeFileName('Türkiye São Tomé Ñandú', 'png')).toBe('turkiye-sao-tome-nandu.png');
    expect(safeFileName('Straße Ærø Łódź', 'svg')).toBe('strasse-aero-lodz.svg');
  });

  test('slashes, backslashes, dots and other path characters never reach the name', () => {
    expect(safeFileName('../../etc/passwd', 'csv')).toBe('etc-passwd.csv');
    expect(safeFileName('a\\b:c*d?e"f<g>h|i', 'csv')).toBe('a-b-c-d-e-f-g-h-i.csv');
    expect(safeFileName('2015/16: troops', 'csv')).toBe('2015-16-troops.csv');
  });

  test('Windows device names are never produced, whatever the case', () => {
    for (const reserved of ['CON', 'con', 'PRN', 'Aux', 'NUL', 'COM1', 'lpt9']) {
      const name = safeFileName(reserved, 'csv');
      expect(name.split('.')[0]).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)$/);
    }
    expect(safeFileName('CON', 'csv')).toBe('con-chart.csv');
    expect(safeFileName('console', 'csv')).toBe('console.csv');
  });

  test('long names are cut at a word boundary character without a trailing dash', () => {
    const name = safeFileName('uniformed personnel deployed '.repeat(10), 'png');
    const stem = name.slice(0, -'.png'.length);
    expect(stem.length).toBeLessThanOrEqual(MAX_FILE_STEM);
    expect(stem).not.toMatch(/-$/);
    expect(name.endsWith('.png')).toBe(true);
  });

  test('a name with nothing usable falls back to a generic one', () => {
    expect(safeFileName('', 'csv')).toBe('blue-helmets-chart.csv');
    expect(safeFileName('///***', 'csv')).toBe('blue-helmets-chart.csv');
    expect(safeFileName('日本', 'csv')).toBe('blue-helmets-chart.csv');
  });

  test('the extension is cleaned too', () => {
    expect(safeFileName('chart', '.PNG')).toBe('chart.png');
    expect(safeFileName('chart', '../x')).toBe('chart.x');
    expect(safeFileName('chart', '')).toBe('chart.txt');
  });
});
