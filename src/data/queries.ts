// TanStack Query hooks: the one asynchronous boundary between the dataset and the views.
// Each chunk is fetched once per session and validated before any selector sees it.
import { useCallback } from 'react';
import { useQuery, useQueryClient, type QueryClient, type UseQueryResult } from '@tanstack/react-query';
import { fetchChunk } from './fetchChunk.ts';
import { chunkFile, type ChunkRef } from './chunkRefs.ts';
import type {
  Manifest,
  Totals,
  CountryCells,
  YearCrossSection,
  Fatalities,
  Population,
  MissionCellsChunk,
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

const MANIFEST: ChunkRef = { kind: 'manifest' };

const manifestQuery = {
  queryKey: ['manifest'],
  queryFn: ({ signal }: { signal: AbortSignal }): Promise<Manifest> => fetchChunk(MANIFEST, { signal }),
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

/** A chunk as the queries ask for it: what it is (chunkSpecs.ts), and the type it validates to. */
type ChunkSpec<T> = ChunkRef & { readonly validatesTo?: T };

/** Chunks after the manifest carry its version in the URL, so a new dataset is never mixed with cached old chunks. */
function useVersionedChunk<T>(key: readonly unknown[], spec: ChunkSpec<T> | null): UseQueryResult<T> {
  const manifest = useManifest().data;
  return useQuery({
    ...versionedChunkQuery(key, spec, manifest),
    enabled: manifest !== undefined && spec !== null,
  });
}

/** The query of one versioned chunk: what useVersionedChunk reads and the prefetches below fill. */
function versionedChunkQuery<T>(
  key: readonly unknown[],
  spec: ChunkSpec<T> | null,
  manifest: Manifest | undefined,
) {
  const version = manifest?.version;
  return {
    queryKey: [...key, version],
    queryFn: ({ signal }: { signal: AbortSignal }) => {
      if (!spec || !manifest) throw new Error('A data file was asked for before the dataset index.');
      return fetchChunk<T>(spec, {
        version,
        signal,
        expectedBytes: manifest.chunks[chunkFile(spec)]?.bytes,
        manifest,
      });
    },
    ...forever,
  };
}

const TOTALS: ChunkSpec<Totals> = { kind: 'totals' };

function countryChunk(iso3: string): ChunkSpec<CountryCells> {
  return { kind: 'country', iso3 };
}

export const useTotals = (): UseQueryResult<Totals> => useVersionedChunk(['totals'], TOTALS);

export const useCountryCells = (iso3: string | null): UseQueryResult<CountryCells> =>
  useVersionedChunk(['country', iso3], iso3 ? countryChunk(iso3) : null);

/**
 * Starts fetching a country's cells (the same query useCountryCells reads) before it is chosen: views
 * call it for the country a picker would choose on Enter. A no-op for a chunk already loaded.
 */
export function prefetchCountryCells(client: QueryClient, manifest: Manifest, iso3: string): void {
  void client.prefetchQuery(versionedChunkQuery(['country', iso3], countryChunk(iso3), manifest));
}

/** A versioned chunk: every chunk but the manifest. */
export type VersionedChunkRef = Exclude<ChunkRef, { kind: 'manifest' }>;

/** The query key of a versioned chunk, without the version: the key its hook below reads. */
export function chunkQueryKey(ref: VersionedChunkRef): readonly unknown[] {
  switch (ref.kind) {
    case 'totals':
    case 'fatalities':
    case 'population':
      return [ref.kind];
    case 'country':
      return ['country', ref.iso3];
    case 'year':
      return ['year', ref.year];
    case 'mission':
      return ['mission', ref.acronym];
  }
}

/**
 * Fetches chunks into the queries their hooks read; resolves when every one has settled (a failure
 * stays in its query, for the section that reads it to report). A chart slot waits for this before it
 * draws its section, so the section is drawn with its data in one interruptible render rather than
 * drawn empty and then redrawn, in one uninterruptible task, as each file arrives.
 */
export function prefetchChunks(
  client: QueryClient,
  manifest: Manifest,
  refs: readonly VersionedChunkRef[],
): Promise<void> {
  return Promise.all(
    refs.map((ref) => client.prefetchQuery(versionedChunkQuery(chunkQueryKey(ref), ref, manifest))),
  ).then(() => undefined);
}

/** prefetchCountryCells for the loaded dataset, as a stable callback (e.g. a picker's onActiveOption). */
export function usePrefetchCountryCells(): (iso3: string) => void {
  const client = useQueryClient();
  const manifest = useManifest().data;
  return useCallback(
    (iso3: string) => {
      if (manifest !== undefined) prefetchCountryCells(client, manifest, iso3);
    },
    [client, manifest],
  );
}

function yearChunk(year: number): ChunkSpec<YearCrossSection> {
  return { kind: 'year', year };
}

const FATALITIES: ChunkSpec<Fatalities> = { kind: 'fatalities' };

const POPULATION: ChunkSpec<Population> = { kind: 'population' };

function missionChunk(acronym: string): ChunkSpec<MissionCellsChunk> {
  return { kind: 'mission', acronym };
}

/** One mission's cells (missions/<file>.json, derived from the country chunks at build time). */
export const useMissionCells = (acronym: string | null): UseQueryResult<MissionCellsChunk> =>
  useVersionedChunk(['mission', acronym], acronym === null ? null : missionChunk(acronym));

export const useYearCrossSection = (year: number | null): UseQueryResult<YearCrossSection> =>
  useVersionedChunk(['year', year], year === null ? null : yearChunk(year));

export const useFatalities = (): UseQueryResult<Fatalities> => useVersionedChunk(['fatalities'], FATALITIES);

export const usePopulation = (): UseQueryResult<Population> => useVersionedChunk(['population'], POPULATION);
