// Reader for the 2019-11 … 2020-12 reports (2020-06 excepted: that file is a copy of the 2022-06
// report), "Summary of Contribution to UN Peacekeeping by Mission, Country and Post", mission first.
// Three variants of one layout, told apart by the column header:
//
//  A  2019-11   "Mission Country Male Female Total Post" — the type ("Troops", "Staff Officer",
//               "Experts on Mission", "FPU", "Individual Police") is printed last on each row:
//                 BINUH
//                        Benin          1   0   1  Individual Police
//  B  2019-12, 2020-01   "Mission Country Description Male Female Total" — lower-case type codes:
//                        Niger   police          1   0   1
//  C  2020-02 … 2020-12  "Mission Contributor Description Male Female Total" — the country on a line
//               of its own above its type rows:
//                        Benin
//                                police          2   0   2
//
// In every variant a mission's total is an unlabelled line of three figures after its last row, and
// the grand total (not printed in 2019-11) another one after the last mission's total. Long country
// names wrap onto a second text-only line ("United States of" / "America", "Iran (Islamic Republic" /
// "of)"); in A and B it sits below the row it belongs to, in C below the first part of the name.
// 2019-11, 2019-12 and 2020-01 print a lone number just before the grand total (or at the end, in
// 2019-11): it is the count of rows ("records"), not personnel. It is checked against the number of
// rows read, but it is not a personnel total and is not counted in checkedTotals.
//
// Type codes. The reports print individual and formed police separately ("police" 210 rows and "fpu"
// 31 rows in 2019-12 against "Individual Police" 212 and "FPU" 31 in 2019-11), and "experts" stands
// for "Experts on Mission", so the codes map onto the split vocabulary: contingent → troops, staff →
// staff_officers, experts → experts_on_mission, fpu → formed_police_units, police →
// individual_police. The unsplit `police` / `experts` types are never needed here.
//
// 2020-08: the male/female split is corrupt in the source (43 contingent rows printed all-female;
// grand total 40,637 male / 41,183 female). It is read as printed — the totals still add up — and the
// pipeline flags the month later.
import type { ParsedReport, PersonnelType, ReportCell, ReportReader } from '../../model.ts';
import { ReportCheckError } from '../../model.ts';
import { groupLines, parseCount, type PdfPage, type TextItem } from '../pdfText.ts';
import {
  addTo,
  datesIn,
  emptyTally,
  findHeader,
  missionAcronym,
  placeNumbers,
  rightEdge,
  squash,
  TotalChecker,
  type NumberColumn,
  type Tally,
} from './numberColumns2018.ts';

const LAYOUT = 'mission-country-post-2019';

const TYPES: Record<string, PersonnelType> = {
  // variant A (2019-11)
  Troops: 'troops',
  'Staff Officer': 'staff_officers',
  'Experts on Mission': 'experts_on_mission',
  FPU: 'formed_police_units',
  'Individual Police': 'individual_police',
  // variants B and C (2019-12 … 2020-12)
  contingent: 'troops',
  staff: 'staff_officers',
  experts: 'experts_on_mission',
  fpu: 'formed_police_units',
  police: 'individual_police',
};

type Variant = 'A' | 'B' | 'C';
const HEADERS: Record<Variant, readonly string[]> = {
  A: ['Mission', 'Country', 'Male', 'Female', 'Total', 'Post'],
  B: ['Mission', 'Country', 'Description', 'Male', 'Female', 'Total'],
  C: ['Mission', 'Contributor', 'Description', 'Male', 'Female', 'Total'],
};

export const missionCountryPost2019Reader: ReportReader = {
  layout: LAYOUT,
  // The 2021-01 report carries nearly the same title ("Summary of Contribution to UN Peacekeeping by
  // Mission, Country and Post: … Troops, 31/01/2021") and the same column header as variant C, so the
  // title alone cannot tell them apart. Its rows can: 2021-01 prints each mission's total on the
  // mission's own line ("BINUH 10 3 13"), a country subtotal line, and title-case types ("Individual
  // Police 2 0 2"). This family prints the mission acronym alone on its line AND either the variant-A
  // "Post" header or lower-case type codes followed by figures. Both tests must hold; 2021-01 fails
  // both. The 2020-06 file (a copy of 2022-06, "Contribution of Uniformed Personnel …") fails the title.
  matches(firstPageText: string): boolean {
    if (
      !squash(firstPageText).includes(
        'Summary of Contribution to UN Peacekeeping by Mission, Country and Post',
      )
    ) {
      return false;
    }
    const lines = firstPageText.split('\n').map(squash);
    const bareMission = lines.some((l) => /^[A-Z]{4,}$/.test(l));
    const postHeader = lines.includes(HEADERS.A.join(' '));
    const lowerCaseTypes = lines.some((l) => /(^| )(contingent|staff|experts|fpu|police) \d/.test(l));
    return bareMission && (postHeader || lowerCaseTypes);
  },
  read: readMissionCountryPost2019,
};

