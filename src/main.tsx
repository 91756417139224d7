// First: sets <html data-theme> from the stored choice before anything renders.
import './app/theme.ts';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { preloadOpenedView } from './app/viewPages.ts';
import './app/app.css';

// The app's code is running: public/boot-check.js no longer reports a failed start.
document.documentElement.setAttribute('data-bh-started', '');

/**
 * How long the first render waits for the opened view's code. Drawing the shell first would show a
 * "Loading the … view" notice that React then keeps for at least 300 ms after the page has arrived; on
 * a slow link the wait ends here and the notice shows as before.
 */
const VIEW_CODE_WAIT_MS = 1500;

const root = document.getElementById('root');
if (root) {
  // In a task of its own: asking for the view's code appends a <link rel=modulepreload> per file it
  // imports (~0.7 ms each at 1x CPU, ~12 for a chart view), and the entry's evaluation is already
  // the longest task of a first load.
  const viewCode = new Promise((resolve) => setTimeout(resolve, 0)).then(preloadOpenedView);
  const waited = new Promise((resolve) => setTimeout(resolve, VIEW_CODE_WAIT_MS));
  void Promise.race([viewCode, waited]).then(() => render(root));
}

/**
 * The first render runs as a transition, which React renders in slices of a few milliseconds with the
 * browser free in between, instead of one task: most of it is the first run of React's own code.
 */
function render(root: HTMLElement) {
  const reactRoot = createRoot(root);
  startTransition(() =>
    reactRoot.render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
}
