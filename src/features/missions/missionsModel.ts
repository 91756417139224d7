// What the missions page needs beyond the shared selectors: which country chunks can hold a mission's
// contributors, and the months it can show.
import type { Manifest, Mission } from '../../data/schema.ts';

/**
 * Contributors whose months with personnel overlap the mission's years (all of them when the years
 * are not recorded): the country chunks worth fetching for the mission.
 */
export function candidateContributors(manifest: Manifest, mission: Mission): string[] {
  const from = mission.start === null ? '' : `${mission.start}-01`;
  const to = mission.end === null ? '9999' : `${mission.end}-12-31`;
  return manifest.countries
    .filter((c) => {
      const first = manifest.months[c.firstMonth] ?? '';
      const last = manifest.months[c.lastMonth] ?? '';
      return last >= from && first <= to;
    })
    .map((c) => c.iso3);
}

/** Months the contributors view can show: mission detail and anyone in the mission. */
export function monthsWithContributors(total: readonly (number | null)[]): boolean[] {
  return total.map((v) => v !== null && v > 0);
}
