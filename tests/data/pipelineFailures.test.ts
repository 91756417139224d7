// Crafted bad inputs: each gets a clear error naming the file, page or row and what was expected,
// and none of them touches the committed dataset.
import { describe, expect, test } from 'vitest';
import {
  copyFileSync,
  mkdtempSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  writeFileSync,
  existsSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readReport } from '../../scripts/data/pdf/readReport.ts';
import { readPdfPages } from '../../scripts/data/pdf/pdfText.ts';
import { REPORT_READERS } from '../../scripts/data/pdf/readers/index.ts';
import { readUnReports } from '../../scripts/data/assemble/readUnReports.ts';
import { writeFolderAtomically } from '../../scripts/data/assemble/writeAtomically.ts';
import { requireIso3, UnknownCountryError } from '../../scripts/data/countries/countryNames.ts';
import { readIpiCountryFile } from '../../scripts/data/readers/ipiCountries.ts';
import { ReportCheckError } from '../../scripts/data/model.ts';
import { PDF_DIR } from './sourcesDir.ts';

const scratch = () => mkdtempSync(path.join(tmpdir(), 'bh-pipeline-'));
const MARCH_2023 = path.join(PDF_DIR, 'UN_country_contributions_2023_03.pdf');

describe('the pipeline refuses bad input with a message that says where and what', () => {
  test('a truncated PDF names the file and says it is not a readable report', async () => {
    const dir = scratch();
    const file = path.join(dir, 'UN_country_contributions_2023_03.pdf');
    const bytes = readFileSync(MARCH_2023);
    writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 3)));
    await expect(readReport(file)).rejects.toThrow(/UN_country_contributions_2023_03\.pdf/);
  });

  test('a number that does not parse stops the reader with the file and page', async () => {
    const pages = await readPdfPages(MARCH_2023);
    const first = pages[0];
    if (!first) throw new Error('no page');
    const item = first.items.find((i) => i.str === '518' || /^\d+$/.test(i.str));
    if (!item) throw new Error('no number on page 1');
    item.str = `${item.str}x`;
    const reader = REPORT_READERS.find((r) => r.layout.startsWith('mission-country-type-2021'));
    if (!reader) throw new Error('2021 reader missing');
    let error: unknown;
    try {
      reader.read(pages, 'UN_country_contributions_2023_03.pdf');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ReportCheckError);
    expect((error as Error).message).toMatch(/UN_country_contributions_2023_03\.pdf, page 1/);
  });

  test('a month whose rows do not sum to its printed total stops the reader with the file, page, total and difference', async () => {
    const pages = await readPdfPages(MARCH_2023);
    const first = pages[0];
    if (!first) throw new Error('no page');
    // Canada's individual police in BINUH: male 2, female 0, total 2. Make it 3 and 3: the row still adds
    // up, but the mission total printed below it (6) no longer equals its rows (7).
    const rowY = first.items.find((i) => i.str === 'Canada')?.y;
    const cells = first.items.filter((i) => i.y === rowY && i.str === '2');
    expect(cells).toHaveLength(2);
    for (const cell of cells) cell.str = '3';
    const reader = REPORT_READERS.find((r) => r.layout.startsWith('mission-country-type-2021'));
    if (!reader) throw new Error('2021 reader missing');
    let error: unknown;
    try {
      reader.read(pages, 'UN_country_contributions_2023_03.pdf');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ReportCheckError);
    expect((error as Error).message).toMatch(
      /^UN_country_contributions_2023_03\.pdf, page 1: .*BINUH.*prints 6 but its rows sum to 7 \(difference 1\)/,
    );
  });

  test('an unknown country spelling names the file, the place and the spelling, and says where to add it', () => {
    expect(() => requireIso3('Atlantis', 'UN_country_contributions_2023_03.pdf', 'page 3')).toThrow(
      UnknownCountryError,
    );
    expect(() => requireIso3('Atlantis', 'UN_country_contributions_2023_03.pdf', 'page 3')).toThrow(
      /UN_country_contributions_2023_03\.pdf, page 3: unknown country spelling "Atlantis".*countryNames\.ts/,
    );
  });

  test('a CSV count that does not parse names the file and line', () => {
    const dir = scratch();
    const file = path.join(dir, 'Atlantis.csv');
    writeFileSync(file, 'Date,Troops,Police,Experts\n2010-01-31,12,NA,3\n2010-02-28,1two,NA,3\n');
    expect(() => readIpiCountryFile(file)).toThrow(/Atlantis\.csv, line 3/);
  });

  test('a duplicated month is counted once and reported', async () => {
    const dir = scratch();
    copyFileSync(MARCH_2023, path.join(dir, 'UN_country_contributions_2023_03.pdf'));
    copyFileSync(MARCH_2023, path.join(dir, 'UN_country_contributions_2023_05.pdf'));
    const result = await readUnReports(dir, () => {});
    expect(result.reports.map((r) => [r.file, r.monthKey])).toEqual([
      ['UN_country_contributions_2023_03.pdf', '2023-03'],
    ]);
    expect(result.skipped).toEqual([
      expect.objectContaining({
        file: 'UN_country_contributions_2023_05.pdf',
        sameAs: 'UN_country_contributions_2023_03.pdf',
        holds: '2023-03-31',
      }),
    ]);
  });

  test('a failed write leaves the previous dataset whole', () => {
    const dir = scratch();
    const target = path.join(dir, 'data');
    mkdirSync(target);
    writeFileSync(path.join(target, 'manifest.json'), '{"previous":true}');
    // A path component that is a file cannot be a folder too: the write fails half-way.
    const files = new Map([
      ['a.json', '{}'],
      ['a.json/b.json', '{}'],
    ]);
    expect(() => writeFolderAtomically(target, files)).toThrow();
    expect(readFileSync(path.join(target, 'manifest.json'), 'utf8')).toBe('{"previous":true}');
    expect(readdirSync(target)).toEqual(['manifest.json']);
    expect(readdirSync(dir)).toEqual(['data']);
  });

  test('a successful write replaces the folder in one swap and leaves no temporary folder behind', () => {
    const dir = scratch();
    const target = path.join(dir, 'data');
    mkdirSync(target);
    writeFileSync(path.join(target, 'old.json'), '{}');
    writeFolderAtomically(target, new Map([['countries/BGD.json', '{"iso3":"BGD"}']]));
    expect(existsSync(path.join(target, 'old.json'))).toBe(false);
    expect(readFileSync(path.join(target, 'countries/BGD.json'), 'utf8')).toBe('{"iso3":"BGD"}');
    expect(readdirSync(dir)).toEqual(['data']);
  });
});
