// @vitest-environment happy-dom
// fetchChunk reads a chunk sent in packed form (as dist/data/ carries totals.json) into exactly the
// data the plain file gives.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { fetchChunk } from '../../../src/data/fetchChunk.ts';
import { packSeries } from '../../../src/data/packedSeries.ts';
import type { Manifest, Totals } from '../../../src/data/schema.ts';

const plainText = readFileSync(path.resolve(import.meta.dirname, '../../../data/totals.json'), 'utf8');
const manifest = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, '../../../data/manifest.json'), 'utf8'),
) as Manifest;
// Under vitest there is no Worker: the chunk is read in the page, by the same code the worker runs.
const readTotals = () => fetchChunk<Totals>({ kind: 'totals' }, { manifest });

function serve(body: string) {
  vi.stubGlobal(
    'fetch',
    vi.fn(() =>
      Promise.resolve(new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } })),
    ),
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('fetchChunk and packed chunks', () => {
  test('a packed totals.json validates to the same totals as the plain file', async () => {
    serve(plainText);
    const plain = await readTotals();
    serve(JSON.stringify(packSeries(JSON.parse(plainText))));
    const packed = await readTotals();
    expect(packed).toEqual(plain);
    expect(packed.countries.BGD?.total.length).toBeGreaterThan(400);
  });

  test('a damaged packed series is reported with the file and the field', async () => {
    const damaged = JSON.parse(JSON.stringify(packSeries(JSON.parse(plainText)))) as {
      countries: Record<string, { total: unknown }>;
    };
    const bgd = damaged.countries.BGD;
    if (bgd) bgd.total = { $d: 'garbage' };
    serve(JSON.stringify(damaged));
    await expect(readTotals()).rejects.toThrow(/totals\.json is damaged: countries\.BGD\.total/);
  });
});
