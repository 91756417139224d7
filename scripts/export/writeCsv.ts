// `npm run build` ends here: the whole committed dataset, as the open CSV files that the Sources page
// links ("Download the data"), written into dist/data/.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  manifestSchema,
  countryCellsSchema,
  fatalitiesSchema,
  populationSchema,
  parseChunk,
} from '../../src/data/schema.ts';
import { csvLine } from '../../src/export/csvFormat.ts';

const root = path.resolve(import.meta.dirname, '../..');

export const CONTRIBUTIONS_COLUMNS = [
  'date',
  'contributor_iso3',
  'contributor',
  'mission',
  'personnel_type',
  'male',
  'female',
  'total',
  'source',
] as const;

/** Writes the three CSV files of the dataset in `dataDir` into `outDir`; returns their row counts. */
export function writeCsvFiles(
  dataDir: string,
  outDir: string,
): { contributions: number; fatalities: number; population: number } {
  function load<T>(rel: string, schema: Parameters<typeof parseChunk<T>>[0]): T {
    return parseChunk(schema, rel, JSON.parse(readFileSync(path.join(dataDir, rel), 'utf8')));
  }
  const manifest = load('manifest.json', manifestSchema);
  mkdirSync(outDir, { recursive: true });
  const names = new Map(manifest.countries.map((c) => [c.iso3, c.name]));
  for (const c of manifest.otherCountries) names.set(c.iso3, c.name);

  // contributions.csv: rows sorted by date, then country, mission and type.
  const rows: { sortKey: string; line: string }[] = [];
  for (const file of readdirSync(path.join(dataDir, 'countries')).sort()) {
    const cells = load(`countries/${file}`, countryCellsSchema);
    for (let i = 0; i < cells.month.length; i++) {
      const month = cells.month[i] ?? 0;
      const info = manifest.monthInfo[month];
      const date = manifest.months[month] ?? '';
      const mission = manifest.missions[cells.mission[i] ?? -1]?.acronym ?? '';
      const type = manifest.personnelTypes[cells.type[i] ?? -1] ?? '';
      rows.push({
        sortKey: `${date}|${cells.iso3}|${mission}|${type}`,
        line: csvLine([
          date,
          cells.iso3,
          names.get(cells.iso3) ?? cells.iso3,
          mission,
          type,
          cells.male[i] ?? null,
          cells.female[i] ?? null,
          cells.total[i] ?? 0,
          info?.status === 'ok' ? info.file : '',
        ]),
      });
    }
  }
  rows.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
  writeFileSync(
    path.join(outDir, 'contributions.csv'),
    [CONTRIBUTIONS_COLUMNS.join(','), ...rows.map((r) => r.line)].join('\n') + '\n',
  );

  const fatalities = load('fatalities.json', fatalitiesSchema);
  const fatalityLines = ['date,iso3,nationality,mission,personnel_type,incident_type,gender'];
  for (let i = 0; i < fatalities.date.length; i++) {
    fatalityLines.push(
      csvLine([
        fatalities.date[i],
        fatalities.iso3[i],
        fatalities.nationality[i],
        fatalities.mission[i],
        fatalities.personnelType[i],
        fatalities.incidentType[i],
        fatalities.gender[i],
      ]),
    );
  }
  writeFileSync(path.join(outDir, 'fatalities.csv'), fatalityLines.join('\n') + '\n');

  const population = load('population.json', populationSchema);
  const populationLines = ['iso3,year,population'];
  for (const [iso3, values] of Object.entries(population.values).sort()) {
    values.forEach((value, i) => {
      if (value !== null) populationLines.push(csvLine([iso3, population.firstYear + i, value]));
    });
  }
  writeFileSync(path.join(outDir, 'population.csv'), populationLines.join('\n') + '\n');
  return {
    contributions: rows.length,
    fatalities: fatalities.date.length,
    population: populationLines.length - 1,
  };
}

// tsx scripts/export/writeCsv.ts [OUT_DIR]: the project's data/ → OUT_DIR (default dist/data).
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const outDir = path.resolve(root, process.argv[2] ?? 'dist/data');
  const counts = writeCsvFiles(path.join(root, 'data'), outDir);
  console.log(
    `CSV: contributions.csv ${counts.contributions} rows, fatalities.csv ${counts.fatalities} rows, population.csv ${counts.population} rows → ${path.relative(root, outDir)}/`,
  );
}
