// Reader for "Summary of Contributions to Peackeeping by Country and Mission Detail" (sic), the
// one-off layout of 2016_11 ("Police,UN Military Experts on Mission and Troops by End of November, 2016").
//
// Layout (127 pages; every page repeats "Country  Mission  Male  Female  Total"):
//
//   6  Bangladesh                                               <- numbered country, x ≈ 20-30 / 43
//      MINURSO                                                  <- mission, alone on its line, x ≈ 154
//      Experts on Mission        8      0      8               <- all four types, zeros included
//      Contingent Troops        20      4     24
//      Ind Police                0      0      0
//      Formed Police Units       0      0      0
//      Total for Mission        28      4     32               <- checked: male, female, total
//   …
//   Grand Total                          100,851               <- checked: total only (no M/F printed)
//
// This report prints no country subtotals, so the checks are every "Total for Mission" (male,
// female, total) and the grand total. Long country names are truncated by the report
// ("United States of Americ", "Democratic Republic of", "The former Yugoslav Re"): emitted as
// printed. Contingent troops include staff officers in this period. Rows of 0 / 0 / 0 (most rows
// here) are not emitted (see pushCell).
import type { PdfPage } from '../pdfText.ts';
import {
  ReportCheckError,
  toMonthEnd,
  type ParsedReport,
  type PersonnelType,
  type ReportCell,
  type ReportReader,
} from '../../model.ts';
import {
  checkTally,
  columnValue,
  findHeader,
  isMissionAcronym,
  MONTHS,
  pageLines,
  personnelType,
  pushCell,
  readLine,
  rowValues,
  singleSpaces,
  Tally,
} from './columnLines2015.ts';

const LAYOUT = 'numbered-country-mission-2016';

const TYPES: Readonly<Record<string, PersonnelType>> = {
  'Experts on Mission': 'experts_on_mission',
  'Contingent Troops': 'troops',
  'Ind Police': 'individual_police',
  'Formed Police Units': 'formed_police_units',
};

const HEADER = { male: 'Male', female: 'Female', total: 'Total' };
const NUMBER_MAX_X = 40; // the country's running number, x ≈ 20-30
const COUNTRY_MAX_X = 100; // the country name, x ≈ 43
const MISSION_MIN_X = 120; // mission acronym / type label / "Total for Mission", x ≈ 154

export function readEndOfMonth(text: string): string | null {
  const m = /by End of\s+([A-Za-z]+),?\s+(\d{4})/.exec(text);
  if (!m) return null;
  const month = MONTHS[m[1]!.toLowerCase()];
  return month ? toMonthEnd(Number(m[2]), month) : null;
}

export const numberedCountryMission2016Reader: ReportReader = {
  layout: LAYOUT,
  matches(firstPageText) {
    return /Summary of Contributions to Pea\w*keeping by Country and Mission Detail/.test(firstPageText);
  },
  read(pages: PdfPage[], file: string): ParsedReport {
    const cells: ReportCell[] = [];
    let checkedTotals = 0;
    let reportDate: string | null = null;
    let grandTotal: ParsedReport['grandTotal'] = null;

    let country: string | null = null;
    let mission: string | null = null;
    let missionTally = new Tally();
    const grandTally = new Tally();

    const fail = (page: number, message: string): never => {
      throw new ReportCheckError(file, page, message);
    };

    for (const page of pages) {
      const lines = pageLines(page);
      const header = findHeader(lines, HEADER);
      if (!header) fail(page.pageNumber, 'no "Country Mission Male Female Total" header on this page');
      const { index, edges } = header!;
      if (page.pageNumber === 1)
        reportDate = readEndOfMonth(
          lines
            .slice(0, index)
            .map((l) => l.text)
            .join('\n'),
        );

      for (const raw of lines.slice(index + 1)) {
        const line = readLine(raw, edges);
        if (grandTotal !== null) fail(line.page, `text after the grand total: "${line.text}"`);
        const first = line.words[0];

        // "12  Bangladesh": a numbered country header.
        const lead = line.numbers[0];
        if (
          lead &&
          lead.item.x <= NUMBER_MAX_X &&
          line.numbers.length === 1 &&
          line.words.length >= 1 &&
          line.words.every((w) => w.x > lead.item.x && w.x <= COUNTRY_MAX_X)
        ) {
          if (mission !== null)
            fail(line.page, `country starts before "Total for Mission" of ${mission} (${country})`);
          country = singleSpaces(line.words.map((w) => w.str).join(' '));
          continue;
        }

        if (first && line.words.length === 1 && first.x <= COUNTRY_MAX_X && first.str === 'Grand Total') {
          if (mission !== null) fail(line.page, `grand total before "Total for Mission" of ${mission}`);
          const total = columnValue(file, line, 'total');
          if (total === null || line.numbers.length !== 1)
            fail(line.page, `cannot read the grand total "${line.text}"`);
          checkedTotals += checkTally(
            file,
            line.page,
            'Grand Total',
            { male: null, female: null, total },
            grandTally,
          );
          grandTotal = { male: null, female: null, total: total! };
          continue;
        }

        if (!first || line.words.length !== 1 || first.x < MISSION_MIN_X) {
          fail(line.page, `unrecognised line "${line.text}"`);
        }
        const label = singleSpaces(first!.str);

        if (label === 'Total for Mission') {
          if (mission === null) fail(line.page, `"Total for Mission" outside a mission`);
          const printed = {
            male: columnValue(file, line, 'male'),
            female: columnValue(file, line, 'female'),
            total: columnValue(file, line, 'total'),
          };
          if (printed.male === null || printed.female === null || printed.total === null) {
            fail(line.page, `cannot read "${line.text}"`);
          }
          checkedTotals += checkTally(
            file,
            line.page,
            `${country}: Total for Mission ${mission}`,
            printed,
            missionTally,
          );
          grandTally.add(missionTally);
          mission = null;
          continue;
        }

        const type = personnelType(TYPES, label);
        if (type !== undefined) {
          if (country === null || mission === null)
            fail(line.page, `row outside a country and mission: "${line.text}"`);
          const v = rowValues(file, line, `${country} ${mission} ${label}`);
          missionTally.add(v);
          pushCell(cells, {
            country: country!,
            mission: mission!,
            personnelType: type,
            ...v,
            page: line.page,
          });
          continue;
        }

        if (line.numbers.length === 0 && isMissionAcronym(label.toUpperCase())) {
          if (country === null) fail(line.page, `mission ${label} before any country`);
          if (mission !== null)
            fail(line.page, `mission ${label} starts before "Total for Mission" of ${mission}`);
          mission = label.toUpperCase();
          missionTally = new Tally();
          continue;
        }

        fail(line.page, `unrecognised line "${line.text}"`);
      }
    }
    const lastPage = pages[pages.length - 1]?.pageNumber ?? null;
    if (grandTotal === null) throw new ReportCheckError(file, lastPage, 'no "Grand Total" line');
    if (reportDate === null)
      throw new ReportCheckError(file, 1, 'no "by End of <Month>, <year>" line on page 1');
    return { reportDate, layout: LAYOUT, cells, grandTotal, checkedTotals };
  },
};
