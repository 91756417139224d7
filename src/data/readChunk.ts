// Reading a data file's bytes into a validated chunk: the CPU-heavy half of loading one (decoding,
// the duplicate-key scan, JSON.parse, unpacking, the schema and the checks of sense). It runs in the
// chunk worker (chunkWorker.ts), off the main thread, or in the page where there is no worker; both
// give the same value or throw the same error.
import { unpackSeries } from './packedSeries.ts';
import { parseChunk } from './schema.ts';
import { checkChunkText } from './chunkInvariants.ts';
import type * as z from './shape.ts';
import { DataLoadError } from './dataLoadError.ts';

export { DataLoadError };

export interface ReadChunkOptions<T> {
  /** The file's size as the manifest lists it; a file far larger is rejected. */
  expectedBytes?: number | undefined;
  /** Checks the sense of the validated chunk (chunkInvariants.ts); throws to reject it. */
  check?: ((value: T) => void) | undefined;
}

export function readChunkBytes<T>(
  file: string,
  bytes: ArrayBuffer,
  contentType: string | null,
  schema: z.Schema<T>,
  options: ReadChunkOptions<T> = {},
): T {
  const text = new TextDecoder().decode(bytes);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new DataLoadError(file, notJsonMessage(file, text, contentType));
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
