// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { createHashRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { CurrentPermalink } from '../../../src/app/CurrentPermalink.tsx';
import { ChartFrame } from '../../../src/charts/ChartFrame.tsx';

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
  it("gives each figure the page's full address: hash route and query included", () => {
    renderAt('#/deployments?country=NPL&from=2010-01');
    const printed = document.querySelector('.bh-frame-permalink')?.textContent ?? '';
    const url = new URL(printed);
    expect(url.hash).toBe('#/deployments?country=NPL&from=2010-01');
    expect(url.origin).toBe(window.location.origin);
  });

  it('follows the view when the address changes', async () => {
    const router = renderAt('#/deployments?country=NPL');
    await act(async () => {
      await router.navigate('/women?country=BGD');
    });
    expect(screen.getByText(/#\/women\?country=BGD$/)).toBeTruthy();
  });
});
