// The country shapes of world-atlas (Natural Earth 1:110m), bundled with the app and loaded only when
// the map is shown, so the first view does not carry them. Antarctica is left out: no one lives there
// to be counted per capita, and it takes a sixth of the map.
import type { Feature, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import isoCodes from './isoNumericToIso3.json';

export interface WorldShape {
  /** world-atlas id: the ISO 3166 numeric code, or null for shapes without one. */
  id: string | null;
  iso3: string | null;
  name: string;
  feature: Feature<Geometry | null>;
}

const codes: Readonly<Record<string, string>> = isoCodes.codes;

export function iso3OfNumeric(id: string | null | undefined): string | null {
  return id ? (codes[id] ?? null) : null;
}

export const LEFT_OUT_IDS: ReadonlySet<string> = new Set(['010']);

let cached: Promise<WorldShape[]> | null = null;

export function loadWorldShapes(): Promise<WorldShape[]> {
  cached ??= Promise.all([import('world-atlas/countries-110m.json'), import('topojson-client')]).then(
    ([atlas, topojson]) => {
      const topology = atlas.default as unknown as Topology<{
        countries: GeometryCollection<{ name: string }>;
      }>;
      const collection = topojson.feature(topology, topology.objects.countries);
      return collection.features
        .filter((f) => !LEFT_OUT_IDS.has(String(f.id ?? '')))
        .map((f) => {
          const id = f.id === undefined ? null : String(f.id);
          return { id, iso3: iso3OfNumeric(id), name: f.properties?.name ?? '', feature: f };
        });
    },
  );
  return cached;
}
