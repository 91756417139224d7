import type { Feature, Polygon } from 'geojson';
import type { TimeSeries } from '../../../src/charts/timeSeriesModel.ts';

/** `count` month-end dates starting at `first` ('YYYY-MM'), like the dataset's month axis. */
export function makeMonths(first: string, count: number): string[] {
  const year = Number(first.slice(0, 4));
  const month = Number(first.slice(5, 7)) - 1;
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(Date.UTC(year, month + i + 1, 0));
    return d.toISOString().slice(0, 10);
  });
}

export function makeSeries(id: string, values: readonly (number | null)[], label = id): TimeSeries {
  return { id, label, values };
}

/**
 * A square country `size` degrees wide with its south-west corner at (lon, lat), as a GeoJSON polygon
 * (counter-clockwise is outside-in for d3-geo).
 */
export function squareFeature(
  lon: number,
  lat: number,
  size: number,
  fields: { id?: string; properties?: Record<string, unknown> } = {},
): Feature<Polygon> {
  const ring: [number, number][] = [
    [lon, lat],
    [lon, lat + size],
    [lon + size, lat + size],
    [lon + size, lat],
    [lon, lat],
  ];
  return {
    type: 'Feature',
    ...(fields.id === undefined ? {} : { id: fields.id }),
    properties: fields.properties ?? {},
    geometry: { type: 'Polygon', coordinates: [ring] },
  };
}
