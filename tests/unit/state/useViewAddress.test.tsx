// @vitest-environment happy-dom
// The address bar is written the way docs/URLS.md promises: a control change writes commas unescaped
// (`countries=BGD,IND`), and an older link with `%2C` still opens the same view.
import { act, cleanup, render, screen } from '@testing-library/react';
import { useEffect } from 'react';
import { afterEach, expect, test } from 'vitest';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { useView } from '../../../src/state/useView.ts';
import { compareSpec, type CompareView } from '../../../src/features/compare/compareView.ts';
import { manifestOf } from '../claims/fixtures.ts';

afterEach(cleanup);

const manifest = manifestOf({
  first: '2020-01',
  count: 3,
  countries: [
    { iso3: 'BGD', name: 'Bangladesh' },
    { iso3: 'IND', name: 'India' },
    { iso3: 'NPL', name: 'Nepal' },
  ],
});

/** The view's update function, handed out of the component for the test to call. */
const handles: { update?: (patch: Partial<CompareView>) => void } = {};
const update = (patch: Partial<CompareView>) => handles.update?.(patch);

function Probe() {
  const handle = useView(compareSpec, manifest);
  useEffect(() => {
    handles.update = handle.update;
  }, [handle.update]);
  const { search } = useLocation();
  return (
    <>
      <p data-testid="search">{search}</p>
      <p data-testid="countries">{handle.view.countries.join(' ')}</p>
    </>
  );
}

function renderAt(entry: string) {
  const router = createMemoryRouter([{ path: '/compare', element: <Probe /> }], { initialEntries: [entry] });
  render(<RouterProvider router={router} />);
}

test('a control change writes the country list with unescaped commas in the address', () => {
  renderAt('/compare');
  act(() => update({ countries: ['BGD', 'IND', 'NPL'] }));
  const search = screen.getByTestId('search').textContent ?? '';
  expect(search).toContain('countries=BGD,IND,NPL');
  expect(search).not.toMatch(/%2C/i);
  expect(screen.getByTestId('countries').textContent).toBe('BGD IND NPL');
});

test('an older link with %2C between countries still opens the same view', () => {
  renderAt('/compare?countries=BGD%2CIND&v=1');
  expect(screen.getByTestId('countries').textContent).toBe('BGD IND');
});

test('a control change keeps the display parameters (present, chart) in the address', () => {
  renderAt('/compare?present=1&chart=scatter');
  act(() => update({ countries: ['IND', 'NPL'] }));
  const search = screen.getByTestId('search').textContent ?? '';
  expect(search).toContain('countries=IND,NPL');
  expect(search).toContain('present=1');
  expect(search).toContain('chart=scatter');
});
