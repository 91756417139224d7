// The schema (schema.ts) checks each chunk's shape; these check its sense — what the pipeline
// (scripts/data/) guarantees and a view takes for granted: the file is about what its name says
// (identity), its columns line up (equal lengths), months and dates run forward and are real dates
// (order, real dates), parts never exceed their totals, counts stay within what is possible (range),
// no object repeats a key (duplicate keys) and the file is about the size the manifest lists (size).
// A chunk that breaks one is rejected with the file and the invariant named, never drawn.
import type {
  CountryCells,
  Fatalities,
  Manifest,
  MissionCellsChunk,
  Population,
  Totals,
  YearCrossSection,
} from './schema.ts';
import { findDuplicateKey } from './duplicateKeys.ts';

export type Invariant =
  | 'identity'
  | 'equal lengths'
  | 'order'
  | 'real dates'
  | 'parts within totals'
  | 'range'
  | 'duplicate keys'
  | 'size';

export class InconsistentChunkError extends Error {
  constructor(
    readonly file: string,
    readonly invariant: Invariant,
    detail: string,
  ) {
    super(`The data file ${file} fails a check of its contents (${invariant}): ${detail}.`);
    this.name = 'InconsistentChunkError';
  }
}

/**
 * More uniformed personnel than the UN has ever had in all its operations together (the peak, in
 * 2015, was about 108,000 in this dataset) by a wide margin: a count above it is a corrupt file.
 */
export const MAX_PLAUSIBLE_PERSONNEL = 250_000;
/** Above the most populous country (about 1.45 billion in 2024). */
export const MAX_PLAUSIBLE_POPULATION = 2_000_000_000;
/** The first UN peacekeeping fatality on record is of 1948. */
const FIRST_FATALITY_YEAR = 1948;
/**
 * A file may arrive smaller than the manifest lists (the build packs some series, vite.config.ts)
 * but never much larger: beyond this factor (and a little slack for tiny files) it is not the file
 * the manifest describes.
 */
const MAX_SIZE_FACTOR = 1.5;
const SIZE_SLACK_BYTES = 2048;

function fail(file: string, invariant: Invariant, detail: string): never {
  throw new InconsistentChunkError(file, invariant, detail);
}

const monthOf = (manifest: Manifest, index: number) =>
  manifest.months[index]?.slice(0, 7) ?? `month ${index}`;

/** A yyyy-mm-dd that names a day of the calendar (not 2025-02-30, not 2025-13-01). */
export function isRealDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function checkLengths(file: string, columns: Record<string, readonly unknown[]>, expected?: number): void {
  const entries = Object.entries(columns);
  const length = expected ?? entries[0]?.[1].length ?? 0;
  for (const [name, column] of entries) {
    if (column.length !== length) {
      fail(file, 'equal lengths', `${name} has ${column.length} entries where ${length} are expected`);
    }
  }
}

function checkCount(file: string, where: string, value: number | null, max = MAX_PLAUSIBLE_PERSONNEL): void {
  if (value !== null && value > max) {
    fail(
      file,
      'range',
      `${where} is ${value.toLocaleString('en')}, more than the possible ${max.toLocaleString('en')}`,
    );
  }
}

/** Checks the text of a file before it is parsed: its size against the manifest and repeated keys. */
export function checkChunkText(file: string, text: string, expectedBytes: number | undefined): void {
  if (expectedBytes !== undefined && text.length > expectedBytes * MAX_SIZE_FACTOR + SIZE_SLACK_BYTES) {
    fail(
      file,
      'size',
      `it is ${text.length.toLocaleString('en')} characters long, and the dataset index lists ${expectedBytes.toLocaleString('en')} bytes`,
    );
  }
  const repeated = findDuplicateKey(text);
  if (repeated !== null) fail(file, 'duplicate keys', `the key ${repeated} appears twice`);
}

