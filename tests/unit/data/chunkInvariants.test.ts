// The sense checks of every chunk (src/data/chunkInvariants.ts): the bundled dataset passes all of
// them, and a real file altered in each test the way a broken pipeline, a mixed-up deploy or a hand
// edit would alter it is rejected with the file and the broken invariant named.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  checkChunkText,
  checkCountryCells,
  checkFatalities,
  checkManifest,
  checkPopulation,
  checkTotals,
  checkYearCrossSection,
  InconsistentChunkError,
  isRealDate,
  MAX_PLAUSIBLE_PERSONNEL,
} from '../../../src/data/chunkInvariants.ts';
import type {
  CountryCells,
  Fatalities,
  Manifest,
  Population,
  Totals,
  YearCrossSection,
} from '../../../src/data/schema.ts';

const dataDir = path.resolve(import.meta.dirname, '../../../data');
const text = (file: string) => readFileSync(path.join(dataDir, file), 'utf8');
/** A fresh copy of a real chunk, for a test to alter. */
const read = <T>(file: string): T => JSON.parse(text(file)) as T;
const manifest = read<Manifest>('manifest.json');

/** Runs a check and returns the error it throws (the test fails if it throws none). */
function rejection(check: () => void): InconsistentChunkError {
  try {
    check();
  } catch (error) {
    if (error instanceof InconsistentChunkError) return error;
    throw error;
  }
  throw new Error('the altered file was accepted');
}

describe('the bundled dataset', () => {
  test('passes every check, file by file', () => {
    checkManifest('manifest.json', manifest);
    checkTotals('totals.json', read<Totals>('totals.json'), manifest);
    checkFatalities('fatalities.json', read<Fatalities>('fatalities.json'));
    checkPopulation('population.json', read<Population>('population.json'), manifest);
    const countries = readdirSync(path.join(dataDir, 'countries'));
    const years = readdirSync(path.join(dataDir, 'years'));
    for (const name of countries) {
      const file = `countries/${name}`;
      checkCountryCells(file, read<CountryCells>(file), manifest, name.slice(0, 3));
    }
    for (const name of years) {
      const file = `years/${name}`;
      checkYearCrossSection(file, read<YearCrossSection>(file), manifest, Number(name.slice(0, 4)));
    }
    for (const file of Object.keys(manifest.chunks)) {
      checkChunkText(file, text(file), manifest.chunks[file]?.bytes);
    }
    expect(countries.length + years.length + 3).toBe(Object.keys(manifest.chunks).length);
  });
});

