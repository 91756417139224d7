// Text extraction with positions. Every PDF reader works from these items rather than from
// reading order, because several UN layouts centre a label vertically beside the rows it names.
import { readFile } from 'node:fs/promises';
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { cachedPages, pageCacheKey, storePages } from './pdfPageCache.ts';

export interface TextItem {
  str: string;
  /** left edge, PDF points from the page's left */
  x: number;
  /** baseline, PDF points from the page's top (grows downwards, like reading) */
  y: number;
  width: number;
  height: number;
}

export interface PdfPage {
  pageNumber: number;
  width: number;
  height: number;
  items: TextItem[];
}

export interface PdfLine {
  pageNumber: number;
  y: number;
  items: TextItem[];
  text: string;
}

export class PdfReadError extends Error {}

/**
 * The text items of every page of a PDF. Extraction is the slow part of the pipeline and of the reader
 * tests (126 reports, several seconds each on a small machine), so pages are kept in a disk cache keyed
 * by the file's bytes and this extraction code (pdfPageCache.ts): each report is parsed once per
 * checkout, however many tests and pipeline runs read it.
 */
export async function readPdfPages(file: string): Promise<PdfPage[]> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    throw new PdfReadError(`${file}: cannot read the file (${(error as Error).message})`);
  }
  // The key is taken before extraction: pdf.js transfers (empties) the buffer it is given.
  const key = pageCacheKey(bytes);
  const cached = cachedPages<PdfPage>(key);
  if (cached) return cached;
  const pages = await extractPages(bytes, file);
  storePages(key, pages);
  return pages;
}

async function extractPages(bytes: Uint8Array, file: string): Promise<PdfPage[]> {
  let doc;
  try {
    doc = await getDocument({ data: bytes, verbosity: VerbosityLevel.ERRORS, isEvalSupported: false })
      .promise;
  } catch (error) {
    throw new PdfReadError(
      `${file}: not a readable PDF (${(error as Error).message}); expected a UN contributions report`,
    );
  }
  const pages: PdfPage[] = [];
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items: TextItem[] = [];
      for (const raw of content.items) {
        if (!('str' in raw)) continue;
        const str = raw.str.trim();
        if (str === '') continue;
        const [, , , , e, f] = raw.transform as number[];
        items.push({
          str,
          x: round(e ?? 0),
          y: round(viewport.height - (f ?? 0)),
          width: round(raw.width),
          height: round(raw.height),
        });
      }
      pages.push({ pageNumber: n, width: viewport.width, height: viewport.height, items });
      page.cleanup();
    }
  } catch (error) {
    throw new PdfReadError(`${file}: page ${pages.length + 1} cannot be read (${(error as Error).message})`);
  } finally {
    await doc.destroy();
  }
  return pages;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Groups items whose baselines lie within `tolerance` points into lines, top to bottom, left to right. */
export function groupLines(page: PdfPage, tolerance = 2): PdfLine[] {
  const sorted = [...page.items].sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: PdfLine[] = [];
  for (const item of sorted) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(item.y - last.y) <= tolerance) {
      last.items.push(item);
    } else {
      lines.push({ pageNumber: page.pageNumber, y: item.y, items: [item], text: '' });
    }
  }
  for (const line of lines) {
    line.items.sort((a, b) => a.x - b.x);
    line.text = line.items.map((i) => i.str).join(' ');
  }
  return lines;
}

/** Parses a printed count such as "1,234" or "0"; returns undefined for anything else. */
export function parseCount(text: string): number | undefined {
  const cleaned = text.replace(/[,\s]/g, '');
  if (!/^\d+$/.test(cleaned)) return undefined;
  return Number(cleaned);
}

/**
 * The creation date in the PDF's own metadata (Info dictionary, "D:YYYYMMDDhhmmss…"), as YYYY-MM-DD in
 * the time zone the file states; null when the file records none. Used only to date a report that
 * prints no date of its own: a month-end report cannot have been written before its month ended.
 */
export async function readPdfCreationDate(file: string): Promise<string | null> {
  const doc = await getDocument({
    data: new Uint8Array(await readFile(file)),
    verbosity: VerbosityLevel.ERRORS,
    isEvalSupported: false,
  }).promise;
  try {
    const { info } = await doc.getMetadata();
    const raw = (info as { CreationDate?: unknown }).CreationDate;
    const match = typeof raw === 'string' ? /^D:(\d{4})(\d{2})(\d{2})/.exec(raw) : null;
    return match ? `${match[1]}-${match[2]}-${match[3]}` : null;
  } finally {
    await doc.destroy();
  }
}
