// Reader for "Summary of Contributions to UN Peacekeeping by Country, Mission and Post."
// (files 2017_05 … 2018_02; "Police,UN Military Experts on Mission , Staff Officers and Troops dd/mm/yyyy").
//
// Layout (every page repeats "Country  Mission  POST  MALE  FEMALE  TOTAL"):
//
//   6  Bangladesh                                               <- numbered country, x ≈ 23-33 / 49
//      MINURSO                                                  <- mission alone on its line, x ≈ 183
//               Contingent Troops    16    4    20             <- post rows, x ≈ 287
//               Experts on Mission    8    0     8
//                               MINURSO         28             <- mission subtotal, total only (x ≈ 485)
//      …
//                Bangladesh   6,601  …  6,832                  <- country subtotal, male/female/total (x ≈ 340)
//   Grand Total            92,520   4097   96,617              <- male/female/total
//
// Variants and quirks:
// * 2017-05 prints no mission subtotals and labels the country subtotal "Total for Country" (x ≈ 49);
//   later months print mission subtotals and the (often truncated: "Bosnia and Herzeg") country
//   name. A report that prints mission subtotals must print one for every mission.
// * 2017-10: Côte d'Ivoire's country subtotal is printed without its name (numbers only); a line of
//   male/female/total with no label after a country's rows is read as that country's subtotal.
// * 2017-05 has a contributor "Bermuda" (3 staff officers in UNDOF): emitted as printed.
// * Rows of 0 / 0 / 0 are not emitted (see pushCell).
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
  pageLines,
  personnelType,
  pushCell,
  readLine,
  rowValues,
  singleSpaces,
  Tally,
  type ReadLine,
} from './columnLines2015.ts';

const LAYOUT = 'country-mission-post-2017';

const TYPES: Readonly<Record<string, PersonnelType>> = {
  'Contingent Troops': 'troops',
  'Staff Officer': 'staff_officers',
  'Experts on Mission': 'experts_on_mission',
  FPU: 'formed_police_units',
  'Individual Police': 'individual_police',
};

const HEADER = { male: 'MALE', female: 'FEMALE', total: 'TOTAL' };
const NUMBER_MAX_X = 40; // the country's running number, x ≈ 23-33
const COUNTRY_MAX_X = 120; // country name / "Total for Country" / "Grand Total", x ≈ 49
const MISSION_MAX_X = 240; // mission acronym, x ≈ 183
const TYPE_MAX_X = 330; // post label, x ≈ 287
const COUNTRY_SUBTOTAL_MAX_X = 420; // country-name subtotal label, x ≈ 340; mission subtotal label x ≈ 485

export function readSlashDate(text: string): string | null {
  const m = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(text);
  if (!m) return null;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  return toMonthEnd(Number(m[3]), month);
}

