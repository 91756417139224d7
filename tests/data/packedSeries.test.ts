// The transport form of long count series (src/data/packedSeries.ts) on the real dataset and on
// small hand-made cases.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { PACKED_KEY, packSeries, unpackSeries } from '../../src/data/packedSeries.ts';

const dataDir = path.resolve(import.meta.dirname, '../../data');
const listJson = (dir: string, prefix = ''): string[] =>
  readdirSync(dir).flatMap((name) =>
    statSync(path.join(dir, name)).isDirectory()
      ? listJson(path.join(dir, name), `${prefix}${name}/`)
      : name.endsWith('.json')
        ? [`${prefix}${name}`]
        : [],
  );
const read = (rel: string): unknown => JSON.parse(readFileSync(path.join(dataDir, rel), 'utf8'));
const roundTrip = (value: unknown): unknown => unpackSeries(JSON.parse(JSON.stringify(packSeries(value))));
const gzip = (value: unknown) => gzipSync(JSON.stringify(value), { level: 9 }).length;

describe('packed count series', () => {
  test('every chunk in data/ comes back identical after packing and unpacking', () => {
    const files = listJson(dataDir);
    expect(files.length).toBeGreaterThan(100);
    for (const rel of files) expect(roundTrip(read(rel)), rel).toEqual(read(rel));
  });

  test('totals.json and population.json shrink by more than a fifth after gzip when packed', () => {
    for (const rel of ['totals.json', 'population.json']) {
      const plain = read(rel);
      expect(gzip(packSeries(plain)), rel).toBeLessThan(gzip(plain) * 0.8);
    }
  });

  test('a series becomes its differences; null keeps its place and does not reset the running value', () => {
    const series = [0, 0, 5, 7, null, null, 4, 10, 10, 3];
    expect(packSeries({ total: series })).toEqual({
      total: { [PACKED_KEY]: [0, 0, 5, 2, null, null, -3, 6, 0, -7] },
    });
    expect(roundTrip({ total: series })).toEqual({ total: series });
  });

  test('short arrays, strings, fractions and mixed arrays are left as they are', () => {
    const chunk = {
      short: [1, 2, 3],
      names: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'],
      shares: [0.5, 1, 2, 3, 4, 5, 6, 7],
      mixed: [1, 'x', 3, 4, 5, 6, 7, 8],
    };
    expect(packSeries(chunk)).toEqual(chunk);
  });

  test('a plain chunk passes through unpacking unchanged', () => {
    const manifest = read('manifest.json');
    expect(unpackSeries(read('manifest.json'))).toEqual(manifest);
  });

  test('anything that only looks half like a packed series is left for the schema to reject', () => {
    const odd = [
      { [PACKED_KEY]: 'not a list' },
      { [PACKED_KEY]: [1.5, 2] },
      { [PACKED_KEY]: [1, 2], extra: true },
      { [PACKED_KEY]: [1, '2'] },
    ];
    for (const value of odd) expect(unpackSeries(structuredClone(value))).toEqual(value);
  });

  test('a key named __proto__ stays a plain property and the prototype is untouched', () => {
    const parsed = JSON.parse(
      `{"__proto__": {"${PACKED_KEY}": [1, 1, 1]}, "ok": {"${PACKED_KEY}": [2, 2]}}`,
    ) as Record<string, unknown>;
    const result = unpackSeries(parsed) as Record<string, unknown>;
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(result, '__proto__')?.value).toEqual([1, 2, 3]);
    expect(result.ok).toEqual([2, 4]);
  });

  test('packing refuses a chunk that already uses the marker as a key', () => {
    expect(() => packSeries({ [PACKED_KEY]: 1 })).toThrow(/cannot pack/);
  });
});
