// Where a mission is: its host countries (ISO3) and, for the map, the point its mark stands on.
// The one place the app reads a mission's host, so that when the pipeline records more missions or
// hosts in the manifest (missions known only from the fatalities file, say), every view follows.
//
// The manifest gives one hostIso3, or null with the host written as a region ("Central African
// Republic and Chad", "Abyei (Sudan / South Sudan)"). A region's countries are read from its text
// against the dataset's own country names; a region that names no country ("Middle East") has no
// host country, and its mark needs a reference position below, or it is left off the map and listed.
import type { Manifest, Mission } from '../schema.ts';

export interface MissionHosts {
  /** Host countries, in the order the host text names them; empty when none is a country. */
  iso3: string[];
  /** The host as the manifest writes it (a country name or a region). */
  label: string;
}

/** Host countries of a mission, from the manifest alone. */
export function missionHosts(manifest: Manifest, mission: Mission): MissionHosts {
  if (mission.hostIso3 !== null) return { iso3: [mission.hostIso3], label: mission.host };
  const byName = new Map<string, string>();
  for (const c of [...manifest.countries, ...manifest.otherCountries])
    byName.set(c.name.toLowerCase(), c.iso3);
  // "Abyei (Sudan / South Sudan)": the countries are inside the brackets.
  const inner = /\(([^)]*)\)/.exec(mission.host)?.[1] ?? mission.host;
  // A name that itself holds "and" (Bosnia and Herzegovina) is matched whole before it is split.
  const whole = byName.get(inner.trim().toLowerCase());
  if (whole !== undefined) return { iso3: [whole], label: mission.host };
  const parts = inner
    .split(/\s*(?:\/|,|\band\b)\s*/i)
    .map((p) => p.trim().toLowerCase())
    .filter((p) => p !== '');
  const iso3: string[] = [];
  for (const part of parts) {
    const code = byName.get(part) ?? byName.get(part.replace(/^the\s+/, ''));
    if (code !== undefined && !iso3.includes(code)) iso3.push(code);
  }
  return { iso3, label: mission.host };
}

/** Longitude, latitude in degrees (GeoJSON order). */
export type LonLat = readonly [number, number];

export interface ReferencePosition {
  position: LonLat;
  /** What the point is, in words, for the map's notes. */
  place: string;
  source: string;
}

/**
 * Missions whose mark would be misplaced at the centroid of their host countries, or that have no
 * host country: reference facts with their source, written down from the missions' own published
 * locations (this project works offline; the coordinates are those of the named place).
 */
export const REFERENCE_POSITIONS: Readonly<Record<string, ReferencePosition>> = {
  UNISFA: {
    position: [28.44, 9.6],
    place: 'Abyei town, the area UNISFA was set up for',
    source: 'Security Council resolution 1990 (2011); UNISFA, unisfa.unmissions.org',
  },
  UNMOGIP: {
    position: [74.8, 34.08],
    place: 'Srinagar, the group’s headquarters on the Indian side of the Line of Control (in summer)',
    source: 'UNMOGIP, unmogip.unmissions.org',
  },
  UNTSO: {
    position: [35.21, 31.76],
    place: 'Government House, Jerusalem, the organization’s headquarters',
    source: 'UNTSO, untso.unmissions.org',
  },
  UNMIK: {
    position: [21.17, 42.66],
    place: 'Pristina, Kosovo, the mission’s headquarters (the bundled world map gives Kosovo no code)',
    source: 'UNMIK, unmik.unmissions.org',
  },
  UNOWAS: {
    position: [-17.47, 14.72],
    place: 'Dakar, Senegal, the office’s seat',
    source: 'UNOWAS, unowas.unmissions.org',
  },
};

export type MissionPosition =
  | { kind: 'reference'; position: LonLat; reference: ReferencePosition }
  | { kind: 'centroid'; position: LonLat; hosts: string[] }
  | { kind: 'unplaced'; reason: string };

/**
 * The point a mission's map mark stands on: a reference position where one is recorded, else the
 * centroid of its host countries together (from the bundled world map: `centroidOf` is given the
 * hosts and returns their joint centroid, or null when the map has none of them).
 */
export function missionPosition(
  manifest: Manifest,
  mission: Mission,
  centroidOf: (iso3: readonly string[]) => LonLat | null,
): MissionPosition {
  const reference = REFERENCE_POSITIONS[mission.acronym];
  if (reference) return { kind: 'reference', position: reference.position, reference };
  const hosts = missionHosts(manifest, mission);
  if (hosts.iso3.length === 0) {
    return {
      kind: 'unplaced',
      reason: `its host (${hosts.label}) is a region, not a country, and no position is recorded`,
    };
  }
  const position = centroidOf(hosts.iso3);
  if (!position)
    return { kind: 'unplaced', reason: `the world map has no shape for ${hosts.iso3.join(' or ')}` };
  return { kind: 'centroid', position, hosts: hosts.iso3 };
}
