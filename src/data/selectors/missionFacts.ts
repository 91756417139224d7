// A mission's facts as the dataset knows them: official name, host(s), the years it ran (reference
// facts recorded by the pipeline) and the first and last month the personnel data show anyone there.
import type { Manifest } from '../schema.ts';
import type { MissionSpan } from './missionContributors.ts';
import { missionHosts } from './missionHosts.ts';
import { countryName } from './months.ts';

export interface MissionFacts {
  acronym: string;
  name: string;
  /** The host as the manifest writes it: a country, or a region for a mission across countries. */
  host: string;
  /** Host countries and their names (one for most missions, two for MINURCAT, UNMOGIP, UNISFA …). */
  hosts: { iso3: string; name: string }[];
  /** Years of operation from the UN's lists; null when not established. `end` null: still running. */
  startYear: number | null;
  endYear: number | null;
  /** First and last month-end (YYYY-MM-DD) with anyone in the mission in this dataset; null when none. */
  firstMonth: string | null;
  lastMonth: string | null;
}

/** Facts of a mission by acronym; null when the manifest does not list it. */
export function missionFacts(
  manifest: Manifest,
  acronym: string,
  span: MissionSpan | null,
): MissionFacts | null {
  const mission = manifest.missions.find((m) => m.acronym === acronym);
  if (!mission) return null;
  const hosts = missionHosts(manifest, mission);
  return {
    acronym,
    name: mission.name,
    host: hosts.label,
    hosts: hosts.iso3.map((iso3) => ({ iso3, name: countryName(manifest, iso3) })),
    startYear: mission.start,
    endYear: mission.end,
    firstMonth: span && span.first >= 0 ? (manifest.months[span.first] ?? null) : null,
    lastMonth: span && span.last >= 0 ? (manifest.months[span.last] ?? null) : null,
  };
}
