import { describe, expect, it } from 'vitest';
import {
  applyIntent,
  initialTimeHoverState,
  keyIntent,
  leave,
  pointTo,
  type TimeHoverState,
} from '../../../src/charts/timeHoverState.ts';

const bounds = { from: 10, to: 20, seriesCount: 3 };

function press(state: TimeHoverState, ...keys: string[]): TimeHoverState {
  return keys.reduce((s, key) => {
    const intent = keyIntent(key);
    return intent ? applyIntent(s, intent, bounds) : s;
  }, state);
}

describe('time hover state machine', () => {
  it('starts keyboard reading at the latest month, or the first with Home', () => {
    expect(press(initialTimeHoverState, 'ArrowLeft')).toEqual({
      index: 20,
      seriesIndex: 0,
      isKeyboard: true,
    });
    expect(press(initialTimeHoverState, 'Home').index).toBe(10);
  });

  it('moves by month with left and right, and stops at the ends', () => {
    expect(press(initialTimeHoverState, 'End', 'ArrowLeft', 'ArrowLeft').index).toBe(18);
    expect(press(initialTimeHoverState, 'End', 'ArrowRight').index).toBe(20);
    expect(press(initialTimeHoverState, 'Home', 'ArrowLeft').index).toBe(10);
  });

  it('moves between series with up and down, within bounds', () => {
    const s = press(initialTimeHoverState, 'End', 'ArrowDown', 'ArrowDown', 'ArrowDown');
    expect(s.seriesIndex).toBe(2);
    expect(press(s, 'ArrowUp').seriesIndex).toBe(1);
    expect(press(initialTimeHoverState, 'End', 'ArrowUp').seriesIndex).toBe(0);
  });

  it('leaves with Escape', () => {
    expect(press(initialTimeHoverState, 'End', 'Escape').index).toBeNull();
  });

  it('ignores keys it does not handle', () => {
    expect(keyIntent('a')).toBeNull();
  });

  it('follows the pointer, clamped, and returns the same state for the same month', () => {
    const a = pointTo(initialTimeHoverState, 99, bounds);
    expect(a).toEqual({ index: 20, seriesIndex: 0, isKeyboard: false });
    expect(pointTo(a, 20, bounds)).toBe(a);
    expect(leave(a).index).toBeNull();
  });
});
