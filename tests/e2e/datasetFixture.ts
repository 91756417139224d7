// Reads the committed dataset directly from data/, so browser tests compare the page with the
// dataset rather than with numbers typed into the test.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CountryCells, Fatalities, Manifest, Totals } from '../../src/data/schema.ts';

const dataDir = path.resolve(import.meta.dirname, '../../data');

export function readChunk<T>(rel: string): T {
  return JSON.parse(readFileSync(path.join(dataDir, rel), 'utf8')) as T;
}

export const manifest = (): Manifest => readChunk<Manifest>('manifest.json');
export const totals = (): Totals => readChunk<Totals>('totals.json');
export const countryCells = (iso3: string): CountryCells => readChunk<CountryCells>(`countries/${iso3}.json`);
export const fatalities = (): Fatalities => readChunk<Fatalities>('fatalities.json');

export function latestMonthIndex(m: Manifest): number {
  return m.monthInfo.map((info) => info.status).lastIndexOf('ok');
}

export const formatCount = (n: number): string => n.toLocaleString('en-US');
