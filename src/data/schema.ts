// The one source of types for the bundled dataset in data/. The pipeline (scripts/data/build.ts)
// writes these shapes; the app validates every chunk against them before any view sees it, so a
// corrupt file is rejected with the file and the field named, never drawn.
import * as z from './shape.ts';

import { FATALITY_PERSONNEL_TYPES, PERSONNEL_TYPES } from './datasetConstants.ts';

export {
  FATALITY_PERSONNEL_TYPES,
  PERSONNEL_TYPES,
  missionChunkFile,
  type FatalityPersonnelType,
  type PersonnelType,
} from './datasetConstants.ts';

const count = z.number().check(z.int(), z.nonnegative());
const nullableCount = z.nullable(count);
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const iso3 = z.string().check(z.regex(/^[A-Z]{3}$/));

export const monthInfoSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('ok'),
    /** Source id from `sources` (e.g. "un-pdf"). */
    source: z.string(),
    /** File the month was read from (for the CSV `source` column and citations). */
    file: z.string(),
    layout: z.string(),
    hasMission: z.boolean(),
    hasGender: z.boolean(),
    /** Set when the report's male/female split is known to be wrong; female figures are withheld. */
    genderNote: z.optional(z.string()),
    /** Totals printed in the source that this month's rows were checked against. */
    checkedTotals: count,
    /**
     * Set when the report prints no date and its month was established from evidence inside and
     * about the file (missions present or absent, PDF creation date, totals against its neighbours).
     */
    datedBy: z.optional(z.array(z.string())),
  }),
  z.object({ status: z.literal('gap'), reason: z.string() }),
]);
export type MonthInfo = z.infer<typeof monthInfoSchema>;

export const sourceSchema = z.object({
  id: z.string(),
  title: z.string(),
  publisher: z.string(),
  url: z.string(),
  foundIn: z.string(),
  coverage: z.object({ from: z.string(), to: z.string() }),
  terms: z.string(),
  records: count,
  files: count,
  notes: z.array(z.string()),
});
export type Source = z.infer<typeof sourceSchema>;

export const missionSchema = z.object({
  acronym: z.string(),
  name: z.string(),
  host: z.string(),
  hostIso3: z.nullable(z.string()),
  start: z.nullable(z.number()),
  end: z.nullable(z.number()),
  /** For a multi-country mission (hostIso3 null): the countries it operated in, where established. */
  hostCountries: z.optional(z.array(iso3)),
});
export type Mission = z.infer<typeof missionSchema>;

export const countrySchema = z.object({
  iso3,
  name: z.string(),
  /** Index into `months` of the first and last month with personnel deployed. */
  firstMonth: count,
  lastMonth: count,
});
export type Country = z.infer<typeof countrySchema>;

export const manifestSchema = z.object({
  schemaVersion: z.literal(1),
  /** Content hash of every chunk: the same sources always give the same version. */
  version: z.string(),
  builtAt: z.string(),
  months: z.array(isoDate),
  monthInfo: z.array(monthInfoSchema),
  personnelTypes: z.array(z.enum(PERSONNEL_TYPES)),
  countries: z.array(countrySchema),
  /** Countries that appear only in the fatalities or population data, for names. */
  otherCountries: z.array(z.object({ iso3, name: z.string() })),
  missions: z.array(missionSchema),
  sources: z.array(sourceSchema),
  gaps: z.array(z.object({ from: isoDate, to: isoDate, reason: z.string() })),
  /**
   * World totals where IPI's series ends and the UN PDFs' begin: this dataset's own total (null in a
   * gap) beside IPI's compiled world total for the same month (data_monthly.csv, no country detail).
   */
  seam: z.array(
    z.object({ month: isoDate, source: z.string(), total: nullableCount, ipiWorldTotal: nullableCount }),
  ),
  duplicates: z.array(z.object({ file: z.string(), sameAs: z.string(), reason: z.string() })),
  /** Missions known only from the fatalities file (no personnel in the contribution data), with hosts. */
  otherMissions: z.optional(z.array(missionSchema)),
  /**
   * Country-months a source leaves out of a month it otherwise reports (IPI's March 1991): the
   * country's total is null there, not 0, for the reason given.
   */
  notReported: z.optional(z.array(z.object({ month: isoDate, iso3, reason: z.string() }))),
  /**
   * Every value the pipeline withholds (sets to null) although the source prints it, with the reason.
   * iso3/mission null = the whole month.
   */
  withheld: z.optional(
    z.array(
      z.object({
        month: isoDate,
        iso3: z.nullable(iso3),
        mission: z.nullable(z.string()),
        values: z.string(),
        reason: z.string(),
      }),
    ),
  ),
  chunks: z.record(z.string(), z.object({ bytes: count })),
});
export type Manifest = z.infer<typeof manifestSchema>;

