// @vitest-environment happy-dom
// fetchChunk reads a chunk sent in packed form (as dist/data/ carries totals.json) into exactly the
// data the plain file gives.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { fetchChunk } from '../../../src/data/fetchChunk.ts';
import { packSeries } from '../../../src/data/packedSeries.ts';
import { totalsSchema } from '../../../src/data/schema.ts';

const plainText = readFileSync(path.resolve(import.meta.dirname, '../../../data/totals.json'), 'utf8');

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
    const plain = await fetchChunk('totals.json', totalsSchema);
    serve(JSON.stringify(packSeries(JSON.parse(plainText))));
    const packed = await fetchChunk('totals.json', totalsSchema);
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
    await expect(fetchChunk('totals.json', totalsSchema)).rejects.toThrow(
      /totals\.json is damaged: countries\.BGD\.total/,
    );
  });
});
