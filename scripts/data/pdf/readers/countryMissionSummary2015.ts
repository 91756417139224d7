// Reader for "UN Mission's Summary detailed by Country" (files 2015_01 … 2016_10, 2016_12 … 2017_04).
//
// Layout (page 1 starts with the title and "Month of Report : 31-Jan-15"; every page repeats the
// header "Country  UN Mission  Description  M  F  Totals" and ends with "Page n of N"):
//
//   Bangladesh                                                  <- country header, x ≈ 91
//      MINURSO  Experts on Mission     8    0     8             <- row: mission (first row only), type, M F T
//               Contingent Troop      32    7    39
//                                          MINURSO   47         <- mission subtotal: acronym + total only
//      MINUSCA  ...
//                                       Bangladesh  9,436       <- country subtotal: name + total only
//
// Only totals are printed on subtotal lines (no M/F), and the report prints NO grand total (the
// last page ends with the last country's subtotal), so grandTotal is null and checkedTotals counts
// the mission and country subtotals. Staff officers are counted inside "Contingent Troop" in this
// period, so that label maps to `troops`.
//
// Quirks handled:
// * 2015-02 has partial "ghost" rows (MINURSO, BINUB): a type label with a single 0 or no number,
//   sometimes with the mission code, and a BINUB subtotal line with no number. They are skipped,
//   but only after checking that every number they carry is 0 (anything else throws).
// * 2016-01/04/05 print Morocco's UNOCI contingent as 0 male / ~718 female: emitted as printed.
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
  MONTHS,
  pageLines,
  personnelType,
  pushCell,
  readLine,
  rowValues,
  singleSpaces,
  Tally,
} from './columnLines2015.ts';

const LAYOUT = 'country-mission-summary-2015';

const TYPES: Readonly<Record<string, PersonnelType>> = {
  'Contingent Troop': 'troops',
  'Individual Police': 'individual_police',
  'Formed Police Units': 'formed_police_units',
  'Experts on Mission': 'experts_on_mission',
};

const HEADER = { male: 'M', female: 'F', total: 'Totals' };

/** x limits (PDF points) of the label columns, with wide margins around the printed positions. */
const COUNTRY_MAX_X = 150; // country header at x ≈ 91
const MISSION_MAX_X = 240; // mission acronym at x ≈ 184; type label at x ≈ 259
const SUBTOTAL_MIN_X = 300; // subtotal labels are right-aligned, x ≈ 345 … 466

export function readMonthOfReport(text: string): string | null {
  const m = /Month of Report\s*:\s*(\d{1,2})-([A-Za-z]{3})-(\d{2}|\d{4})\b/.exec(text);
  if (!m) return null;
  const month = MONTHS[m[2]!.toLowerCase()];
  if (!month) return null;
  const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  return toMonthEnd(year, month);
}

