// @vitest-environment happy-dom
// One boundary per view: a view that fails shows its message and a retry, and the next view opened
// from the menu renders normally (React reuses the boundary instance across routes).
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createMemoryRouter, Link, Outlet, RouterProvider } from 'react-router';
import { isChunkLoadError, ViewBoundary } from '../../../src/ui/ViewBoundary.tsx';

afterEach(cleanup);

function Broken(): never {
  throw new Error('The broken view has a bug.');
}

function renderApp(initial: string) {
  const router = createMemoryRouter(
    [
      {
        path: '/',
        element: (
          <>
            <nav>
              <Link to="/broken">Broken</Link> <Link to="/fine">Fine</Link>{' '}
              <Link to="/fine?x=1">Fine with x</Link>
            </nav>
            <Outlet />
          </>
        ),
        children: [
          {
            path: 'broken',
            element: (
              <ViewBoundary name="broken">
                <Broken />
              </ViewBoundary>
            ),
          },
          {
            path: 'fine',
            element: (
              <ViewBoundary name="fine">
                <p>The fine view.</p>
              </ViewBoundary>
            ),
          },
        ],
      },
    ],
    { initialEntries: [initial] },
  );
  return render(<RouterProvider router={router} />);
}

describe('the view error boundary', () => {
  test('a failing view says what failed, and the next view opened from the menu renders', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    renderApp('/broken');
    expect(screen.getByRole('alert').textContent).toContain('The broken view could not be shown');
    expect(screen.getByRole('alert').textContent).toContain('The broken view has a bug.');
    act(() => {
      fireEvent.click(screen.getByText('Fine'));
    });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('The fine view.')).toBeTruthy();
    warn.mockRestore();
    error.mockRestore();
  });

  test('a view that works keeps its state when only its query changes (no remount)', () => {
    renderApp('/fine');
    const paragraph = screen.getByText('The fine view.');
    act(() => {
      fireEvent.click(screen.getByText('Fine with x'));
    });
    expect(screen.getByText('The fine view.')).toBe(paragraph);
  });

  test('failed downloads of view code are told apart from bugs', () => {
    expect(
      isChunkLoadError(new TypeError('Failed to fetch dynamically imported module: http://x/a.js')),
    ).toBe(true);
    expect(isChunkLoadError(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(isChunkLoadError(new TypeError('error loading dynamically imported module: http://x/a.js'))).toBe(
      true,
    );
    expect(isChunkLoadError(new Error('Unable to preload CSS for http://x/assets/WomenPage-Ck.css'))).toBe(
      true,
    );
    expect(isChunkLoadError(new Error('Cannot read properties of undefined'))).toBe(false);
  });
});
