// The only place the app reaches the network: relative URLs under ./data/, so the dataset is
// served by the same origin and sub-path as the app itself. The bytes are read into a validated chunk
// by chunkReader.ts — in the chunk worker when the browser has one, off the main thread.
import { readChunkRef } from './chunkReader.ts';
import { chunkFile, type ChunkRef } from './chunkRefs.ts';
import { DataLoadError } from './dataLoadError.ts';
import type { Manifest } from './schema.ts';

export { DataLoadError };

/** A chunk that takes longer than this is reported as slow instead of leaving a spinner forever. */
export const CHUNK_TIMEOUT_MS = 20_000;

export interface FetchChunkOptions {
  /** The dataset version (from the manifest): part of the URL, so caches never mix two datasets. */
  version?: string | undefined;
  signal?: AbortSignal;
  /** The file's size as the manifest lists it; a file far larger is rejected. */
  expectedBytes?: number | undefined;
  /** The dataset index the chunk's checks compare against (not needed for the index itself). */
  manifest?: Manifest | undefined;
}

/** The chunk `ref` names, fetched, validated and checked against the manifest (chunkSpecs.ts). */
export async function fetchChunk<T>(ref: ChunkRef, options: FetchChunkOptions = {}): Promise<T> {
  const file = chunkFile(ref);
  const url = new URL(`data/${file}`, document.baseURI);
  if (options.version) url.searchParams.set('v', options.version);
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), CHUNK_TIMEOUT_MS);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout.signal]) : timeout.signal;
  let response: Response;
  try {
    response = await fetch(url, { signal, cache: options.version ? 'default' : 'no-cache' });
  } catch (error) {
    if (timeout.signal.aborted) {
      throw new DataLoadError(
        file,
        `The data file ${file} took longer than ${CHUNK_TIMEOUT_MS / 1000} s to arrive.`,
      );
    }
    throw new DataLoadError(file, `The data file ${file} could not be loaded (${(error as Error).message}).`);
  } finally {
    clearTimeout(timer);
  }
  if (!response.ok) {
    throw new DataLoadError(file, `The data file ${file} could not be loaded (HTTP ${response.status}).`);
  }
  let bytes: ArrayBuffer;
  try {
    bytes = await response.arrayBuffer();
  } catch (error) {
    throw new DataLoadError(file, `The data file ${file} could not be loaded (${(error as Error).message}).`);
  }
  return readChunkRef<T>(ref, bytes, response.headers.get('Content-Type'), {
    expectedBytes: options.expectedBytes,
    manifest: options.manifest,
  });
}