describe('a real file altered is rejected, naming the file and the invariant', () => {
  test('identity: Nepal’s file that holds India’s cells', () => {
    const error = rejection(() =>
      checkCountryCells('countries/NPL.json', read<CountryCells>('countries/IND.json'), manifest, 'NPL'),
    );
    expect(error.invariant).toBe('identity');
    expect(error.message).toBe(
      'The data file countries/NPL.json fails a check of its contents (identity): it holds the data of IND, not of NPL.',
    );
  });

  test('identity: a year file whose rows are of another year', () => {
    const section = read<YearCrossSection>('years/2016.json');
    const june2015 = manifest.months.indexOf('2015-06-30');
    section.month = section.month.map(() => june2015);
    const error = rejection(() => checkYearCrossSection('years/2016.json', section, manifest, 2016));
    expect(error.invariant).toBe('identity');
    expect(error.message).toContain('row 1 is of 2015-06, not of 2016');
  });

  test('equal lengths: a country file with one value fewer in one column', () => {
    const cells = read<CountryCells>('countries/BGD.json');
    cells.female.pop();
    const error = rejection(() => checkCountryCells('countries/BGD.json', cells, manifest, 'BGD'));
    expect(error.invariant).toBe('equal lengths');
    expect(error.message).toContain(
      `female has ${cells.month.length - 1} entries where ${cells.month.length}`,
    );
  });

  test('equal lengths: totals with a series shorter than the month axis', () => {
    const totals = read<Totals>('totals.json');
    totals.countries.NPL?.total.pop();
    const error = rejection(() => checkTotals('totals.json', totals, manifest));
    expect(error.invariant).toBe('equal lengths');
    expect(error.message).toContain('countries.NPL.total has 416 entries where 417 are expected');
  });

  test('order: a manifest whose months are out of order', () => {
    const altered = read<Manifest>('manifest.json');
    const [a, b] = [altered.months[10]!, altered.months[11]!];
    altered.months[10] = b;
    altered.months[11] = a;
    const error = rejection(() => checkManifest('manifest.json', altered));
    expect(error.invariant).toBe('order');
    expect(error.file).toBe('manifest.json');
  });

  test('order: country cells whose months run backwards', () => {
    const cells = read<CountryCells>('countries/BGD.json');
    cells.month.reverse();
    const error = rejection(() => checkCountryCells('countries/BGD.json', cells, manifest, 'BGD'));
    expect(error.invariant).toBe('order');
  });

  test('order: a fatality dated after the snapshot', () => {
    const fatalities = read<Fatalities>('fatalities.json');
    fatalities.date[fatalities.date.length - 1] = '2030-01-01';
    const error = rejection(() => checkFatalities('fatalities.json', fatalities));
    expect(error.invariant).toBe('order');
    expect(error.message).toContain('after the snapshot of 2025-04-04');
  });

  test('real dates: a manifest month that is not a day of the calendar', () => {
    const altered = read<Manifest>('manifest.json');
    const i = altered.months.indexOf('2025-02-28');
    altered.months[i] = '2025-02-30';
    const error = rejection(() => checkManifest('manifest.json', altered));
    expect(error.invariant).toBe('real dates');
    expect(error.message).toContain('2025-02-30, is not a date');
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2025-13-01')).toBe(false);
  });

  test('parts within totals: a cell with more women than personnel', () => {
    const cells = read<CountryCells>('countries/BGD.json');
    const row = cells.female.findIndex((f) => f !== null);
    cells.female[row] = (cells.total[row] ?? 0) + 1;
    const error = rejection(() => checkCountryCells('countries/BGD.json', cells, manifest, 'BGD'));
    expect(error.invariant).toBe('parts within totals');
    expect(error.message).toContain(`row ${row + 1}`);
  });

  test('parts within totals: a country with more personnel than the world in the same month', () => {
    const totals = read<Totals>('totals.json');
    const i = manifest.months.indexOf('2020-01-31');
    totals.countries.BGD!.total[i] = (totals.world.total[i] ?? 0) + 1;
    const error = rejection(() => checkTotals('totals.json', totals, manifest));
    expect(error.invariant).toBe('parts within totals');
    expect(error.message).toContain('BGD has');
    expect(error.message).toContain('in 2020-01, more than the world total');
  });

  test('range: a world total beyond any plausible count', () => {
    const totals = read<Totals>('totals.json');
    const i = manifest.months.indexOf('2020-01-31');
    totals.world.total[i] = 10_000_000;
    const error = rejection(() => checkTotals('totals.json', totals, manifest));
    expect(error.invariant).toBe('range');
    expect(error.message).toContain(
      `10,000,000, more than the possible ${MAX_PLAUSIBLE_PERSONNEL.toLocaleString('en')}`,
    );
  });

  test('range: a population larger than any country’s', () => {
    const population = read<Population>('population.json');
    population.values.BTN![10] = 9_000_000_000;
    const error = rejection(() => checkPopulation('population.json', population, manifest));
    expect(error.invariant).toBe('range');
    expect(error.message).toContain('the population of BTN in 1970');
  });

  test('duplicate keys: totals.json naming a country twice', () => {
    const original = text('totals.json');
    const npl = JSON.stringify(read<Totals>('totals.json').countries.NPL);
    // The second "NPL" entry would silently win in JSON.parse.
    const altered = original.replace('"countries":{', `"countries":{"NPL":${npl},`);
    expect(altered).not.toBe(original);
    const error = rejection(() => checkChunkText('totals.json', altered, undefined));
    expect(error.invariant).toBe('duplicate keys');
    expect(error.message).toContain('the key countries.NPL appears twice');
  });

  test('duplicate keys: a manifest listing a country twice', () => {
    const altered = read<Manifest>('manifest.json');
    altered.countries.push(altered.countries[0]!);
    const error = rejection(() => checkManifest('manifest.json', altered));
    expect(error.invariant).toBe('duplicate keys');
  });

  test('size: a country file far larger than the manifest says', () => {
    const file = 'countries/BGD.json';
    const bytes = manifest.chunks[file]!.bytes;
    const padded = text(file).replace(/,/g, ',   ');
    const error = rejection(() => checkChunkText(file, padded, bytes));
    expect(error.invariant).toBe('size');
    expect(error.message).toContain(`the dataset index lists ${bytes.toLocaleString('en')} bytes`);
  });
});
