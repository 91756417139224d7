// @vitest-environment happy-dom
// The opened view's page is fetched before the first render (main.tsx), and a page whose code has
// arrived is drawn in that render: no "Loading the … view" notice, which React would keep on screen
// for at least 300 ms after the page arrived.
import { Suspense } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { HashRouter } from 'react-router';
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { preloadViewOfHash, viewOfHash, viewPage } from '../../../src/app/viewPages.ts';

afterEach(cleanup);

describe('viewOfHash', () => {
  it.each([
    ['', 'overview'],
    ['#/', 'overview'],
    ['#/?country=BTN', 'overview'],
    ['#/deployments?country=BGD&chart=by-type', 'deployments'],
    ['#/missions', 'missions'],
    ['#/embed/women?chart=women-share', 'women'],
    ['#/sources/', 'sources'],
  ])('%s opens the %s view', (hash, view) => {
    expect(viewOfHash(hash)).toBe(view);
  });

  it.each(['#/playlist', '#/nope', '#/deployments/extra', '#/embed/', '#/embed/nope', '#/embed'])(
    '%s opens no view page',
    (hash) => {
      expect(viewOfHash(hash)).toBeUndefined();
    },
  );
});

describe('a preloaded page', () => {
  it('is drawn in the first render, without its fallback', async () => {
    await preloadViewOfHash('#/sources');
    const Page = viewPage('sources');
    if (!Page) throw new Error('no sources page');
    render(
      <QueryClientProvider client={new QueryClient()}>
        <HashRouter>
          <Suspense fallback={<p>Loading the sources view…</p>}>
            <Page />
          </Suspense>
        </HashRouter>
      </QueryClientProvider>,
    );
    // Synchronously after render: the page's own markup, not the fallback.
    expect(screen.queryByText('Loading the sources view…')).toBeNull();
    expect(document.querySelector('article, main, section, h1, .loading')).not.toBeNull();
    await act(() => Promise.resolve());
  });

  it('a page not preloaded still suspends first (the fallback shows)', () => {
    const Page = viewPage('claims');
    if (!Page) throw new Error('no claims page');
    render(
      <Suspense fallback={<p>Loading the claims view…</p>}>
        <Page />
      </Suspense>,
    );
    expect(screen.getByText('Loading the claims view…')).toBeTruthy();
  });
});
