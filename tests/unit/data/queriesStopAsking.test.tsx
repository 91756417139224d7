// @vitest-environment happy-dom
// A failed chunk is asked for twice (one retry) and then not again until the reader asks: a part of a
// page that appears on an error and goes while loading (as the views' "more charts" did) must not
// start the request over each time it mounts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useTotals } from '../../../src/data/queries.ts';

const manifestText = readFileSync(path.resolve(import.meta.dirname, '../../../data/manifest.json'), 'utf8');

function serveWithoutTotals(): { totalsAsked: () => number } {
  let totals = 0;
  vi.stubGlobal(
    'fetch',
    vi.fn((url: URL | string) => {
      if (String(url).includes('/data/manifest.json')) {
        return Promise.resolve(
          new Response(manifestText, { status: 200, headers: { 'Content-Type': 'application/json' } }),
        );
      }
      totals++;
      return Promise.resolve(new Response('Not found', { status: 404 }));
    }),
  );
  return { totalsAsked: () => totals };
}

function Page() {
  const totals = useTotals();
  return (
    <>
      <p>{totals.isError ? `failed: ${totals.error.message}` : 'loading'}</p>
      {totals.isError && <MoreCharts />}
      <button type="button" onClick={() => void totals.refetch()}>
        Try again
      </button>
    </>
  );
}

/** Reads the same query, and exists only while the first one has failed. */
function MoreCharts() {
  useTotals();
  return null;
}

// Without a Worker (as here) a chunk is read by code the page imports on first use. Importing it
// now keeps that first import — a module transform in real time, slow on a loaded 2-core machine —
// out of the fake-timer loop below, which would otherwise end before the manifest is even read.
beforeAll(async () => {
  await import('../../../src/data/chunkSpecs.ts');
  await import('../../../src/data/readChunk.ts');
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('a failed chunk', () => {
  test('is asked for twice, then not again when another part of the page starts to read it', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const server = serveWithoutTotals();
    const client = new QueryClient();
    render(
      <QueryClientProvider client={client}>
        <Page />
      </QueryClientProvider>,
    );
    // The retry waits a second; thirty seconds is time for dozens of requests if they loop.
    for (let i = 0; i < 30; i++) await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(
      screen.getByText(/^failed: The data file totals\.json could not be loaded \(HTTP 404\)/),
    ).toBeTruthy();
    expect(server.totalsAsked()).toBe(2);

    // Asking again is the reader's choice: two more requests, and again no more.
    act(() => screen.getByRole('button', { name: 'Try again' }).click());
    for (let i = 0; i < 30; i++) await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(server.totalsAsked()).toBe(4);
    expect(screen.getByText(/^failed:/)).toBeTruthy();
  });
});
