// TanStack Query hooks: the one asynchronous boundary between the dataset and the views.
// Each chunk is fetched once per session and validated before any selector sees it.
import { useCallback } from 'react';
import { useQueries, useQuery, useQueryClient, type QueryClient, type UseQueryResult } from '@tanstack/react-query';
import { fetchChunk } from './fetchChunk.ts';
import {
  manifestSchema,
  totalsSchema,
  countryCellsSchema,
  yearCrossSectionSchema,
  fatalitiesSchema,
  populationSchema,
  missionCellsSchema,
  missionChunkFile,
  type Manifest,
  type Totals,
  type CountryCells,
  type YearCrossSection,
  type Fatalities,
  type Population,
  type MissionCellsChunk,
} from './schema.ts';

/**
 * Each chunk is fetched once per session: one attempt and one retry, then the error stays until the
 * reader asks again (*Try again*, which calls refetch). `retryOnMount: false` is what bounds it: by
 * default TanStack Query refetches a failed query whenever a new component starts to read it, and a
 * refetch puts the query back to pending, so any part of a page that appears on an error and goes
 * away while loading (a view's "more charts" once its first chart failed) mounted, refetched,
 * unmounted and failed again — about two requests a second, for ever, behind "Loading…".
 */
const forever = { staleTime: Infinity, gcTime: Infinity, retry: 1, retryOnMount: false } as const;

const manifestQuery = {
  queryKey: ['manifest'],
  queryFn: ({ signal }: { signal: AbortSignal }) => fetchChunk('manifest.json', manifestSchema, { signal }),
  ...forever,
};

export function useManifest(): UseQueryResult<Manifest> {
  return useQuery(manifestQuery);
}

/**
 * Every view starts from the manifest. Asking for it when the app starts, instead of when the view's
 * code has arrived and rendered, takes one round trip off the way to the first chart on a slow network.
 */
export function prefetchManifest(client: QueryClient): void {
  void client.prefetchQuery(manifestQuery);
}

/** Chunks after the manifest carry its version in the URL, so a new dataset is never mixed with cached old chunks. */
function useVersionedChunk<T>(
  key: readonly unknown[],
  file: string | null,
  schema: Parameters<typeof fetchChunk<T>>[1],
): UseQueryResult<T> {
  const manifest = useManifest();
  const version = manifest.data?.version;
  return useQuery({
    ...versionedChunkQuery(key, file ?? '', schema, version),
    enabled: version !== undefined && file !== null,
  });
}

/** The query of one versioned chunk: what useVersionedChunk reads and the prefetches below fill. */
function versionedChunkQuery<T>(
  key: readonly unknown[],
  file: string,
  schema: Parameters<typeof fetchChunk<T>>[1],
  version: string | undefined,
) {
  return {
    queryKey: [...key, version],
    queryFn: ({ signal }: { signal: AbortSignal }) => fetchChunk(file, schema, { version, signal }),
    ...forever,
  };
}

export const useTotals = (): UseQueryResult<Totals> => useVersionedChunk(['totals'], 'totals.json', totalsSchema);

export const useCountryCells = (iso3: string | null): UseQueryResult<CountryCells> =>
  useVersionedChunk(['country', iso3], iso3 ? `countries/${iso3}.json` : null, countryCellsSchema);

export interface ManyCountryCells {
  /** Chunks that have arrived, in the order asked for. */
  cells: CountryCells[];
  loaded: number;
  total: number;
  /** The first error, if any chunk failed (the view says which file). */
  error: Error | null;
  isDone: boolean;
}

/**
 * Several countries' cells at once, sharing useCountryCells' cache: a view across contributors (one
 * mission's contributors, say) gathers them from every country chunk until a per-mission chunk exists.
 */
export function useManyCountryCells(iso3s: readonly string[]): ManyCountryCells {
  const version = useManifest().data?.version;
  return useQueries({
    queries: iso3s.map((iso3) => ({
      ...versionedChunkQuery(['country', iso3], `countries/${iso3}.json`, countryCellsSchema, version),
      enabled: version !== undefined,
    })),
    combine: combineCells,
  });
}

// Module-level, so TanStack Query keeps the combined result while no chunk changes (a stable function).
function combineCells(results: UseQueryResult<CountryCells>[]): ManyCountryCells {
  const cells = results.flatMap((r) => (r.data ? [r.data] : []));
  const error = results.find((r) => r.error)?.error ?? null;
  return { cells, loaded: cells.length, total: results.length, error, isDone: cells.length === results.length };
}

/**
 * Starts fetching a country's cells (the same query useCountryCells reads) before it is chosen: views
 * call it for the country a picker would choose on Enter. A no-op for a chunk already loaded.
 */
export function prefetchCountryCells(client: QueryClient, version: string, iso3: string): void {
  void client.prefetchQuery(versionedChunkQuery(['country', iso3], `countries/${iso3}.json`, countryCellsSchema, version));
}

/** prefetchCountryCells for the loaded dataset, as a stable callback (e.g. a picker's onActiveOption). */
export function usePrefetchCountryCells(): (iso3: string) => void {
  const client = useQueryClient();
  const version = useManifest().data?.version;
  return useCallback(
    (iso3: string) => {
      if (version !== undefined) prefetchCountryCells(client, version, iso3);
    },
    [client, version],
  );
}

/** One mission's cells (missions/<file>.json, derived from the country chunks at build time). */
export const useMissionCells = (acronym: string | null): UseQueryResult<MissionCellsChunk> =>
  useVersionedChunk(['mission', acronym], acronym === null ? null : missionChunkFile(acronym), missionCellsSchema);

export const useYearCrossSection = (year: number | null): UseQueryResult<YearCrossSection> =>
  useVersionedChunk(['year', year], year === null ? null : `years/${year}.json`, yearCrossSectionSchema);

export const useFatalities = (): UseQueryResult<Fatalities> =>
  useVersionedChunk(['fatalities'], 'fatalities.json', fatalitiesSchema);

export const usePopulation = (): UseQueryResult<Population> =>
  useVersionedChunk(['population'], 'population.json', populationSchema);
