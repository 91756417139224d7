// @vitest-environment happy-dom
// <HashRouter> listens for address changes only from its commit on; an address changed while the
// first render is under way (the app's first render is a sliced transition) used to leave the app on
// the old view for good. FollowAddress catches the router up.
import { HashRouter, useLocation } from 'react-router';
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FollowAddress } from '../../../src/app/FollowAddress.tsx';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

// A side effect in render, on purpose: it lands between the router's render and its commit.
function moveAddress(to: string) {
  if (window.location.hash !== to) window.location.hash = to;
}

/** Shows the router's path; on its first render it moves the address, as a click mid-render would. */
function PathMovingTheAddress({ to }: { to: string }) {
  const location = useLocation();
  moveAddress(to);
  return <p data-testid="path">{location.pathname + location.search}</p>;
}

async function renderMovingTo(to: string, withFollow: boolean) {
  window.location.hash = '#/sources';
  const tree = (
    <HashRouter>
      <PathMovingTheAddress to={to} />
    </HashRouter>
  );
  await act(async () => {
    render(withFollow ? <FollowAddress>{tree}</FollowAddress> : tree);
    await new Promise((resolve) => setTimeout(resolve, 20));
  });
}

describe('FollowAddress', () => {
  it('shows the view the address moved to during the first render', async () => {
    await renderMovingTo('#/fatalities?country=NPL', true);
    expect(screen.getByTestId('path').textContent).toBe('/fatalities?country=NPL');
  });

  it('is needed: the router alone stays on the address it first read', async () => {
    await renderMovingTo('#/fatalities?country=NPL', false);
    expect(screen.getByTestId('path').textContent).toBe('/sources');
  });

  it('does nothing when the address has not moved', async () => {
    await renderMovingTo('#/sources', true);
    expect(screen.getByTestId('path').textContent).toBe('/sources');
  });
});
