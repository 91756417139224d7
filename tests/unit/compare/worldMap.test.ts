import { describe, expect, it } from 'vitest';
import { mapLayout } from '../../../src/features/compare/map/mapLayout.ts';
import { compareGoldens, mapShapes } from '../golden/compare.tsx';
import { markupOf } from '../golden/golden.ts';

describe('the world map', () => {
  it('projects shapes into a box as wide as asked and gives every shape a path', () => {
    const layout = mapLayout(
      mapShapes.map((s) => s.feature),
      400,
    );
    expect(layout.width).toBe(400);
    expect(layout.height).toBeGreaterThan(50);
    expect(layout.paths.every((p) => p.startsWith('M'))).toBe(true);
  });

  it('draws one path per shape, marks no data and says each value in words (picture: tests/unit/golden)', () => {
    const markup = markupOf(compareGoldens, 'world-map');
    expect(markup.match(/<path class="bh-map-country/g)).toHaveLength(4);
    expect(markup).toContain('data-class="no-data"');
    expect(markup).toContain('Bhutan: 251.4 per million (199 personnel)');
    expect(markup).toContain('United States: none deployed');
  });
});
