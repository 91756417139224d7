import type { PersonnelType } from '../model.ts';

/** One finest cell after countries are mapped to ISO3: what every source reader is turned into. */
export interface UnifiedCell {
  /** 'YYYY-MM' */
  month: string;
  iso3: string;
  mission: string | null;
  type: PersonnelType;
  male: number | null;
  female: number | null;
  total: number;
}

/** How one month of the series was obtained. */
export interface MonthSource {
  source: 'ipi-countries' | 'ipi-gender' | 'un-pdf';
  file: string;
  layout: string;
  hasMission: boolean;
  hasGender: boolean;
  checkedTotals: number;
  genderNote?: string;
  /** For a report that prints no date: how its month was established. */
  datedBy?: string[];
}
