// Projection and path strings for the world map: d3 computes, React draws. Equal Earth keeps areas
// true, so large and small countries are not visually inflated by the projection.
import { geoEqualEarth, geoPath, type GeoPermissibleObjects } from 'd3';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

export interface MapLayout {
  width: number;
  height: number;
  paths: string[];
  /** Projected area of each shape in px² and its centroid (for markers on states too small to see). */
  areas: number[];
  centroids: [number, number][];
}

/** Below this projected area (px²) a country is a speck: it gets a marker at its centroid. */
export const SMALL_STATE_AREA = 40;

export function mapLayout(features: readonly Feature<Geometry | null>[], width: number): MapLayout {
  const collection: FeatureCollection<Geometry | null> = {
    type: 'FeatureCollection',
    features: [...features],
  };
  const projection = geoEqualEarth().fitWidth(width, collection);
  const path = geoPath(projection).digits(1);
  const [[, y0], [, y1]] = path.bounds(collection);
  const height = Math.max(1, Math.ceil(y1 - Math.min(0, y0)));
  return {
    width,
    height,
    paths: features.map((f) => path(f as GeoPermissibleObjects) ?? ''),
    areas: features.map((f) => (f.geometry ? path.area(f as GeoPermissibleObjects) : 0)),
    centroids: features.map((f) => (f.geometry ? path.centroid(f as GeoPermissibleObjects) : [NaN, NaN])),
  };
}
