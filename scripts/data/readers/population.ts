// Reader for the World Bank population file population_worldbank/population.csv (WDI SP.POP.TOTL,
// 1960 … 2024; columns Country Name, Country Code, Year, Value).
//
// The file mixes 217 economies with 48 aggregates (World, regions, income and lending groups,
// demographic-dividend groups...). Aggregates are dropped by code, from WORLD_BANK_AGGREGATE_CODES below
// — data, not a heuristic on names — and any code the pipeline has not seen before must be either an
// economy countryNames.ts knows or an aggregate listed here, else the reader throws. That way a new
// World Bank aggregate cannot slip into a per-capita ranking as a "country".
import { isKnownIso3 } from '../countries/countryNames.ts';
import { CsvError, columnIndex, field, readCsvTable } from './csv.ts';

/**
 * World Bank aggregate codes (WDI "Aggregates" in the country metadata: regions, income groups,
 * lending groups, demographic groups, small-states groups, World). Includes codes not in the current
 * file (INX "Not classified" and others) so that a future update does not surprise the reader.
 */
export const WORLD_BANK_AGGREGATE_CODES: ReadonlySet<string> = new Set([
  'AFE',
  'AFW',
  'ARB',
  'CEB',
  'CSS',
  'EAP',
  'EAR',
  'EAS',
  'ECA',
  'ECS',
  'EMU',
  'EUU',
  'FCS',
  'HIC',
  'HPC',
  'IBD',
  'IBT',
  'IDA',
  'IDB',
  'IDX',
  'INX',
  'LAC',
  'LCN',
  'LDC',
  'LIC',
  'LMC',
  'LMY',
  'LTE',
  'MEA',
  'MIC',
  'MNA',
  'NAC',
  'OED',
  'OSS',
  'PRE',
  'PSS',
  'PST',
  'SAS',
  'SSA',
  'SSF',
  'SST',
  'TEA',
  'TEC',
  'TLA',
  'TMN',
  'TSA',
  'TSS',
  'UMC',
  'WLD',
]);

export interface PopulationRecord {
  iso3: string;
  year: number;
  population: number;
}

export interface PopulationRead {
  records: PopulationRecord[];
  /** Aggregate codes met and dropped (sorted). */
  droppedAggregates: string[];
  /** The World Bank's own name for each economy kept (for the sources page). */
  names: Map<string, string>;
}

/** Reads the file, keeping economies only. */
export function readPopulation(file: string): PopulationRead {
  const table = readCsvTable(file);
  const col = columnIndex(table, ['Country Name', 'Country Code', 'Year', 'Value'] as const);
  const records: PopulationRecord[] = [];
  const dropped = new Set<string>();
  const names = new Map<string, string>();
  const seen = new Set<string>();

  for (const row of table.rows) {
    const code = field(row, col['Country Code']).trim();
    if (WORLD_BANK_AGGREGATE_CODES.has(code)) {
      dropped.add(code);
      continue;
    }
    if (!isKnownIso3(code)) {
      throw new CsvError(
        file,
        row.line,
        col['Country Code'] + 1,
        `"${code}" (${field(row, col['Country Name'])}) is neither an economy in countryNames.ts nor a listed ` +
          'World Bank aggregate: add it to one of them (WORLD_BANK_AGGREGATE_CODES in readers/population.ts)',
      );
    }
    const yearText = field(row, col.Year).trim();
    const valueText = field(row, col.Value).trim();
    if (!/^\d{4}$/.test(yearText))
      throw new CsvError(file, row.line, col.Year + 1, `bad year ${JSON.stringify(yearText)}`);
    // Population totals are whole numbers; allow "123.0" defensively but nothing fractional.
    const value = Number(valueText);
    if (valueText === '' || !Number.isInteger(value) || value < 0) {
      throw new CsvError(
        file,
        row.line,
        col.Value + 1,
        `population should be a whole number, found ${JSON.stringify(valueText)}`,
      );
    }
    const key = `${code}|${yearText}`;
    if (seen.has(key)) throw new CsvError(file, row.line, null, `${code} ${yearText} appears twice`);
    seen.add(key);
    names.set(code, field(row, col['Country Name']).trim());
    records.push({ iso3: code, year: Number(yearText), population: value });
  }
  return { records, droppedAggregates: [...dropped].sort(), names };
}
