// Reader for the UN fatalities file fatalities_un_dpo/DPPADPOSS-FATALITIES.csv (one row per death in
// UN peacekeeping operations and special political missions, 1948 … 2025; snapshot 2025-04-04).
//
// Every row is kept, all personnel types: "peacekeepers" in the usual sense are the uniformed ones,
// so callers filter with isUniformed() and say which they count.
//
// * casualty_personnel_type "Local " (trailing space) is trimmed; types map to FATALITY_PERSONNEL_TYPES.
// * m49_code is printed as a float ("250.0") → integer; blank → null.
// * gender M/F; blank (151 rows) → null.
// * isocode3 is blank for 52 rows; those are mapped by nationality through countryNames.ts
//   ("Côte dIvoire" → CIV, "Türkiye" → TUR, "Mauritius" → MUS, "Viet Nam" → VNM). "ZZ [Undetermined]"
//   (14 rows) keeps its nationality text with a null ISO3; a blank nationality (1 row) is null for both.
//   Where isocode3 is present it is checked against countryNames.ts, so the two cannot drift apart.
// * casualty_id is not unique in this snapshot (4,423 distinct ids for 4,429 rows); `id` is.
import { isNoCountrySpelling, lookupIso3, UnknownCountryError } from '../countries/countryNames.ts';
import { CsvError, columnIndex, field, readCsvTable } from './csv.ts';

// Declared once, in the app's schema (the vocabulary of fatalities.json).
import { FATALITY_PERSONNEL_TYPES, type FatalityPersonnelType } from '../../../src/data/schema.ts';
export { FATALITY_PERSONNEL_TYPES, type FatalityPersonnelType };

/** As printed in the file (after trimming). */
const PERSONNEL_TYPE_BY_LABEL: Record<string, FatalityPersonnelType> = {
  Military: 'military',
  Police: 'police',
  'Military Observer': 'military_observer',
  'International Civilian': 'international_civilian',
  Local: 'local_civilian',
  Other: 'other',
};

/** Uniformed personnel: military (troops and staff officers), police, military observers. */
export function isUniformed(type: FatalityPersonnelType): boolean {
  return type === 'military' || type === 'police' || type === 'military_observer';
}

/** The incident types exactly as the file prints them. */
export const INCIDENT_TYPES = [
  'Illness',
  'Accident',
  'Malicious Act',
  'Self-Inflicted',
  'To Be Determined',
  'Unknown',
] as const;
export type IncidentType = (typeof INCIDENT_TYPES)[number];

export interface FatalityRecord {
  /** The file's `id` column (unique). */
  id: number;
  /** YYYY-MM-DD. */
  incidentDate: string;
  casualtyId: string;
  mission: string;
  gender: 'M' | 'F' | null;
  /** As printed; null when blank. "ZZ [Undetermined]" is kept. */
  nationality: string | null;
  /** From isocode3, or mapped from the nationality when isocode3 is blank; null when undetermined. */
  iso3: string | null;
  /** True when iso3 came from the nationality name rather than the file's isocode3 column. */
  isIso3FromName: boolean;
  personnelType: FatalityPersonnelType;
  incidentType: IncidentType;
  m49: number | null;
  lastUpdate: string;
  line: number;
}

const COLUMNS = [
  'id',
  'incident_date',
  'casualty_id',
  'mission_acronym',
  'type_of_casualty',
  'gender',
  'casualty_nationality',
  'casualty_personnel_type',
  'type_of_incident',
  'm49_code',
  'isocode3',
  'last_update',
] as const;

/** Reads every row; throws CsvError / UnknownCountryError naming file and line on anything unexpected. */
export function readFatalities(file: string): FatalityRecord[] {
  const table = readCsvTable(file);
  const col = columnIndex(table, COLUMNS);
  const records: FatalityRecord[] = [];
  const seenIds = new Set<number>();

  for (const row of table.rows) {
    const get = (name: (typeof COLUMNS)[number]): string => field(row, col[name]).trim();
    const fail = (name: (typeof COLUMNS)[number], reason: string): never => {
      throw new CsvError(file, row.line, col[name] + 1, reason);
    };

    const idText = get('id');
    if (!/^\d+$/.test(idText)) fail('id', `id should be a whole number, found ${JSON.stringify(idText)}`);
    const id = Number(idText);
    if (seenIds.has(id)) fail('id', `id ${id} appears twice`);
    seenIds.add(id);

    const incidentDate = get('incident_date');
    if (!isIsoDate(incidentDate))
      fail('incident_date', `not a YYYY-MM-DD date: ${JSON.stringify(incidentDate)}`);
    const lastUpdate = get('last_update');
    if (!isIsoDate(lastUpdate)) fail('last_update', `not a YYYY-MM-DD date: ${JSON.stringify(lastUpdate)}`);

    if (get('type_of_casualty') !== 'Fatality') {
      fail('type_of_casualty', `expected "Fatality", found ${JSON.stringify(get('type_of_casualty'))}`);
    }

    const genderText = get('gender');
    if (genderText !== '' && genderText !== 'M' && genderText !== 'F') {
      fail('gender', `gender should be M, F or blank, found ${JSON.stringify(genderText)}`);
    }

    const typeLabel = get('casualty_personnel_type');
    const personnelType = PERSONNEL_TYPE_BY_LABEL[typeLabel];
    if (personnelType === undefined) {
      fail('casualty_personnel_type', `unknown personnel type ${JSON.stringify(typeLabel)}`);
    }

    const incidentText = get('type_of_incident');
    if (!(INCIDENT_TYPES as readonly string[]).includes(incidentText)) {
      fail('type_of_incident', `unknown incident type ${JSON.stringify(incidentText)}`);
    }

    const m49Text = get('m49_code');
    let m49: number | null = null;
    if (m49Text !== '') {
      const value = Number(m49Text);
      if (!Number.isInteger(value) || value < 0)
        fail('m49_code', `m49_code should be a whole number, found ${JSON.stringify(m49Text)}`);
      m49 = value;
    }

    const nationalityText = get('casualty_nationality');
    const nationality = nationalityText === '' ? null : nationalityText;
    const printedIso3 = get('isocode3');
    let iso3: string | null = null;
    let isIso3FromName = false;
    if (nationality === null || isNoCountrySpelling(nationality)) {
      if (printedIso3 !== '')
        fail('isocode3', `isocode3 ${printedIso3} given for nationality ${JSON.stringify(nationalityText)}`);
    } else {
      const mapped = lookupIso3(nationality);
      if (mapped === undefined) throw new UnknownCountryError(file, `line ${row.line}`, nationality);
      if (printedIso3 === '') {
        iso3 = mapped;
        isIso3FromName = true;
      } else if (printedIso3 !== mapped) {
        fail(
          'isocode3',
          `isocode3 ${printedIso3} disagrees with countryNames.ts (${nationality} → ${mapped})`,
        );
      } else {
        iso3 = printedIso3;
      }
    }

    records.push({
      id,
      incidentDate,
      casualtyId: get('casualty_id'),
      mission: get('mission_acronym'),
      gender: genderText === '' ? null : (genderText as 'M' | 'F'),
      nationality,
      iso3,
      isIso3FromName,
      personnelType: personnelType!,
      incidentType: incidentText as IncidentType,
      m49,
      lastUpdate,
      line: row.line,
    });
  }
  return records;
}

function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}
