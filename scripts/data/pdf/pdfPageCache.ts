// A disk cache of extracted PDF pages (see readPdfPages). The key is a hash of the PDF's bytes, of
// pdfText.ts itself and of the pdf.js version, so a changed report, a changed extractor or an upgraded
// pdf.js each miss the cache instead of serving stale text. BH_PDF_CACHE=off turns it off; the cache
// lives under node_modules/.cache, which `npm ci` clears.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const CACHE_DIR = path.join(ROOT, 'node_modules/.cache/blue-helmets/pdf-pages');

function codeVersion(): string {
  const hash = createHash('sha256');
  hash.update(readFileSync(path.join(import.meta.dirname, 'pdfText.ts')));
  try {
    hash.update(readFileSync(path.join(ROOT, 'node_modules/pdfjs-dist/package.json')));
  } catch {
    hash.update('pdfjs-dist: unknown');
  }
  return hash.digest('hex');
}

const isOn = process.env.BH_PDF_CACHE !== 'off';
let version: string | null = null;

/** The cache key of a PDF's bytes: read it before pdf.js takes (and empties) the buffer. */
export function pageCacheKey(bytes: Uint8Array): string {
  if (bytes.byteLength === 0)
    throw new Error('pageCacheKey: the PDF bytes are empty (already handed to pdf.js?)');
  version ??= codeVersion();
  return createHash('sha256').update(version).update(bytes).digest('hex');
}

function entryOf(key: string): string {
  return path.join(CACHE_DIR, `${key}.json`);
}

/** The pages extracted earlier from these exact bytes by this exact extractor, or null. */
export function cachedPages<Page>(key: string): Page[] | null {
  if (!isOn) return null;
  try {
    const pages = JSON.parse(readFileSync(entryOf(key), 'utf8')) as unknown;
    // A damaged entry (a run killed mid-write cannot leave one, but a full disk might) is a miss.
    return Array.isArray(pages) ? (pages as Page[]) : null;
  } catch {
    return null;
  }
}

/** Keeps the pages; written to a temporary name and renamed, so readers never see half a file. */
export function storePages(key: string, pages: readonly unknown[]): void {
  if (!isOn) return;
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    const entry = entryOf(key);
    const tmp = `${entry}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(pages));
    renameSync(tmp, entry);
  } catch {
    // A cache that cannot be written only costs time; the pages are still returned.
  }
}
