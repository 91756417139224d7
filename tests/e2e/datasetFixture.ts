// Reads the committed dataset directly from data/, so browser tests compare the page with the
// dataset rather than with numbers typed into the test.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CountryCells, Fatalities, Manifest, Totals } from '../../src/data/schema.ts';

const dataDir = path.resolve(import.meta.dirname, '../../data');

export function readChunk<T>(rel: string): T {
  // Mission chunks are derived from the country files by the build: they exist in dist/data/ only.
  const dir = existsSync(path.join(dataDir, rel)) ? dataDir : path.resolve(dataDir, '../dist/data');
  return JSON.parse(readFileSync(path.join(dir, rel), 'utf8')) as T;
}

export const manifest = (): Manifest => readChunk<Manifest>('manifest.json');
export const totals = (): Totals => readChunk<Totals>('totals.json');
export const countryCells = (iso3: string): CountryCells => readChunk<CountryCells>(`countries/${iso3}.json`);
export const fatalities = (): Fatalities => readChunk<Fatalities>('fatalities.json');

export function latestMonthIndex(m: Manifest): number {
  return m.monthInfo.map((info) => info.status).lastIndexOf('ok');
}

export const formatCount = (n: number): string => n.toLocaleString('en-US');
