// Type-ahead for missions: the picker's options and its matching, in the manner of countryMatch.ts.
// A mission is found by its acronym, its host or a word of its official name ("Congo" finds MONUC
// and MONUSCO, "Abyei" UNISFA, "Darfur" UNAMID). Accents and case do not matter.
import type { Manifest } from '../data/schema.ts';
import { missionHosts } from '../data/selectors/missionHosts.ts';
import { countryName } from '../data/selectors/months.ts';
import { compareNames, foldText, type CountryOption } from './countryMatch.ts';

export interface MissionOption extends CountryOption {
  /** The acronym (MINUSCA): also what the picker shows when chosen. */
  id: string;
  /** "MINUSCA — Central African Republic": what the list shows. */
  name: string;
  fullName: string;
  /** Host text and host country names. */
  hosts: readonly string[];
}

export function missionOption(acronym: string, fullName: string, hosts: readonly string[]): MissionOption {
  const where = hosts[0] ?? '';
  return { id: acronym, name: where ? `${acronym} — ${where}` : acronym, fullName, hosts };
}

/** One option per mission in the manifest: the host as written, then each host country's name. */
export function missionOptions(manifest: Manifest): MissionOption[] {
  return manifest.missions.map((mission) => {
    const hosts = missionHosts(manifest, mission);
    const names = hosts.iso3.map((iso3) => countryName(manifest, iso3)).filter((n) => n !== hosts.label);
    return missionOption(mission.acronym, mission.name, [hosts.label, ...names]);
  });
}

/**
 * Missions matching the query. Exact acronym first, then acronyms starting with it, then a host or
 * full-name word starting with it, then any other place it occurs; alphabetical by acronym within
 * each group. An empty query lists every mission alphabetically.
 */
export function filterMissions(options: readonly MissionOption[], query: string): MissionOption[] {
  const q = foldText(query);
  if (q === '') return [...options].sort((a, b) => compareNames(a.id, b.id));
  const scored: { option: MissionOption; score: number }[] = [];
  for (const option of options) {
    const acronym = foldText(option.id);
    const places = option.hosts.map(foldText);
    const fullName = foldText(option.fullName);
    let score: number;
    if (acronym === q) score = 0;
    else if (acronym.startsWith(q)) score = 1;
    else if (places.some((p) => p.startsWith(q))) score = 2;
    else if (places.some((p) => wordStarts(p, q)) || wordStarts(fullName, q)) score = 3;
    else if (acronym.includes(q) || places.some((p) => p.includes(q)) || fullName.includes(q)) score = 4;
    else continue;
    scored.push({ option, score });
  }
  return scored
    .sort((a, b) => a.score - b.score || compareNames(a.option.id, b.option.id))
    .map((s) => s.option);
}

function wordStarts(text: string, q: string): boolean {
  let from = text.indexOf(q);
  while (from > 0) {
    if (/[\s'(/-]/.test(text[from - 1] ?? '')) return true;
    from = text.indexOf(q, from + 1);
  }
  return from === 0;
}
