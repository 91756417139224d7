// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { createHashRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { CurrentPermalink } from '../../../src/app/CurrentPermalink.tsx';
import { ChartFrame } from '../../../src/charts/ChartFrame.tsx';
import { clearPinnedView, publishPinnedView } from '../../../src/state/pinnedView.ts';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

function renderAt(hash: string) {
  window.location.hash = hash;
  const router = createHashRouter([
    {
      path: '*',
      element: (
        <CurrentPermalink>
          <ChartFrame
            title="Personnel"
            description="A chart."
            source="Source: UN."
            chart={<p>chart</p>}
            table={<p>table</p>}
          />
        </CurrentPermalink>
      ),
    },
  ]);
  render(<RouterProvider router={router} />);
  return router;
}

describe('CurrentPermalink', () => {
  it('gives each figure the view’s pinned link, not the address bar', () => {
    const own = { pathname: '/deployments', search: 'country=NPL&from=2010-01&to=2025-07' };
    publishPinnedView(own);
    renderAt('#/deployments?country=NPL&from=2010-01&junk=%3Cscript%3E');
    const printed = document.querySelector('.bh-frame-permalink')?.textContent ?? '';
    const url = new URL(printed);
    expect(url.hash).toBe('#/deployments?country=NPL&from=2010-01&to=2025-07');
    expect(url.origin).toBe(window.location.origin);
    clearPinnedView(own);
  });

  it('gives a page without view parameters its path alone, never the raw query', () => {
    renderAt('#/sources?x=%3Cb%3Ehello');
    const printed = document.querySelector('.bh-frame-permalink')?.textContent ?? '';
    expect(new URL(printed).hash).toBe('#/sources');
  });

  it('follows the view when the address changes', async () => {
    const router = renderAt('#/deployments?country=NPL');
    const own = { pathname: '/women', search: 'country=BGD' };
    await act(async () => {
      publishPinnedView(own);
      await router.navigate('/women?country=BGD');
    });
    expect(screen.getByText(/#\/women\?country=BGD$/)).toBeTruthy();
    clearPinnedView(own);
  });
});
