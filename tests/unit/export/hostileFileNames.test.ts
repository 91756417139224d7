// safeFileName against hostile stems: whatever a chart title or a link puts in, the name can be
// created on Windows, macOS and Linux. Complements safeFileName.test.ts (which pins readable names)
// with invariants checked over a seeded corpus.
import { describe, expect, test } from 'vitest';
import { safeFileName } from '../../../src/export/chartExport.ts';

/** Device names Windows refuses whatever the extension, and names Windows trims (trailing dots, spaces). */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;

function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  'CON',
  'con',
  'NUL',
  'nul.',
  'COM1',
  'com9 ',
  'LPT1',
  'LPT¹',
  'AUX',
  'PRN',
  'CONIN$',
  'conout$',
  '.',
  '..',
  '...',
  ' ',
  '  ',
  '/',
  '\\',
  ':',
  '*',
  '?',
  '"',
  '<',
  '>',
  '|',
  '\u0000',
  '\u001f',
  '\u007f',
  '\n',
  '\r',
  '\t',
  '~',
  '$',
  '%',
  '#',
  '&',
  'é',
  'ß',
  'Ω',
  '日本',
  '🇧🇩',
  '\u202E',
  '\u200B',
  '\uFEFF',
  'Bangladesh',
  'troops',
  '2015/16',
  '-',
  '_',
  'x'.repeat(300),
  '../../etc/passwd',
  'C:\\Windows\\System32',
  '\\\\server\\share',
  'file:',
  'desktop.ini',
  '.DS_Store',
  'ａｂｃ',
];

function hostileStem(random: () => number): string {
  const n = 1 + Math.floor(random() * 6);
  let stem = '';
  for (let i = 0; i < n; i++) stem += PIECES[Math.floor(random() * PIECES.length)] ?? '';
  return stem;
}

function checkName(name: string, extension: string): void {
  const dot = name.lastIndexOf('.');
  const stem = name.slice(0, dot);
  expect(name).toMatch(/^[a-z0-9][a-z0-9-]*\.[a-z0-9]+$/);
  expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(255);
  expect(stem).not.toMatch(WINDOWS_RESERVED);
  expect(stem.split('.')[0]).not.toMatch(WINDOWS_RESERVED);
  expect(name).not.toMatch(/[. ]$/);
  // eslint-disable-next-line no-control-regex -- a safe file name has no control characters
  expect(name).not.toMatch(/[\\/:*?"<>|\u0000-\u001f]/);
  if (/^[a-z0-9]{1,8}$/.test(extension)) expect(name.endsWith(`.${extension}`)).toBe(true);
}

describe('file names from hostile titles', () => {
  test('reserved device names stay unreserved with trailing dots, spaces or extensions in the title', () => {
    for (const stem of ['CON', 'con.', 'con ', 'CON.csv', 'nul.txt', 'Com1', 'LPT9.', 'aux...', 'prn   ']) {
      checkName(safeFileName(stem, 'csv'), 'csv');
    }
  });

  test('trailing dots and spaces never end a name, even with an empty or dotted extension', () => {
    for (const [stem, ext] of [
      ['chart.', ''],
      ['chart ', '.'],
      ['chart...', '...'],
      ['  ', ' '],
    ] as const) {
      checkName(safeFileName(stem, ext), ext);
    }
  });

  test('a 10,000-character title gives a name within the 255-byte limit', () => {
    checkName(safeFileName('ü'.repeat(10_000), 'png'), 'png');
    checkName(safeFileName('日本'.repeat(5_000), 'svg'), 'svg');
    checkName(safeFileName('a'.repeat(10_000), 'x'.repeat(10_000)), 'x'.repeat(8));
  });

  test('2,000 seeded hostile titles all give portable names', () => {
    const random = seeded(7);
    for (let i = 0; i < 2_000; i++) {
      const stem = hostileStem(random);
      const ext = random() < 0.8 ? (['csv', 'png', 'svg', 'json'][i % 4] ?? 'csv') : hostileStem(random);
      checkName(safeFileName(stem, ext), ext);
    }
  });
});