interface OpenMission {
  name: string;
  rows: number;
  sum: Tally;
}

function readMissionCountryPost2019(pages: PdfPage[], file: string): ParsedReport {
  const checker = new TotalChecker(file);
  const cells: ReportCell[] = [];
  const all = emptyTally();
  let variant: Variant | null = null;
  let reportDate: string | null = null;
  let grandTotal: Tally | null = null;
  let recordCount: number | null = null;
  let mission: OpenMission | null = null; // null before the first mission and after a mission's total
  let missionsClosed = 0;
  // Variant C: the current country and whether its name may still continue (no rows read yet).
  let country: string | null = null;
  let countryOpen = false;
  // Variants A and B: the last row's cell, whose country a wrapped line continues.
  let lastRowCell: ReportCell | null = null;
  let previousWasRow = false;

  for (const page of pages) {
    const p = page.pageNumber;
    let header: Map<string, TextItem> | undefined;
    for (const v of ['C', 'B', 'A'] as const) {
      header = findHeader(page, HEADERS[v]);
      if (header) {
        if (variant === null) variant = v;
        else if (variant !== v) {
          throw new ReportCheckError(file, p, `column header changes from variant ${variant} to ${v}`);
        }
        break;
      }
    }
    if (!header || !variant)
      throw new ReportCheckError(file, p, 'no "Mission / Country / … / Total" column header');
    const headerY = header.get('Mission')!.y;
    const countryX = header.get(variant === 'C' ? 'Contributor' : 'Country')!.x;
    const numbersFrom = header.get('Male')!.x - 40;
    const labelFrom = variant === 'A' ? header.get('Post')!.x - 10 : header.get('Description')!.x - 20;
    const columns: NumberColumn<'male' | 'female' | 'total'>[] = [
      { key: 'male', right: rightEdge(header.get('Male')!) },
      { key: 'female', right: rightEdge(header.get('Female')!) },
      { key: 'total', right: rightEdge(header.get('Total')!) },
    ];
    const isColumnNumber = (i: TextItem) => i.x >= numbersFrom && parseCount(i.str) !== undefined;
    // Text columns: mission | country | type label (B, C: before the figures; A: after them).
    const zoneOf = (i: TextItem): 'mission' | 'country' | 'label' =>
      i.x < countryX - 20 ? 'mission' : i.x < Math.min(labelFrom, numbersFrom) ? 'country' : 'label';

    for (const line of groupLines(page)) {
      if (line.y < headerY - 2) {
        // Title lines (page 1 only); they carry the report date.
        if (p !== 1) throw new ReportCheckError(file, p, `unexpected text above the header: "${line.text}"`);
        const dates = datesIn(line.text);
        if (dates.length > 0) {
          if (reportDate !== null || dates.length > 1) {
            throw new ReportCheckError(file, p, 'more than one date in the title');
          }
          reportDate = dates[0]!;
        }
        continue;
      }
      if (Math.abs(line.y - headerY) <= 2) continue; // the column header
      if (/^Page \d+ of \d+$/.test(line.text)) continue; // the footer

      const numbers = line.items.filter(isColumnNumber);
      const texts = line.items.filter((i) => !isColumnNumber(i));
      const zones = { mission: [] as string[], country: [] as string[], label: [] as string[] };
      for (const item of texts) zones[zoneOf(item)].push(item.str);
      const missionText = squash(zones.mission.join(' '));
      const countryText = squash(zones.country.join(' '));
      const label = squash(zones.label.join(' '));
      const wasRow = previousWasRow;
      previousWasRow = false;

      // A lone number left of the country column: the count of records (2019-11 … 2020-01).
      if (line.items.length === 1 && numbers.length === 0 && parseCount(missionText) !== undefined) {
        if (mission) throw new ReportCheckError(file, p, `record count inside mission ${mission.name}`);
        if (recordCount !== null) throw new ReportCheckError(file, p, 'a second record count');
        recordCount = parseCount(missionText)!;
        checkRecordCount(file, p, recordCount, cells.length);
        continue;
      }
      // A mission acronym alone on its line.
      if (numbers.length === 0 && countryText === '' && label === '' && missionText !== '') {
        const name = missionAcronym(missionText);
        if (!name) throw new ReportCheckError(file, p, `unreadable line "${line.text}"`);
        if (mission)
          throw new ReportCheckError(file, p, `${name} starts before the total of ${mission.name}`);
        if (grandTotal) throw new ReportCheckError(file, p, `${name} follows the grand total`);
        mission = { name, rows: 0, sum: emptyTally() };
        country = null;
        countryOpen = false;
        lastRowCell = null;
        continue;
      }
      if (missionText !== '') throw new ReportCheckError(file, p, `unreadable line "${line.text}"`);

      // Three unlabelled figures: a mission's total, or after the last one, the grand total.
      if (texts.length === 0 && numbers.length > 0) {
        const what = mission ? `Total ${mission.name}` : 'Grand total';
        const printed = placeNumbers(numbers, columns, 12, file, p, what);
        checker.checkRow(p, what, printed);
        if (mission) {
          if (mission.rows === 0)
            throw new ReportCheckError(file, p, `total of ${mission.name} without rows`);
          checker.checkTally(p, `Total ${mission.name}`, printed, mission.sum);
          mission = null;
          missionsClosed++;
        } else if (missionsClosed > 0 && !grandTotal) {
          checker.checkTally(p, 'Grand total', printed, all);
          grandTotal = printed;
        } else {
          throw new ReportCheckError(file, p, `unexpected total line "${line.text}"`);
        }
        country = null;
        countryOpen = false;
        lastRowCell = null;
        continue;
      }

      // Text alone in the country column: a country (C), or a wrapped name's next line.
      if (numbers.length === 0 && label === '' && countryText !== '') {
        if (!mission) throw new ReportCheckError(file, p, `"${countryText}" outside a mission`);
        if (variant === 'C') {
          country = countryOpen && country ? `${country} ${countryText}` : countryText;
          countryOpen = true;
        } else {
          if (!wasRow || !lastRowCell) throw new ReportCheckError(file, p, `stray text "${countryText}"`);
          lastRowCell.country = squash(`${lastRowCell.country} ${countryText}`);
        }
        continue;
      }

      // A row: type label and three figures (and, in A and B, the country).
      if (label !== '' && numbers.length > 0) {
        const type = TYPES[label];
        if (!type) throw new ReportCheckError(file, p, `unknown type "${label}"`);
        if (!mission) throw new ReportCheckError(file, p, `"${line.text}" outside a mission`);
        let rowCountry: string;
        if (variant === 'C') {
          if (countryText !== '' || !country)
            throw new ReportCheckError(file, p, `unreadable row "${line.text}"`);
          rowCountry = country;
          countryOpen = false;
        } else {
          if (countryText === '') throw new ReportCheckError(file, p, `row without a country "${line.text}"`);
          rowCountry = countryText;
        }
        const what = `${mission.name} ${rowCountry} ${label}`;
        const row = placeNumbers(numbers, columns, 12, file, p, what);
        checker.checkRow(p, what, row);
        addTo(mission.sum, row.male, row.female, row.total);
        addTo(all, row.male, row.female, row.total);
        mission.rows++;
        const cell: ReportCell = {
          country: rowCountry,
          mission: mission.name,
          personnelType: type,
          male: row.male,
          female: row.female,
          total: row.total,
          page: p,
        };
        cells.push(cell);
        lastRowCell = cell;
        previousWasRow = true;
        continue;
      }
      throw new ReportCheckError(file, p, `unreadable line "${line.text}"`);
    }
  }

  const last = pages.length;
  if (mission) throw new ReportCheckError(file, last, `mission ${mission.name} has no total line`);
  if (missionsClosed === 0) throw new ReportCheckError(file, last, 'no missions');
  // 2019-11 (variant A) prints no grand total; the other variants must.
  if (!grandTotal && variant !== 'A') throw new ReportCheckError(file, last, 'no grand total line');
  if (!reportDate) throw new ReportCheckError(file, 1, 'no report date (dd/mm/yyyy) in the title');
  return { reportDate, layout: LAYOUT, cells, grandTotal, checkedTotals: checker.count };
}

/** The record count is a count of rows, not a personnel total: checked, but not as a total. */
function checkRecordCount(file: string, page: number, printed: number, rows: number): void {
  if (printed !== rows) {
    throw new ReportCheckError(
      file,
      page,
      `record count: the report prints ${printed} but ${rows} rows were read`,
    );
  }
}
