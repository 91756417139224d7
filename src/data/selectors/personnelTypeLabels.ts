import type { PersonnelType } from '../schema.ts';

/** Names of the personnel types as the UN's reports use them. */
export const PERSONNEL_TYPE_LABELS: Record<PersonnelType, string> = {
  troops: 'Troops',
  staff_officers: 'Staff officers',
  experts_on_mission: 'Experts on mission',
  formed_police_units: 'Formed police units',
  individual_police: 'Individual police',
  police: 'Police (not split)',
  experts: 'Experts',
};

/** Military categories: the 415 quoted for Bangladesh's women in March 2023 counts these only. */
export const MILITARY_TYPES: readonly PersonnelType[] = ['troops', 'staff_officers', 'experts_on_mission'];
export const POLICE_TYPES: readonly PersonnelType[] = ['formed_police_units', 'individual_police', 'police'];

/**
 * Palette position of each type (seriesColor(position)), the same in every chart of the site. Position
 * 4 (the neutral grey) is left for "all types" lines.
 */
export const PERSONNEL_TYPE_COLOR_INDEX: Record<PersonnelType, number> = {
  troops: 0,
  staff_officers: 1,
  experts_on_mission: 2,
  formed_police_units: 3,
  individual_police: 5,
  police: 6,
  experts: 7,
};
export const ALL_TYPES_COLOR_INDEX = 4;

/** Short names for end labels in narrow charts (tooltips and tables keep the full names). */
export const PERSONNEL_TYPE_SHORT_LABELS: Record<PersonnelType, string> = {
  troops: 'Troops',
  staff_officers: 'Staff officers',
  experts_on_mission: 'Experts',
  formed_police_units: 'Formed police',
  individual_police: 'Indiv. police',
  police: 'Police',
  experts: 'Experts',
};
