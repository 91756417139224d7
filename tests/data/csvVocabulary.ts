/** The personnel types contributions.csv may hold (docs/DATA.md). */
export const CONTRIBUTION_TYPES_IN_CSV = [
  'troops',
  'staff_officers',
  'experts_on_mission',
  'formed_police_units',
  'individual_police',
  'police',
] as const;