export function checkManifest(file: string, manifest: Manifest): void {
  const { months } = manifest;
  months.forEach((month, i) => {
    if (!isRealDate(month)) fail(file, 'real dates', `month ${i + 1}, ${month}, is not a date`);
    const previous = months[i - 1];
    if (previous !== undefined && !isNextMonth(previous, month)) {
      fail(file, 'order', `${month} follows ${previous}; the months must run one after another`);
    }
  });
  checkLengths(file, { months, monthInfo: manifest.monthInfo });
  const seen = new Set<string>();
  for (const country of manifest.countries) {
    if (seen.has(country.iso3)) fail(file, 'duplicate keys', `the country ${country.iso3} is listed twice`);
    seen.add(country.iso3);
    if (country.firstMonth > country.lastMonth || country.lastMonth >= months.length) {
      fail(
        file,
        'range',
        `the months of ${country.iso3} (${country.firstMonth}–${country.lastMonth}) are not within the month axis`,
      );
    }
  }
  const missions = new Set<string>();
  for (const mission of manifest.missions) {
    if (missions.has(mission.acronym))
      fail(file, 'duplicate keys', `the mission ${mission.acronym} is listed twice`);
    missions.add(mission.acronym);
  }
  for (const gap of manifest.gaps) {
    if (!isRealDate(gap.from) || !isRealDate(gap.to))
      fail(file, 'real dates', `the gap ${gap.from}–${gap.to} is not between two dates`);
    if (gap.from > gap.to) fail(file, 'order', `the gap ${gap.from}–${gap.to} ends before it starts`);
  }
}

function isNextMonth(previous: string, month: string): boolean {
  const [y0, m0] = [Number(previous.slice(0, 4)), Number(previous.slice(5, 7))];
  const [y1, m1] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  return y1 * 12 + m1 === y0 * 12 + m0 + 1;
}

export function checkTotals(file: string, totals: Totals, manifest: Manifest): void {
  const n = manifest.months.length;
  const { world } = totals;
  checkLengths(
    file,
    { 'world.total': world.total, 'world.female': world.female, 'world.gendered': world.gendered },
    n,
  );
  for (let i = 0; i < n; i++) {
    const total = world.total[i] ?? null;
    const gendered = world.gendered[i] ?? null;
    const female = world.female[i] ?? null;
    checkCount(file, `the world total of ${monthOf(manifest, i)}`, total);
    if (gendered !== null && total !== null && gendered > total) {
      fail(
        file,
        'parts within totals',
        `in ${monthOf(manifest, i)} the world has ${gendered} personnel of known gender but a total of ${total}`,
      );
    }
    if (female !== null && gendered !== null && female > gendered) {
      fail(
        file,
        'parts within totals',
        `in ${monthOf(manifest, i)} the world has ${female} women among ${gendered} personnel of known gender`,
      );
    }
  }
  for (const [type, series] of Object.entries(world.byType)) {
    checkLengths(
      file,
      { [`world.byType.${type}.total`]: series.total, [`world.byType.${type}.female`]: series.female },
      n,
    );
    checkPartsOfWorld(file, manifest, `${type}`, series.total, series.female, world.total);
  }
  const contributors = new Set(manifest.countries.map((c) => c.iso3));
  for (const [iso3, series] of Object.entries(totals.countries)) {
    if (!contributors.has(iso3)) fail(file, 'identity', `${iso3} is not a contributor in the dataset index`);
    checkLengths(
      file,
      { [`countries.${iso3}.total`]: series.total, [`countries.${iso3}.female`]: series.female },
      n,
    );
    checkPartsOfWorld(file, manifest, iso3, series.total, series.female, world.total);
  }
}