export const countryMissionSummary2015Reader: ReportReader = {
  layout: LAYOUT,
  matches(firstPageText) {
    return (
      /UN Mission's Summary/.test(firstPageText) &&
      /detailed by Country/.test(firstPageText) &&
      /Month of Report\s*:/.test(firstPageText)
    );
  },
  read(pages: PdfPage[], file: string): ParsedReport {
    const cells: ReportCell[] = [];
    let checkedTotals = 0;
    let reportDate: string | null = null;

    let country: string | null = null;
    let countryTally = new Tally();
    /** true while the last line read was the country header (a wrapped name continues on the next) */
    let countryHeaderOpen = false;
    let mission: string | null = null;
    let missionTally = new Tally();

    const closeMissionCheck = (page: number, what: string) => {
      if (mission !== null) {
        throw new ReportCheckError(file, page, `${what} before the subtotal of ${mission} (${country})`);
      }
    };

    for (const page of pages) {
      const lines = pageLines(page);
      const header = findHeader(lines, HEADER);
      if (!header)
        throw new ReportCheckError(file, page.pageNumber, 'no "Country … M F Totals" header on this page');
      const edges = header.edges;
      if (page.pageNumber === 1) {
        reportDate = readMonthOfReport(
          lines
            .slice(0, header.index)
            .map((l) => l.text)
            .join('\n'),
        );
      }
      for (const raw of lines.slice(header.index + 1)) {
        if (/^Page \d+ of \d+$/.test(raw.text)) continue; // footer
        const line = readLine(raw, edges);
        const typeWord = line.words.find((w) => personnelType(TYPES, w.str) !== undefined);

        if (typeWord) {
          // A data row (or a 2015-02 ghost row).
          countryHeaderOpen = false;
          const type = personnelType(TYPES, typeWord.str)!;
          const others = line.words.filter((w) => w !== typeWord);
          const missionWord = others.find((w) => w.x < typeWord.x && w.x <= MISSION_MAX_X);
          if (others.length !== (missionWord ? 1 : 0)) {
            throw new ReportCheckError(file, line.page, `unexpected text in row "${line.text}"`);
          }
          if (country === null)
            throw new ReportCheckError(file, line.page, `row before any country: "${line.text}"`);
          if (missionWord) {
            const acronym = missionWord.str.toUpperCase();
            if (!isMissionAcronym(acronym)) {
              throw new ReportCheckError(
                file,
                line.page,
                `"${missionWord.str}" is no mission acronym ("${line.text}")`,
              );
            }
            if (mission !== null && mission !== acronym && missionTally.rows > 0) {
              closeMissionCheck(line.page, `mission ${acronym} starts`);
            }
            if (mission !== acronym) {
              mission = acronym;
              missionTally = new Tally();
            }
          }
          if (mission === null)
            throw new ReportCheckError(file, line.page, `row without a mission: "${line.text}"`);
          if (line.numbers.length < 3) {
            // Ghost row: a type label with a lone 0 or no number at all. It adds nothing.
            const nonZero = line.numbers.find((n) => n.value !== 0);
            if (nonZero) {
              throw new ReportCheckError(
                file,
                line.page,
                `${country} ${mission} ${typeWord.str}: incomplete row prints ${nonZero.value} ("${line.text}")`,
              );
            }
            continue;
          }
          const v = rowValues(file, line, `${country} ${mission} ${typeWord.str}`);
          missionTally.add(v);
          pushCell(cells, { country, mission, personnelType: type, ...v, page: line.page });
          continue;
        }

        if (line.words.length === 1 && line.numbers.length === 0 && line.words[0]!.x <= COUNTRY_MAX_X) {
          // Country header (joined with the previous line if the name wrapped).
          const name = line.words[0]!.str;
          if (countryHeaderOpen && country !== null) {
            country = singleSpaces(`${country} ${name}`);
            continue;
          }
          closeMissionCheck(line.page, `country ${name} starts`);
          if (country !== null) {
            throw new ReportCheckError(
              file,
              line.page,
              `country ${name} starts before the subtotal of ${country}`,
            );
          }
          country = singleSpaces(name);
          countryTally = new Tally();
          countryHeaderOpen = true;
          continue;
        }

        if (line.words.length === 1 && line.words[0]!.x >= SUBTOTAL_MIN_X && line.numbers.length <= 1) {
          countryHeaderOpen = false;
          const label = singleSpaces(line.words[0]!.str);
          const printed = line.numbers.length === 1 ? columnValue(file, line, 'total') : null;
          if (line.numbers.length === 1 && printed === null) {
            throw new ReportCheckError(file, line.page, `subtotal not in the Totals column: "${line.text}"`);
          }
          if (mission !== null && label.toUpperCase() === mission) {
            if (printed === null) {
              // 2015-02 BINUB: a subtotal line with no number, closing a block of ghost rows only.
              if (missionTally.total !== 0 || missionTally.male !== 0 || missionTally.female !== 0) {
                throw new ReportCheckError(
                  file,
                  line.page,
                  `subtotal of ${mission} (${country}) prints no number`,
                );
              }
            } else {
              checkedTotals += checkTally(
                file,
                line.page,
                `${country}: subtotal ${mission}`,
                { male: null, female: null, total: printed },
                missionTally,
              );
            }
            countryTally.add(missionTally);
            mission = null;
            missionTally = new Tally();
            continue;
          }
          if (country !== null && label === country) {
            closeMissionCheck(line.page, `subtotal of ${country}`);
            if (printed === null)
              throw new ReportCheckError(file, line.page, `subtotal of ${country} prints no number`);
            checkedTotals += checkTally(
              file,
              line.page,
              `subtotal ${country}`,
              { male: null, female: null, total: printed },
              countryTally,
            );
            country = null;
            continue;
          }
          throw new ReportCheckError(
            file,
            line.page,
            `subtotal "${label}" matches neither the mission ${mission ?? '(none)'} nor the country ${country ?? '(none)'}`,
          );
        }

        throw new ReportCheckError(file, line.page, `unrecognised line "${line.text}"`);
      }
    }
    const lastPage = pages[pages.length - 1]?.pageNumber ?? null;
    if (mission !== null || country !== null) {
      throw new ReportCheckError(
        file,
        lastPage,
        `the report ends inside ${country ?? ''} ${mission ?? ''} without its subtotal`,
      );
    }
    if (reportDate === null)
      throw new ReportCheckError(file, 1, 'no "Month of Report : dd-Mon-yy" line on page 1');
    if (cells.length === 0) throw new ReportCheckError(file, null, 'no rows read');
    return { reportDate, layout: LAYOUT, cells, grandTotal: null, checkedTotals };
  },
};
