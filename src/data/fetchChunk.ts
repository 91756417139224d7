// The only place the app reaches the network: relative URLs under ./data/, so the dataset is
// served by the same origin and sub-path as the app itself.
import { unpackSeries } from './packedSeries.ts';
import { parseChunk } from './schema.ts';
import { checkChunkText } from './chunkInvariants.ts';
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

export interface FetchChunkOptions<T> {
  /** The dataset version (from the manifest): part of the URL, so caches never mix two datasets. */
  version?: string;
  signal?: AbortSignal;
  /** The file's size as the manifest lists it; a file far larger is rejected. */
  expectedBytes?: number;
  /** Checks the sense of the validated chunk (chunkInvariants.ts); throws to reject it. */
  check?: (value: T) => void;
}

export async function fetchChunk<T>(
  file: string,
  schema: z.Schema<T>,
  options: FetchChunkOptions<T> = {},
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
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    throw new DataLoadError(file, `The data file ${file} could not be loaded (${(error as Error).message}).`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new DataLoadError(file, notJsonMessage(file, text, response.headers.get('Content-Type')));
  }
  checkChunkText(file, text, options.expectedBytes);
  try {
    // The build may send long series as differences (packedSeries.ts); plain chunks pass unchanged.
    json = unpackSeries(json);
  } catch {
    throw new DataLoadError(file, `The data file ${file} is damaged: it could not be read.`);
  }
  const value = parseChunk(schema, file, json);
  options.check?.(value);
  return value;
}

/**
 * Why a data file is not JSON, as far as its first characters tell: a web page (a server's error or
 * index page, served where the file should be), or JSON cut short.
 */
export function notJsonMessage(file: string, text: string, contentType: string | null): string {
  const start = text.trimStart().slice(0, 200).toLowerCase();
  const looksLikeHtml = /^<(!doctype html|html|head|body|!--)/.test(start);
  if (looksLikeHtml || (/text\/html/i.test(contentType ?? '') && !/^[[{]/.test(start))) {
    return `The data file ${file} could not be read: the server sent a web page (HTML) instead of the data. The file may be missing from the server, which then answers with a page of its own.`;
  }
  if (start === '') return `The data file ${file} is empty.`;
  return `The data file ${file} is damaged: it is not complete JSON (truncated?).`;
}
