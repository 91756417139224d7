// Reads a fetched data file into a validated chunk in the chunk worker (chunkWorker.ts) when the
// browser can run it, else in the page (tests, a browser without module workers, a worker that failed
// to start): the same code, the same value, the same error messages.
import type { ChunkRef } from './chunkRefs.ts';
import type { Manifest } from './schema.ts';

export interface ChunkReadRequest {
  id: number;
  ref: ChunkRef;
  bytes: ArrayBuffer;
  contentType: string | null;
  expectedBytes: number | undefined;
  /** The dataset index for the checks, sent once per version (the worker keeps the last one). */
  manifest?: Manifest;
}

export type ChunkReadReply =
  { id: number; ok: true; value: unknown } | { id: number; ok: false; name: string; message: string };

/** An error thrown in the worker, rebuilt in the page with its name and message. */
export class ChunkReadError extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  /** Reads the file in the page instead, should the worker fail. */
  fallback: () => Promise<unknown>;
}

let worker: Worker | null | undefined;
let nextId = 1;
let workerManifestVersion: string | undefined;
const pending = new Map<number, Pending>();

function startWorker(): Worker | null {
  if (worker !== undefined) return worker;
  worker = null;
  if (typeof Worker === 'undefined') return null;
  try {
    const started = new Worker(new URL('./chunkWorker.ts', import.meta.url), {
      type: 'module',
      name: 'chunk-reader',
    });
    started.onmessage = (event: MessageEvent<ChunkReadReply>) => {
      const reply = event.data;
      const request = pending.get(reply.id);
      if (!request) return;
      pending.delete(reply.id);
      if (reply.ok) request.resolve(reply.value);
      else request.reject(new ChunkReadError(reply.name, reply.message));
    };
    // A worker that cannot start or breaks: the page reads this and every later file itself.
    started.onerror = (event) => {
      event.preventDefault();
      stopWorker();
    };
    worker = started;
  } catch {
    worker = null;
  }
  return worker;
}

function stopWorker(): void {
  worker?.terminate();
  worker = null;
  const waiting = [...pending.values()];
  pending.clear();
  for (const request of waiting) request.fallback().then(request.resolve, request.reject);
}

/**
 * Reads the chunk in `bytes` in the page: the schemas and checks are loaded only then (the worker has
 * its own copy), so they stay out of the page's first load.
 */
async function readInPage(
  ref: ChunkRef,
  bytes: ArrayBuffer,
  contentType: string | null,
  options: { expectedBytes: number | undefined; manifest: Manifest | undefined },
): Promise<unknown> {
  const [{ chunkSpec }, { readChunkBytes }] = await Promise.all([
    import('./chunkSpecs.ts'),
    import('./readChunk.ts'),
  ]);
  const spec = chunkSpec(ref);
  return readChunkBytes(spec.file, bytes, contentType, spec.schema, {
    expectedBytes: options.expectedBytes,
    check: (value) => spec.check(value, options.manifest),
  });
}

/**
 * The chunk in `bytes`: read in the worker when the browser can run it, else in the page.
 * `manifest` is what the checks compare against (absent for the manifest itself).
 */
export function readChunkRef<T>(
  ref: ChunkRef,
  bytes: ArrayBuffer,
  contentType: string | null,
  options: { expectedBytes: number | undefined; manifest: Manifest | undefined },
): Promise<T> {
  const inPage = () => readInPage(ref, bytes, contentType, options);
  const target = startWorker();
  if (!target) return inPage() as Promise<T>;
  const id = nextId++;
  const request: ChunkReadRequest = { id, ref, bytes, contentType, expectedBytes: options.expectedBytes };
  if (options.manifest && options.manifest.version !== workerManifestVersion) {
    request.manifest = options.manifest;
    workerManifestVersion = options.manifest.version;
  }
  return new Promise<T>((resolve, reject) => {
    pending.set(id, {
      resolve: (value) => {
        if (ref.kind === 'manifest') workerManifestVersion = (value as Manifest).version;
        resolve(value as T);
      },
      reject,
      fallback: inPage,
    });
    // Copied, not transferred: the page keeps the bytes to read them itself should the worker fail.
    target.postMessage(request);
  });
}
