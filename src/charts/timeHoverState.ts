/**
 * Hover and keyboard reading of a time chart as a pure state machine (after visx-a11y's keyboard
 * state machine): the hook only feeds it events, so behaviour is testable without a DOM.
 */
export interface TimeHoverState {
  /** Month index under the pointer or keyboard cursor; null when nothing is being read. */
  index: number | null;
  /** Which series the keyboard cursor is on (the one announced). */
  seriesIndex: number;
  /** True when the last move came from the keyboard: only those moves are announced. */
  isKeyboard: boolean;
}

export type TimeHoverIntent =
  'previousMonth' | 'nextMonth' | 'previousSeries' | 'nextSeries' | 'firstMonth' | 'lastMonth' | 'exit';

export interface TimeHoverBounds {
  from: number;
  to: number;
  seriesCount: number;
}

export const initialTimeHoverState: TimeHoverState = { index: null, seriesIndex: 0, isKeyboard: false };

const KEY_INTENTS: Record<string, TimeHoverIntent> = {
  ArrowLeft: 'previousMonth',
  ArrowRight: 'nextMonth',
  ArrowUp: 'previousSeries',
  ArrowDown: 'nextSeries',
  Home: 'firstMonth',
  End: 'lastMonth',
  Escape: 'exit',
};

export function keyIntent(key: string): TimeHoverIntent | null {
  return KEY_INTENTS[key] ?? null;
}

function clamp(value: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, value));
}

function same(a: TimeHoverState, b: TimeHoverState): boolean {
  return a.index === b.index && a.seriesIndex === b.seriesIndex && a.isKeyboard === b.isKeyboard;
}

/** Returns the same object when nothing changes, so React skips the render. */
export function pointTo(state: TimeHoverState, index: number, bounds: TimeHoverBounds): TimeHoverState {
  const next = { ...state, index: clamp(index, bounds.from, bounds.to), isKeyboard: false };
  return same(state, next) ? state : next;
}

export function leave(state: TimeHoverState): TimeHoverState {
  return state.index === null ? state : { ...state, index: null, isKeyboard: false };
}

export function applyIntent(
  state: TimeHoverState,
  intent: TimeHoverIntent,
  bounds: TimeHoverBounds,
): TimeHoverState {
  if (intent === 'exit') return leave(state);
  const lastSeries = Math.max(0, bounds.seriesCount - 1);
  const seriesIndex = clamp(state.seriesIndex, 0, lastSeries);
  // The first key press starts reading at the latest month (what readers ask about first),
  // except Home, which starts at the beginning.
  if (state.index === null) {
    const index = intent === 'firstMonth' ? bounds.from : bounds.to;
    return { index, seriesIndex, isKeyboard: true };
  }
  const index = clamp(state.index, bounds.from, bounds.to);
  let next: TimeHoverState;
  switch (intent) {
    case 'previousMonth':
      next = { index: clamp(index - 1, bounds.from, bounds.to), seriesIndex, isKeyboard: true };
      break;
    case 'nextMonth':
      next = { index: clamp(index + 1, bounds.from, bounds.to), seriesIndex, isKeyboard: true };
      break;
    case 'previousSeries':
      next = { index, seriesIndex: clamp(seriesIndex - 1, 0, lastSeries), isKeyboard: true };
      break;
    case 'nextSeries':
      next = { index, seriesIndex: clamp(seriesIndex + 1, 0, lastSeries), isKeyboard: true };
      break;
    case 'firstMonth':
      next = { index: bounds.from, seriesIndex, isKeyboard: true };
      break;
    case 'lastMonth':
      next = { index: bounds.to, seriesIndex, isKeyboard: true };
      break;
  }
  return same(state, next) ? state : next;
}
