// The chunk worker: reads data files' bytes into validated chunks (readChunk.ts) off the main thread.
// Validating a file is 20–100 ms of work per file on a phone-class CPU ×4; in the page it was the
// largest part of the views' blocking time. The page fetches the bytes itself (the request does not
// wait for this script) and posts them here with a ChunkRef; the answer is the chunk or the error's
// name and message, which the page turns back into an error (chunkReader.ts).
import { chunkSpec } from './chunkSpecs.ts';
import { readChunkBytes } from './readChunk.ts';
import type { ChunkReadReply, ChunkReadRequest } from './chunkReader.ts';
import type { Manifest } from './schema.ts';

// The dataset index read last: every other chunk's checks compare against it, and it is sent here
// once rather than with every request.
let manifest: Manifest | undefined;

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ChunkReadRequest>) => void) | null;
  postMessage(message: ChunkReadReply): void;
};

scope.onmessage = (event) => {
  const request = event.data;
  if (request.manifest) manifest = request.manifest;
  try {
    const spec = chunkSpec(request.ref);
    const value = readChunkBytes(spec.file, request.bytes, request.contentType, spec.schema, {
      expectedBytes: request.expectedBytes,
      check: (v) => spec.check(v, manifest),
    });
    if (request.ref.kind === 'manifest') manifest = value as Manifest;
    scope.postMessage({ id: request.id, ok: true, value });
  } catch (error) {
    const { name, message } = error instanceof Error ? error : new Error(String(error));
    scope.postMessage({ id: request.id, ok: false, name, message });
  }
};
