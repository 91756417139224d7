// @vitest-environment happy-dom
// prefetchChunks fills the very queries the hooks read: a chart slot that waited for it draws its
// section with the data already there (no request of its own, no redraw as each file arrives).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import {
  chunkQueryKey,
  prefetchChunks,
  prefetchManifest,
  useCountryCells,
  useTotals,
} from '../../../src/data/queries.ts';
import type { Manifest } from '../../../src/data/schema.ts';
import { countryChunks } from '../../../src/charts/countryDataPrefetch.ts';

const DATA = path.resolve(import.meta.dirname, '../../../data');

function serveDataFolder(): { asked: string[] } {
  const asked: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((url: URL | string) => {
      const file = new URL(String(url)).pathname.replace(/^.*\/data\//, '');
      asked.push(file);
      return Promise.resolve(
        new Response(readFileSync(path.join(DATA, file)), {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
        }),
      );
    }),
  );
  return { asked };
}

beforeAll(async () => {
  await import('../../../src/data/chunkSpecs.ts');
  await import('../../../src/data/readChunk.ts');
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function Reader() {
  const cells = useCountryCells('BGD');
  const totals = useTotals();
  return <p>{cells.data && totals.data ? 'both at first render' : 'waiting'}</p>;
}

describe('prefetchChunks', () => {
  test('fills the queries useCountryCells and useTotals read: they have the data at once and ask for nothing', async () => {
    const server = serveDataFolder();
    const client = new QueryClient();
    prefetchManifest(client);
    await vi.waitFor(() => expect(client.getQueryData(['manifest'])).toBeDefined(), { timeout: 10_000 });
    const manifest = client.getQueryData(['manifest']) as Manifest;
    await prefetchChunks(client, manifest, [{ kind: 'country', iso3: 'BGD' }, { kind: 'totals' }]);
    const askedBefore = server.asked.length;
    expect(server.asked).toEqual(['manifest.json', 'countries/BGD.json', 'totals.json']);

    render(
      <QueryClientProvider client={client}>
        <Reader />
      </QueryClientProvider>,
    );
    expect(screen.getByText('both at first render')).toBeTruthy();
    expect(server.asked.length).toBe(askedBefore);
  });

  test('a file that fails settles the prefetch; the failure stays in its query for the section', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn((url: URL | string) =>
        Promise.resolve(
          String(url).includes('manifest.json')
            ? new Response(readFileSync(path.join(DATA, 'manifest.json')), { status: 200 })
            : new Response('Not found', { status: 404 }),
        ),
      ),
    );
    const client = new QueryClient({ defaultOptions: { queries: { retryDelay: 0 } } });
    prefetchManifest(client);
    await vi.waitFor(() => expect(client.getQueryData(['manifest'])).toBeDefined(), { timeout: 10_000 });
    const manifest = client.getQueryData(['manifest']) as Manifest;
    await prefetchChunks(client, manifest, [{ kind: 'totals' }]);
    const state = client.getQueryState([...chunkQueryKey({ kind: 'totals' }), manifest.version]);
    expect(state?.status).toBe('error');
  });
});

describe('countryChunks', () => {
  test('names the files behind the data labels, for the view’s country', () => {
    expect(countryChunks(['manifest', 'country cells', 'contributor totals'], 'NPL')).toEqual([
      { kind: 'country', iso3: 'NPL' },
      { kind: 'totals' },
    ]);
    expect(countryChunks(['manifest', 'contributor totals', 'year cross-section'], 'NPL')).toEqual([
      { kind: 'totals' },
    ]);
  });
});
