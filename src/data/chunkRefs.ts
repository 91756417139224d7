// Which data file a query asks for, as plain data that can be posted to the chunk worker. Light on
// purpose: the page's code names files with it; the schemas and checks that read them are in
// chunkSpecs.ts, loaded by the worker (and by the page only when there is no worker).
import { missionChunkFile } from './datasetConstants.ts';

export type ChunkRef =
  | { kind: 'manifest' }
  | { kind: 'totals' }
  | { kind: 'fatalities' }
  | { kind: 'population' }
  | { kind: 'country'; iso3: string }
  | { kind: 'year'; year: number }
  | { kind: 'mission'; acronym: string };

export function chunkFile(ref: ChunkRef): string {
  switch (ref.kind) {
    case 'manifest':
      return 'manifest.json';
    case 'totals':
      return 'totals.json';
    case 'fatalities':
      return 'fatalities.json';
    case 'population':
      return 'population.json';
    case 'country':
      return `countries/${ref.iso3}.json`;
    case 'year':
      return `years/${ref.year}.json`;
    case 'mission':
      return missionChunkFile(ref.acronym);
  }
}
