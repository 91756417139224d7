// "Draw everything": charts are normally drawn when they come near the viewport (ChartList.tsx), but
// printing, the browser tests and the benchmark need every chart on the page. Printing turns it on from
// `beforeprint`; tests and the bench set `window.__BH_DRAW_ALL__ = true` before the app starts (an init
// script) or call `window.__bhDrawAll()` later.
import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

declare global {
  interface Window {
    __BH_DRAW_ALL__?: boolean;
    __bhDrawAll?: () => void;
  }
}

let isOn = typeof window !== 'undefined' && window.__BH_DRAW_ALL__ === true;
const listeners = new Set<() => void>();

/**
 * <html class="bh-draw-all"> while everything is drawn: styles that skip what is off screen
 * (content-visibility) step aside, so every part of the page is laid out and measurable.
 */
function markRoot(): void {
  if (typeof document !== 'undefined') document.documentElement.classList.add('bh-draw-all');
}

/** Draws every chart from now on (this page load). Synchronous, so a print preview gets them all. */
export function drawEverything(): void {
  if (isOn) return;
  isOn = true;
  markRoot();
  flushSync(() => listeners.forEach((l) => l()));
}

if (typeof window !== 'undefined') {
  if (isOn) markRoot();
  window.__bhDrawAll = drawEverything;
  window.addEventListener('beforeprint', drawEverything);
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function useDrawEverything(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => isOn,
    () => false,
  );
}