/** A part of the world's personnel (a country, a personnel type): women ≤ its total ≤ the world's. */
function checkPartsOfWorld(
  file: string,
  manifest: Manifest,
  name: string,
  total: readonly (number | null)[],
  female: readonly (number | null)[],
  worldTotal: readonly (number | null)[],
): void {
  for (let i = 0; i < total.length; i++) {
    const t = total[i] ?? null;
    const f = female[i] ?? null;
    const w = worldTotal[i] ?? null;
    if (f !== null && (t === null || f > t)) {
      fail(
        file,
        'parts within totals',
        `${name} has ${f} women in ${monthOf(manifest, i)} but a total of ${t ?? 'none'}`,
      );
    }
    if (t !== null && w !== null && t > w) {
      fail(
        file,
        'parts within totals',
        `${name} has ${t} personnel in ${monthOf(manifest, i)}, more than the world total of ${w}`,
      );
    }
    // A month with a report but no world total is one the sources give only in part (1991-03: the
    // world is not reported because six contributors are missing); a month without a report has no
    // country figures at all.
    if (t !== null && w === null && manifest.monthInfo[i]?.status !== 'ok') {
      fail(
        file,
        'parts within totals',
        `${name} has ${t} personnel in ${monthOf(manifest, i)}, a month with no report`,
      );
    }
  }
}

/** Row i of a cells chunk points to a month and a personnel type the index lists, with a whole total. */
function checkRow(
  file: string,
  manifest: Manifest,
  cells: Pick<CountryCells, 'month' | 'type' | 'total'>,
  i: number,
): { month: number; total: number } {
  const n = manifest.months.length;
  const month = cells.month[i] ?? 0;
  if (month >= n)
    fail(file, 'range', `row ${i + 1} points to month ${month}, past the ${n} months of the dataset`);
  if ((cells.type[i] ?? 0) >= manifest.personnelTypes.length)
    fail(
      file,
      'range',
      `row ${i + 1} has personnel type ${cells.type[i]}, which the dataset index does not list`,
    );
  const total = cells.total[i] ?? 0;
  checkCount(file, `the total of row ${i + 1}`, total);
  return { month, total };
}

/** Cells of one country or one year: columns line up, indices point into the index, parts ≤ totals. */
function checkCells(
  file: string,
  manifest: Manifest,
  cells: Pick<CountryCells, 'month' | 'type' | 'male' | 'female' | 'total'>,
  extra: Record<string, readonly unknown[]>,
): void {
  checkLengths(file, {
    month: cells.month,
    type: cells.type,
    male: cells.male,
    female: cells.female,
    total: cells.total,
    ...extra,
  });
  for (let i = 0; i < cells.month.length; i++) {
    const { month, total } = checkRow(file, manifest, cells, i);
    const previous = cells.month[i - 1];
    if (previous !== undefined && month < previous) {
      fail(
        file,
        'order',
        `row ${i + 1} (${monthOf(manifest, month)}) comes after a row of ${monthOf(manifest, previous)}`,
      );
    }
    const parts = (cells.male[i] ?? 0) + (cells.female[i] ?? 0);
    if (parts > total) {
      fail(
        file,
        'parts within totals',
        `row ${i + 1} (${monthOf(manifest, month)}) has ${cells.male[i] ?? 0} men and ${cells.female[i] ?? 0} women but a total of ${total}`,
      );
    }
  }
}

export function checkCountryCells(file: string, cells: CountryCells, manifest: Manifest, iso3: string): void {
  if (cells.iso3 !== iso3) fail(file, 'identity', `it holds the data of ${cells.iso3}, not of ${iso3}`);
  checkCells(file, manifest, cells, { mission: cells.mission });
  const missions = manifest.missions.length;
  cells.mission.forEach((mission, i) => {
    if (mission >= missions)
      fail(file, 'range', `row ${i + 1} points to mission ${mission}, which the dataset index does not list`);
  });
}

