// "The view's first chart is on screen": what the controls that are not needed to draw it (the
// country type-ahead) wait for before loading their code, so it does not compete with the first chart.
// ChartList signals it; once signalled it stays true for the session (the code is cached by then).
import { useSyncExternalStore } from 'react';

let isDrawn = false;
const listeners = new Set<() => void>();

export function signalFirstChart(): void {
  if (isDrawn) return;
  isDrawn = true;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** True once any view has drawn its first chart. */
export function useIsFirstChartDrawn(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => isDrawn,
    () => false,
  );
}
