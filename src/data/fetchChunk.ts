// The only place the app reaches the network: relative URLs under ./data/, so the dataset is
// served by the same origin and sub-path as the app itself.
import { unpackSeries } from './packedSeries.ts';
import { parseChunk } from './schema.ts';
import type * as z from './shape.ts';

export class DataLoadError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = 'DataLoadError';
  }
}

/** A chunk that takes longer than this is reported as slow instead of leaving a spinner forever. */
export const CHUNK_TIMEOUT_MS = 20_000;

export async function fetchChunk<T>(
  file: string,
  schema: z.Schema<T>,
  options: { version?: string; signal?: AbortSignal } = {},
): Promise<T> {
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
      throw new DataLoadError(file, `The data file ${file} took longer than ${CHUNK_TIMEOUT_MS / 1000} s to arrive.`);
    }
    throw new DataLoadError(file, `The data file ${file} could not be loaded (${(error as Error).message}).`);
  } finally {
    clearTimeout(timer);
  }
  if (!response.ok) {
    throw new DataLoadError(file, `The data file ${file} could not be loaded (HTTP ${response.status}).`);
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new DataLoadError(file, `The data file ${file} is damaged: it is not complete JSON (truncated?).`);
  }
  try {
    // The build may send long series as differences (packedSeries.ts); plain chunks pass unchanged.
    json = unpackSeries(json);
  } catch {
    throw new DataLoadError(file, `The data file ${file} is damaged: it could not be read.`);
  }
  return parseChunk(schema, file, json);
}
