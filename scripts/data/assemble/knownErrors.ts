// Errors inside the UN's own reports, listed in ../shared/data/sources/PROVENANCE.md. The printed
// totals are right, so the rows still pass every check; only the male/female split is wrong. The
// female figures are withheld (null) rather than drawn, and the month carries a note saying why.
import type { UnifiedCell } from './unifiedCell.ts';
import { monthEndOf } from './monthAxis.ts';
import type { Manifest } from '../../../src/data/schema.ts';

/** One entry of the manifest's list of withheld values. */
export type WithheldValue = NonNullable<Manifest['withheld']>[number];

export interface GenderCorrection {
  month: string;
  /** When set, only this country's cells in this mission are affected; otherwise the whole month. */
  iso3?: string;
  mission?: string;
  note: string;
}

export const GENDER_CORRECTIONS: readonly GenderCorrection[] = [
  {
    month: '2020-08',
    note: 'The August 2020 report prints 43 contingent rows as all-female (grand total 40,637 men / 41,183 women). Totals are right; the male/female split of this month is withheld.',
  },
  ...['2016-01', '2016-04', '2016-05'].map((month) => ({
    month,
    iso3: 'MAR',
    mission: 'UNOCI',
    note: 'The report prints Morocco’s UNOCI contingent as 0 men and about 718 women. Its male/female split is withheld, so totals of women for this month are not shown.',
  })),
];

/**
 * Withholds the gender split of affected cells; returns the note for the month, if any, and adds one
 * entry per correction to `withheld` (the list the Sources page and docs/DATA.md show).
 */
export function applyGenderCorrections(
  month: string,
  cells: UnifiedCell[],
  withheld: WithheldValue[] = [],
): string | undefined {
  const notes: string[] = [];
  for (const correction of GENDER_CORRECTIONS) {
    if (correction.month !== month) continue;
    let touched = 0;
    for (const cell of cells) {
      if (correction.iso3 && cell.iso3 !== correction.iso3) continue;
      if (correction.mission && cell.mission !== correction.mission) continue;
      cell.male = null;
      cell.female = null;
      touched++;
    }
    if (touched === 0) {
      throw new Error(
        `knownErrors.ts: the correction for ${month}${correction.iso3 ? ` ${correction.iso3} ${correction.mission}` : ''} matched no rows; check the source or remove the correction`,
      );
    }
    notes.push(correction.note);
    withheld.push({
      month: monthEndOf(month),
      iso3: correction.iso3 ?? null,
      mission: correction.mission ?? null,
      values: `male and female of ${touched} row${touched === 1 ? '' : 's'}${correction.iso3 ? '' : ' (the whole month)'}`,
      reason: correction.note,
    });
  }
  return notes.length > 0 ? notes.join(' ') : undefined;
}