export const countryMissionPost2017Reader: ReportReader = {
  layout: LAYOUT,
  matches(firstPageText) {
    return /Summary of Contributions to UN Peacekeeping by Country, Mission and Post\b/.test(firstPageText);
  },
  read(pages: PdfPage[], file: string): ParsedReport {
    const cells: ReportCell[] = [];
    let checkedTotals = 0;
    let reportDate: string | null = null;
    let grandTotal: ParsedReport['grandTotal'] = null;

    let country: string | null = null;
    let countryTally = new Tally();
    let mission: string | null = null;
    let missionTally = new Tally();
    const grandTally = new Tally();
    /** missionSubtotals is null until the first mission closes: does this report print them? */
    const mode: { missionSubtotals: boolean | null } = { missionSubtotals: null };

    const fail = (page: number, message: string): never => {
      throw new ReportCheckError(file, page, message);
    };
    /** Closes the open mission when the next mission or the country subtotal starts. */
    const endMissionImplicitly = (page: number, what: string) => {
      if (mission === null) return;
      if (mode.missionSubtotals === true)
        fail(page, `${what} before the subtotal of ${mission} (${country})`);
      mode.missionSubtotals = false;
      countryTally.add(missionTally);
      mission = null;
    };
    const readTriple = (line: ReadLine) => {
      const printed = {
        male: columnValue(file, line, 'male'),
        female: columnValue(file, line, 'female'),
        total: columnValue(file, line, 'total'),
      };
      if (
        printed.male === null ||
        printed.female === null ||
        printed.total === null ||
        line.numbers.length !== 3
      ) {
        fail(line.page, `expected male, female and total in "${line.text}"`);
      }
      return printed;
    };
    const countrySubtotal = (line: ReadLine) => {
      if (country === null) fail(line.page, `country subtotal outside a country: "${line.text}"`);
      endMissionImplicitly(line.page, `subtotal of ${country}`);
      checkedTotals += checkTally(file, line.page, `subtotal ${country}`, readTriple(line), countryTally);
      grandTally.add(countryTally);
      country = null;
    };

    for (const page of pages) {
      const lines = pageLines(page);
      const header = findHeader(lines, HEADER);
      if (!header) fail(page.pageNumber, 'no "Country Mission POST MALE FEMALE TOTAL" header on this page');
      const { index, edges } = header!;
      if (page.pageNumber === 1)
        reportDate = readSlashDate(
          lines
            .slice(0, index)
            .map((l) => l.text)
            .join('\n'),
        );

      for (const raw of lines.slice(index + 1)) {
        const line = readLine(raw, edges);
        if (grandTotal !== null) fail(line.page, `text after the grand total: "${line.text}"`);
        const words = line.words;
        const first = words[0];

        // "12  Bangladesh": a numbered country header.
        const lead = line.numbers[0];
        if (
          lead &&
          lead.item.x <= NUMBER_MAX_X &&
          line.numbers.length === 1 &&
          words.length >= 1 &&
          words.every((w) => w.x > lead.item.x && w.x <= COUNTRY_MAX_X)
        ) {
          if (country !== null) fail(line.page, `country starts before the subtotal of ${country}`);
          country = singleSpaces(words.map((w) => w.str).join(' '));
          countryTally = new Tally();
          continue;
        }

        if (words.length === 0) {
          // 2017-10: a country subtotal printed without the country's name.
          if (line.numbers.length === 3 && country !== null) {
            countrySubtotal(line);
            continue;
          }
          fail(line.page, `unrecognised line "${line.text}"`);
        }

        if (words.length !== 1) fail(line.page, `unrecognised line "${line.text}"`);
        const label = singleSpaces(first!.str);

        if (first!.x <= COUNTRY_MAX_X) {
          if (label === 'Total for Country') {
            countrySubtotal(line);
            continue;
          }
          if (label === 'Grand Total') {
            if (country !== null) fail(line.page, `grand total before the subtotal of ${country}`);
            const printed = readTriple(line);
            checkedTotals += checkTally(file, line.page, 'Grand Total', printed, grandTally);
            grandTotal = { male: printed.male, female: printed.female, total: printed.total! };
            continue;
          }
          fail(line.page, `unrecognised line "${line.text}"`);
        }

        if (first!.x <= MISSION_MAX_X) {
          if (line.numbers.length !== 0 || !isMissionAcronym(label.toUpperCase())) {
            fail(line.page, `unrecognised line "${line.text}"`);
          }
          if (country === null) fail(line.page, `mission ${label} outside a country`);
          endMissionImplicitly(line.page, `mission ${label} starts`);
          mission = label.toUpperCase();
          missionTally = new Tally();
          continue;
        }

        if (first!.x <= TYPE_MAX_X) {
          const type = personnelType(TYPES, label);
          if (type === undefined) fail(line.page, `unknown post "${label}" in "${line.text}"`);
          if (country === null || mission === null)
            fail(line.page, `row outside a country and mission: "${line.text}"`);
          const v = rowValues(file, line, `${country} ${mission} ${label}`);
          missionTally.add(v);
          pushCell(cells, {
            country: country!,
            mission: mission!,
            personnelType: type!,
            ...v,
            page: line.page,
          });
          continue;
        }

        if (first!.x <= COUNTRY_SUBTOTAL_MAX_X) {
          // Country subtotal labelled with the (possibly truncated) country name.
          if (country === null || !country.startsWith(label)) {
            fail(line.page, `subtotal "${label}" does not name the current country ${country ?? '(none)'}`);
          }
          countrySubtotal(line);
          continue;
        }

        // Mission subtotal: acronym (truncated to 8 letters from 2017-10: "MINUJUST") + total.
        if (mission === null || label.length < 4 || !mission.startsWith(label.toUpperCase())) {
          fail(
            line.page,
            `subtotal "${label}" does not name the current mission ${mission ?? '(none)'} (${country})`,
          );
        }
        if (mode.missionSubtotals === false)
          fail(line.page, `mission subtotal in a report that omitted earlier ones`);
        const total = columnValue(file, line, 'total');
        if (total === null || line.numbers.length !== 1)
          fail(line.page, `cannot read the mission subtotal "${line.text}"`);
        mode.missionSubtotals = true;
        checkedTotals += checkTally(
          file,
          line.page,
          `${country}: subtotal ${mission}`,
          { male: null, female: null, total },
          missionTally,
        );
        countryTally.add(missionTally);
        mission = null;
      }
    }
    const lastPage = pages[pages.length - 1]?.pageNumber ?? null;
    if (country !== null)
      throw new ReportCheckError(file, lastPage, `the report ends inside ${country} without its subtotal`);
    if (grandTotal === null) throw new ReportCheckError(file, lastPage, 'no "Grand Total" line');
    if (reportDate === null) throw new ReportCheckError(file, 1, 'no dd/mm/yyyy report date on page 1');
    return { reportDate, layout: LAYOUT, cells, grandTotal, checkedTotals };
  },
};
