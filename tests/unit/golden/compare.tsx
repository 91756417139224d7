// Golden picture of the compare view's world map, on four square countries.
import type { WorldShape } from '../../../src/charts/worldShapes.ts';
import { WorldMapChart } from '../../../src/features/compare/map/WorldMapChart.tsx';
import { squareFeature } from '../charts/fixtures.ts';
import type { Golden } from './golden.ts';

/** A square country, `size` degrees wide, with its south-west corner at (lon, lat). */
function square(
  id: string | null,
  iso3: string | null,
  name: string,
  lon: number,
  lat: number,
  size = 20,
): WorldShape {
  const feature = squareFeature(lon, lat, size, { ...(id === null ? {} : { id }), properties: { name } });
  return { id, iso3, name, feature };
}

export const mapShapes = [
  square('050', 'BGD', 'Bangladesh', 80, 10),
  square('064', 'BTN', 'Bhutan', 40, 10),
  square('840', 'USA', 'United States', -100, 20),
  square(null, null, 'Somaliland', 0, -20),
];

export const compareGoldens: Golden[] = [
  {
    name: 'world-map',
    about: 'one path per shape, hatching no data and outlining the highlighted country',
    render: () => (
      <WorldMapChart
        title="Personnel per million"
        description="Test description."
        shapes={mapShapes}
        values={
          new Map([
            ['BGD', { kind: 'value' as const, perMillion: 32.7, personnel: 5685 }],
            ['BTN', { kind: 'value' as const, perMillion: 251.4, personnel: 199 }],
          ])
        }
        fallback={{ kind: 'none' }}
        highlightedIds={['BTN']}
        width={400}
      />
    ),
  },
];
