// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CHART_WIDTH, useElementWidth } from '../../../src/charts/useElementWidth.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function Probe() {
  const [ref, width] = useElementWidth();
  return (
    <div ref={ref} data-testid="probe">
      {width}
    </div>
  );
}

type Callback = (entries: { contentRect: { width: number } }[]) => void;

function stubResizeObserver(): { fire: (width: number) => void } {
  let callback: Callback | null = null;
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(cb: Callback) {
        callback = cb;
      }
      observe() {}
      disconnect() {}
    },
  );
  vi.stubGlobal('requestAnimationFrame', (cb: () => void) => {
    cb();
    return 1;
  });
  return { fire: (width) => callback?.([{ contentRect: { width } }]) };
}

describe('useElementWidth', () => {
  it('renders at the default width on the server', () => {
    expect(renderToStaticMarkup(<Probe />)).toContain(`>${DEFAULT_CHART_WIDTH}<`);
  });

  it('follows the element width reported by ResizeObserver and ignores 0 (hidden)', () => {
    const observer = stubResizeObserver();
    render(<Probe />);
    act(() => observer.fire(375.6));
    expect(screen.getByTestId('probe').textContent).toBe('375');
    act(() => observer.fire(0));
    expect(screen.getByTestId('probe').textContent).toBe('375');
  });

  it('mounts with one render when its first width is right (the chart is not drawn twice)', () => {
    stubResizeObserver();
    let renders = 0;
    render(
      <Profiler id="probe" onRender={() => (renders += 1)}>
        <Probe />
      </Profiler>,
    );
    // happy-dom lays nothing out (width 0, ignored), so the first guess stands: one render.
    expect(renders).toBe(1);
  });

  it('measures the element as it mounts, before the browser paints', () => {
    stubResizeObserver();
    const measured = vi
      .spyOn(HTMLElement.prototype, 'getBoundingClientRect')
      .mockReturnValue({ width: 512.4 } as DOMRect);
    render(<Probe />);
    expect(screen.getByTestId('probe').textContent).toBe('512');
    measured.mockRestore();
  });
});
