// What each data file is, in a form that can cross to a worker: a ChunkRef names the file and its
// parameter; chunkSpec() gives its schema and its checks of sense against the manifest. One table for
// the app's queries (queries.ts), the worker that reads chunks off the main thread (chunkWorker.ts)
// and the in-thread fallback.
import {
  checkCountryCells,
  checkFatalities,
  checkManifest,
  checkMissionCells,
  checkPopulation,
  checkTotals,
  checkYearCrossSection,
} from './chunkInvariants.ts';
import {
  countryCellsSchema,
  fatalitiesSchema,
  manifestSchema,
  missionCellsSchema,
  populationSchema,
  totalsSchema,
  yearCrossSectionSchema,
  type Manifest,
} from './schema.ts';
import type * as z from './shape.ts';
import { chunkFile, type ChunkRef } from './chunkRefs.ts';

export { chunkFile, type ChunkRef };

export interface ChunkSpec<T> {
  file: string;
  schema: z.Schema<T>;
  /** Checks the validated chunk's sense; the manifest is absent only for the manifest itself. */
  check: (value: T, manifest: Manifest | undefined) => void;
}

/** The manifest a check needs, or a clear failure (a chunk is never read before the index). */
function needManifest(manifest: Manifest | undefined): Manifest {
  if (!manifest) throw new Error('A data file was read before the dataset index.');
  return manifest;
}

export function chunkSpec(ref: ChunkRef): ChunkSpec<unknown> {
  const file = chunkFile(ref);
  const spec = <T>(schema: z.Schema<T>, check: (value: T, manifest: Manifest | undefined) => void) =>
    ({ file, schema, check }) as ChunkSpec<unknown>;
  switch (ref.kind) {
    case 'manifest':
      return spec(manifestSchema, (m) => checkManifest(file, m));
    case 'totals':
      return spec(totalsSchema, (totals, m) => checkTotals(file, totals, needManifest(m)));
    case 'fatalities':
      return spec(fatalitiesSchema, (fatalities) => checkFatalities(file, fatalities));
    case 'population':
      return spec(populationSchema, (population, m) => checkPopulation(file, population, needManifest(m)));
    case 'country':
      return spec(countryCellsSchema, (cells, m) =>
        checkCountryCells(file, cells, needManifest(m), ref.iso3),
      );
    case 'year':
      return spec(yearCrossSectionSchema, (section, m) =>
        checkYearCrossSection(file, section, needManifest(m), ref.year),
      );
    case 'mission':
      return spec(missionCellsSchema, (cells, m) =>
        checkMissionCells(file, cells, needManifest(m), ref.acronym),
      );
  }
}