/** missions/<file>.json: one mission's rows, derived at build time from the country files. */
export function checkMissionCells(
  file: string,
  cells: MissionCellsChunk,
  manifest: Manifest,
  acronym: string,
): void {
  if (cells.acronym !== acronym || manifest.missions[cells.mission]?.acronym !== acronym) {
    fail(file, 'identity', `it holds the data of ${cells.acronym}, not of ${acronym}`);
  }
  checkLengths(file, {
    iso3: cells.iso3,
    month: cells.month,
    type: cells.type,
    female: cells.female,
    total: cells.total,
  });
  for (let i = 0; i < cells.month.length; i++) {
    const { month, total } = checkRow(file, manifest, cells, i);
    if ((cells.female[i] ?? 0) > total) {
      fail(
        file,
        'parts within totals',
        `row ${i + 1} (${monthOf(manifest, month)}) has ${cells.female[i] ?? 0} women but a total of ${total}`,
      );
    }
  }
}

export function checkYearCrossSection(
  file: string,
  section: YearCrossSection,
  manifest: Manifest,
  year: number,
): void {
  if (section.year !== year) fail(file, 'identity', `it holds the year ${section.year}, not ${year}`);
  checkCells(file, manifest, section, { iso3: section.iso3 });
  const contributors = new Set(manifest.countries.map((c) => c.iso3));
  section.month.forEach((month, i) => {
    const date = manifest.months[month] ?? '';
    if (!date.startsWith(`${year}-`))
      fail(file, 'identity', `row ${i + 1} is of ${date.slice(0, 7) || `month ${month}`}, not of ${year}`);
    const iso3 = section.iso3[i] ?? '';
    if (!contributors.has(iso3))
      fail(file, 'identity', `row ${i + 1} is of ${iso3}, which is not a contributor in the dataset index`);
  });
}

export function checkFatalities(file: string, fatalities: Fatalities): void {
  const { date } = fatalities;
  checkLengths(file, {
    date,
    iso3: fatalities.iso3,
    nationality: fatalities.nationality,
    mission: fatalities.mission,
    personnelType: fatalities.personnelType,
    incidentType: fatalities.incidentType,
    gender: fatalities.gender,
  });
  if (!isRealDate(fatalities.snapshot))
    fail(file, 'real dates', `the snapshot date ${fatalities.snapshot} is not a date`);
  date.forEach((day, i) => {
    if (!isRealDate(day)) fail(file, 'real dates', `entry ${i + 1} is dated ${day}, which is not a date`);
    if (Number(day.slice(0, 4)) < FIRST_FATALITY_YEAR)
      fail(file, 'range', `entry ${i + 1} is dated ${day}, before ${FIRST_FATALITY_YEAR}`);
    const previous = date[i - 1];
    if (previous !== undefined && day < previous)
      fail(file, 'order', `entry ${i + 1} (${day}) comes after an entry of ${previous}`);
    if (day > fatalities.snapshot)
      fail(file, 'order', `entry ${i + 1} is dated ${day}, after the snapshot of ${fatalities.snapshot}`);
  });
}

export function checkPopulation(file: string, population: Population, manifest: Manifest): void {
  const { firstYear, lastYear } = population;
  if (
    !Number.isInteger(firstYear) ||
    !Number.isInteger(lastYear) ||
    firstYear > lastYear ||
    firstYear < 1900 ||
    lastYear > 2100
  ) {
    fail(file, 'order', `its years run from ${firstYear} to ${lastYear}`);
  }
  const years = lastYear - firstYear + 1;
  const known = new Set([...manifest.countries, ...manifest.otherCountries].map((c) => c.iso3));
  for (const [iso3, values] of Object.entries(population.values)) {
    if (!known.has(iso3)) fail(file, 'identity', `${iso3} is not a country in the dataset index`);
    checkLengths(file, { [`values.${iso3}`]: values }, years);
    values.forEach((value, i) =>
      checkCount(file, `the population of ${iso3} in ${firstYear + i}`, value, MAX_PLAUSIBLE_POPULATION),
    );
  }
}
