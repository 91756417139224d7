// TanStack Query hooks: the one asynchronous boundary between the dataset and the views.
// Each chunk is fetched once per session and validated before any selector sees it.
import { useCallback } from 'react';
import { useQuery, useQueryClient, type QueryClient, type UseQueryResult } from '@tanstack/react-query';
import { fetchChunk } from './fetchChunk.ts';
import {
  manifestSchema,
  totalsSchema,
  countryCellsSchema,
  yearCrossSectionSchema,
  fatalitiesSchema,
  populationSchema,
  type Manifest,
  type Totals,
  type CountryCells,
  type YearCrossSection,
  type Fatalities,
  type Population,
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

export const useYearCrossSection = (year: number | null): UseQueryResult<YearCrossSection> =>
  useVersionedChunk(['year', year], year === null ? null : `years/${year}.json`, yearCrossSectionSchema);

export const useFatalities = (): UseQueryResult<Fatalities> =>
  useVersionedChunk(['fatalities'], 'fatalities.json', fatalitiesSchema);

export const usePopulation = (): UseQueryResult<Population> =>
  useVersionedChunk(['population'], 'population.json', populationSchema);
