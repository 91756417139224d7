import { gzipSync } from 'node:zlib';

/** Bytes after gzip at level 9: the figure every budget and table uses. */
export const gzipSize = (bytes: Uint8Array | string): number => gzipSync(bytes, { level: 9 }).length;

export const kB = (bytes: number): string => (bytes / 1000).toFixed(1);
