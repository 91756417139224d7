import type { Fatalities, FatalityPersonnelType } from '../schema.ts';

const UNIFORMED: ReadonlySet<FatalityPersonnelType> = new Set(['military', 'police', 'military_observer']);

export function isUniformed(type: FatalityPersonnelType): boolean {
  return UNIFORMED.has(type);
}

/** Fatalities of one nationality with an incident date up to `upTo` (inclusive, YYYY-MM-DD). */
export function countFatalities(
  fatalities: Fatalities,
  iso3: string,
  options: { upTo?: string; uniformedOnly: boolean },
): number {
  let n = 0;
  for (let i = 0; i < fatalities.date.length; i++) {
    if (fatalities.iso3[i] !== iso3) continue;
    if (options.upTo !== undefined && (fatalities.date[i] ?? '') > options.upTo) continue;
    const type = fatalities.personnelType[i];
    if (options.uniformedOnly && (type === undefined || !isUniformed(type))) continue;
    n++;
  }
  return n;
}
