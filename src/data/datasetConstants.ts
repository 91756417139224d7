// The dataset's small constants, apart from the schemas (schema.ts) that validate files: views import
// these, and importing them from schema.ts would bring every validator into the views' chunks — the
// validators run in the chunk worker (chunkWorker.ts), not in the page.

export const PERSONNEL_TYPES = [
  'troops',
  'staff_officers',
  'experts_on_mission',
  'formed_police_units',
  'individual_police',
  'police',
  'experts',
] as const;
export type PersonnelType = (typeof PERSONNEL_TYPES)[number];

export const FATALITY_PERSONNEL_TYPES = [
  'military',
  'police',
  'military_observer',
  'international_civilian',
  'local_civilian',
  'other',
] as const;
export type FatalityPersonnelType = (typeof FATALITY_PERSONNEL_TYPES)[number];

/** The file of a mission's chunk under data/: letters and digits kept, anything else as '_'. */
export function missionChunkFile(acronym: string): string {
  return `missions/${acronym.replace(/[^A-Za-z0-9]/g, '_')}.json`;
}
