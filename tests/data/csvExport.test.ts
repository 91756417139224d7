// The open-data CSV files that `npm run build` writes into dist/data/.
import { describe, expect, test, beforeAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CONTRIBUTION_TYPES_IN_CSV } from './csvVocabulary.ts';
import { DATA_DIR } from './sourcesDir.ts';

const root = path.resolve(import.meta.dirname, '../..');
let outDir = '';
let contributions: string[][] = [];

function parseLine(line: string): string[] {
  const cells: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        current += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else current += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      cells.push(current);
      current = '';
    } else current += ch;
  }
  cells.push(current);
  return cells;
}

beforeAll(() => {
  outDir = mkdtempSync(path.join(tmpdir(), 'bh-csv-'));
  execFileSync('npx', ['tsx', 'scripts/export/writeCsv.ts', path.relative(root, outDir)], {
    cwd: root,
    stdio: 'pipe',
  });
  contributions = readFileSync(path.join(outDir, 'contributions.csv'), 'utf8')
    .trimEnd()
    .split('\n')
    .map(parseLine);
}, 120_000);

describe('the CSV downloads', () => {
  test('contributions.csv has exactly the contract columns', () => {
    expect(contributions[0]).toEqual([
      'date',
      'contributor_iso3',
      'contributor',
      'mission',
      'personnel_type',
      'male',
      'female',
      'total',
      'source',
    ]);
  });

  test('contributions.csv covers 1990-11 to 2025-07 with one row per stored cell', () => {
    const rows = contributions.slice(1);
    const dates = rows.map((r) => r[0] ?? '');
    expect(dates[0]).toBe('1990-11-30');
    expect(dates[dates.length - 1]).toBe('2025-07-31');
    let cells = 0;
    for (const file of readdirSync(path.join(DATA_DIR, 'countries'))) {
      cells += (
        JSON.parse(readFileSync(path.join(DATA_DIR, 'countries', file), 'utf8')) as { total: number[] }
      ).total.length;
    }
    expect(rows).toHaveLength(cells);
    expect(rows.every((r) => r.length === 9)).toBe(true);
  });

  test('personnel types use the contract vocabulary, unsplit police only in IPI’s years (to 2014-03)', () => {
    const rows = contributions.slice(1);
    expect(new Set(rows.map((r) => r[4]))).toEqual(new Set(CONTRIBUTION_TYPES_IN_CSV));
    const lastPolice =
      rows
        .filter((r) => r[4] === 'police')
        .map((r) => r[0] ?? '')
        .sort()
        .pop() ?? '';
    expect(lastPolice < '2014-04-01').toBe(true);
  });

  test('Bangladesh in March 2023 sums to 7,237 in the CSV, every row naming its PDF', () => {
    const rows = contributions.slice(1).filter((r) => r[0] === '2023-03-31' && r[1] === 'BGD');
    expect(rows.reduce((n, r) => n + Number(r[7]), 0)).toBe(7237);
    expect(new Set(rows.map((r) => r[8]))).toEqual(new Set(['UN_country_contributions_2023_03.pdf']));
  });

  test('rows without gender leave male and female empty rather than 0', () => {
    const early = contributions.slice(1).filter((r) => r[0] === '2000-01-31');
    expect(early.length).toBeGreaterThan(0);
    expect(early.every((r) => r[5] === '' && r[6] === '')).toBe(true);
  });

  test('fatalities.csv and population.csv carry their documented columns', () => {
    const fatalities = readFileSync(path.join(outDir, 'fatalities.csv'), 'utf8').split('\n');
    expect(fatalities[0]).toBe('date,iso3,nationality,mission,personnel_type,incident_type,gender');
    expect(fatalities.filter((l) => l !== '')).toHaveLength(4430);
    const population = readFileSync(path.join(outDir, 'population.csv'), 'utf8').split('\n');
    expect(population[0]).toBe('iso3,year,population');
    expect(population.some((l) => l.startsWith('BTN,2024,'))).toBe(true);
  });
});