const typeSeries = z.object({ total: z.array(nullableCount), female: z.array(nullableCount) });
export type TypeSeries = z.infer<typeof typeSeries>;

/**
 * totals.json: every contributor's monthly totals, aligned to `manifest.months`.
 * null = no source for that month (a gap); 0 = a report exists and the country had no one deployed.
 * female is null also where the source has no gender split or the split is known to be corrupt.
 */
/**
 * World series also carry `gendered`: the personnel whose gender the source reports. A few rows lack
 * a split (a country's blank rows in IPI's gender file, a report's known-corrupt rows), so the world
 * share of women is female / gendered, not female / total. female and gendered are null in months
 * with no gender split at all.
 */
const worldSeries = z.object({
  total: z.array(nullableCount),
  female: z.array(nullableCount),
  gendered: z.array(nullableCount),
});
export type WorldSeries = z.infer<typeof worldSeries>;

export const totalsSchema = z.object({
  countries: z.record(iso3, typeSeries),
  world: z.object({
    ...worldSeries.shape,
    byType: z.partialRecord(z.enum(PERSONNEL_TYPES), worldSeries),
  }),
});
export type Totals = z.infer<typeof totalsSchema>;

/** countries/<ISO3>.json: the finest cells the sources give for one country, column-wise. */
export const countryCellsSchema = z.object({
  iso3,
  /** index into manifest.months */
  month: z.array(count),
  /** index into manifest.missions, or -1 where the source has no mission detail */
  mission: z.array(z.number().check(z.int(), z.gte(-1))),
  /** index into manifest.personnelTypes */
  type: z.array(count),
  male: z.array(nullableCount),
  female: z.array(nullableCount),
  total: z.array(count),
});
export type CountryCells = z.infer<typeof countryCellsSchema>;

/** years/<YYYY>.json: every country × personnel type for each month of one year (missions summed). */
export const yearCrossSectionSchema = z.object({
  year: z.number(),
  month: z.array(count),
  iso3: z.array(iso3),
  type: z.array(count),
  male: z.array(nullableCount),
  female: z.array(nullableCount),
  total: z.array(count),
});
export type YearCrossSection = z.infer<typeof yearCrossSectionSchema>;

/**
 * missions/<file>.json: one mission's cells from every contributor, column-wise. Derived from
 * countries/*.json when the app is built (vite.config.ts), not by the pipeline: the same numbers, one
 * chunk per mission instead of one per country (MINUSCA: 14.5 kB gzip instead of 147 country chunks).
 */
export const missionCellsSchema = z.object({
  acronym: z.string(),
  /** index into manifest.missions */
  mission: count,
  iso3: z.array(iso3),
  month: z.array(count),
  type: z.array(count),
  female: z.array(nullableCount),
  total: z.array(count),
});

export type MissionCellsChunk = z.infer<typeof missionCellsSchema>;

/** fatalities.json: one entry per fatality, column-wise. */
export const fatalitiesSchema = z.object({
  snapshot: isoDate,
  date: z.array(isoDate),
  iso3: z.array(z.nullable(iso3)),
  nationality: z.array(z.string()),
  mission: z.array(z.string()),
  personnelType: z.array(z.enum(FATALITY_PERSONNEL_TYPES)),
  incidentType: z.array(z.string()),
  gender: z.array(z.nullable(z.enum(['M', 'F']))),
});
export type Fatalities = z.infer<typeof fatalitiesSchema>;

/** population.json: World Bank SP.POP.TOTL, countries only. */
export const populationSchema = z.object({
  firstYear: z.number(),
  lastYear: z.number(),
  values: z.record(iso3, z.array(nullableCount)),
});
export type Population = z.infer<typeof populationSchema>;

export class CorruptChunkError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    detail: string,
  ) {
    super(`The data file ${file} is damaged: ${field || 'the file'} ${detail}.`);
    this.name = 'CorruptChunkError';
  }
}

/** Validates parsed JSON against a schema; throws CorruptChunkError naming the file and first bad field. */
export function parseChunk<T>(schema: z.Schema<T>, file: string, json: unknown): T {
  const result = z.safeParse(schema, json);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue ? issue.path.map(String).join('.') : '';
  throw new CorruptChunkError(file, field, issue ? describeIssue(issue) : 'is not valid');
}

// The shape checks (shape.ts) report codes, not sentences: say it in our own words.
function describeIssue(issue: z.Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `should be ${issue.expected}`;
    case 'too_small':
      return `should be at least ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'number'
        ? `is too large (at most ${Number(issue.maximum).toLocaleString('en')})`
        : 'is too long';
    case 'invalid_format':
      return `has the wrong format`;
    case 'invalid_value':
      return `should be one of ${issue.values.map(String).join(', ')}`;
    default:
      // Never the validator's own code ("custom", "not_multiple_of"…): it means nothing to a reader.
      return 'is not valid';
  }
}
