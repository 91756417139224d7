import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Feature, Polygon } from 'geojson';
import { WorldMapChart } from '../../../src/features/compare/map/WorldMapChart.tsx';
import { mapLayout } from '../../../src/features/compare/map/mapLayout.ts';
import type { WorldShape } from '../../../src/charts/worldShapes.ts';
import { extractSvg, normaliseSvg } from '../charts/normaliseSvg.ts';

/** A square country, `size` degrees wide, with its south-west corner at (lon, lat); counter-clockwise is outside-in for d3-geo. */
function square(
  id: string | null,
  iso3: string | null,
  name: string,
  lon: number,
  lat: number,
  size = 20,
): WorldShape {
  const ring: [number, number][] = [
    [lon, lat],
    [lon, lat + size],
    [lon + size, lat + size],
    [lon + size, lat],
    [lon, lat],
  ];
  const feature: Feature<Polygon> = {
    type: 'Feature',
    id: id ?? undefined,
    properties: { name },
    geometry: { type: 'Polygon', coordinates: [ring] },
  };
  return { id, iso3, name, feature };
}

const shapes = [
  square('050', 'BGD', 'Bangladesh', 80, 10),
  square('064', 'BTN', 'Bhutan', 40, 10),
  square('840', 'USA', 'United States', -100, 20),
  square(null, null, 'Somaliland', 0, -20),
];

describe('the world map', () => {
  it('projects shapes into a box as wide as asked and gives every shape a path', () => {
    const layout = mapLayout(
      shapes.map((s) => s.feature),
      400,
    );
    expect(layout.width).toBe(400);
    expect(layout.height).toBeGreaterThan(50);
    expect(layout.paths.every((p) => p.startsWith('M'))).toBe(true);
  });

  it('draws one path per shape, hatching no data and outlining the highlighted country (golden SVG)', async () => {
    const markup = renderToStaticMarkup(
      <WorldMapChart
        title="Personnel per million"
        description="Test description."
        shapes={shapes}
        values={
          new Map([
            ['BGD', { kind: 'value' as const, perMillion: 32.7, personnel: 5685 }],
            ['BTN', { kind: 'value' as const, perMillion: 251.4, personnel: 199 }],
          ])
        }
        fallback={{ kind: 'none' }}
        highlightedIds={['BTN']}
        width={400}
      />,
    );
    expect(markup.match(/<path class="bh-map-country/g)).toHaveLength(4);
    expect(markup).toContain('data-class="no-data"');
    expect(markup).toContain('Bhutan: 251.4 per million (199 personnel)');
    expect(markup).toContain('United States: none deployed');
    await expect(`${extractSvg(normaliseSvg(markup))}\n`).toMatchFileSnapshot('./__golden__/world-map.svg');
  });
});
