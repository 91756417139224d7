// Reader for the 2019-10 report, "Summary of Contribution to UN Peacekeeping by Country and Post":
// a wide table with one line per country and mission and ten gender columns,
//
//   Country  Mission           UNMEM M  UNMEM F  Troops M  Troops F  UNPOL M … FPU M … MSO M  MSO F
//   Argentina                                                  <- name, may wrap over up to 4 lines
//            MINURSO                 3        0         0         0        0 …     0 …     0      0
//            Total by Country        6        0       211        23       18 …     0 …     8      3
//            Grand Total          1068      216     69109      3345     1720 …  6034 …  1767    304
//
// UNMEM = experts on mission, Troops = contingent troops, UNPOL = individual police, FPU = formed
// police units, MSO = staff officers. The grand total's figures sit ~3 pt above its label.
//
// The report prints no date at all (reportDate = null; PROVENANCE: its figures differ from both
// September and November 2019). There is no total column: a cell's total is its male + female, and
// the printed grandTotal is the sum of the ten printed grand-total figures.
//
// A country may have two lines for one mission (its police and its military personnel are listed
// separately, e.g. Bangladesh / MINUSMA). In the one 2019-10 file such lines never both carry the
// same type; should they, the cells are summed so each (country, mission, type) appears once. Types a
// line prints as 0 male and 0 female are not emitted.
import type { ParsedReport, PersonnelType, ReportCell, ReportReader } from '../../model.ts';
import { ReportCheckError } from '../../model.ts';
import { parseCount, type PdfPage, type TextItem } from '../pdfText.ts';
import {
  findHeader,
  linesWithRaisedNumbers,
  missionAcronym,
  placeNumbers,
  rightEdge,
  squash,
  TotalChecker,
  type NumberColumn,
} from './numberColumns2018.ts';

const LAYOUT = 'wide-table-2019-10';

/** Header label pairs (male, female) and the contract type each stands for. */
const GROUPS = [
  ['UNMEM M', 'UNMEM F', 'experts_on_mission'],
  ['Troops M', 'Troops F', 'troops'],
  ['UNPOL M', 'UNPOL F', 'individual_police'],
  ['FPU M', 'FPU F', 'formed_police_units'],
  ['MSO M', 'MSO F', 'staff_officers'],
] as const satisfies readonly (readonly [string, string, PersonnelType])[];

type Key = (typeof GROUPS)[number][0] | (typeof GROUPS)[number][1];
const HEADER = ['Country', 'Mission', ...GROUPS.flatMap(([m, f]) => [m, f])];

export const wideTable2019OctReader: ReportReader = {
  layout: LAYOUT,
  matches(firstPageText: string): boolean {
    const text = squash(firstPageText);
    return (
      text.includes('Summary of Contribution to UN Peacekeeping by Country and Post') &&
      text.includes('UNMEM M UNMEM F Troops M Troops F UNPOL M UNPOL F FPU M FPU F MSO M MSO F')
    );
  },
  read: readWideTable2019Oct,
};

type Row = Record<Key, number>;

function zeroRow(): Row {
  const row = {} as Row;
  for (const [m, f] of GROUPS) {
    row[m] = 0;
    row[f] = 0;
  }
  return row;
}

function addRow(into: Row, row: Row): void {
  for (const key of Object.keys(row) as Key[]) into[key] += row[key];
}

function readWideTable2019Oct(pages: PdfPage[], file: string): ParsedReport {
  const checker = new TotalChecker(file);
  const cells: ReportCell[] = [];
  const cellIndex = new Map<string, ReportCell>();
  const all = zeroRow();
  let grand: Row | null = null;
  // The country being read: its name parts (it may wrap), its rows' sum; null after its total line.
  let country: { parts: string[]; rows: number; sum: Row } | null = null;

  for (const page of pages) {
    const p = page.pageNumber;
    const header = findHeader(page, HEADER);
    if (!header) throw new ReportCheckError(file, p, 'no "Country / Mission / UNMEM M … MSO F" header');
    const headerY = header.get('Country')!.y;
    const missionX = header.get('Mission')!.x;
    const columns: NumberColumn<Key>[] = GROUPS.flatMap(([m, f]) => [
      { key: m, right: rightEdge(header.get(m)!) },
      { key: f, right: rightEdge(header.get(f)!) },
    ]);
    const numbersFrom = header.get('UNMEM M')!.x;
    const isColumnNumber = (i: TextItem) => i.x >= numbersFrom && parseCount(i.str) !== undefined;

    for (const line of linesWithRaisedNumbers(page, isColumnNumber)) {
      if (line.y < headerY - 2) {
        if (p !== 1) throw new ReportCheckError(file, p, `unexpected text above the header: "${line.text}"`);
        continue; // the title (page 1)
      }
      if (Math.abs(line.y - headerY) <= 2) continue; // the header
      const numbers = line.items.filter(isColumnNumber);
      const texts = line.items.filter((i) => !isColumnNumber(i));
      const nameText = squash(
        texts
          .filter((i) => i.x < missionX - 20)
          .map((i) => i.str)
          .join(' '),
      );
      const label = squash(
        texts
          .filter((i) => i.x >= missionX - 20)
          .map((i) => i.str)
          .join(' '),
      );

      if (numbers.length === 0 && nameText !== '' && label === '') {
        // A country name, or the next line of a wrapped one.
        if (country && country.rows > 0) {
          throw new ReportCheckError(
            file,
            p,
            `"${nameText}" starts before "Total by Country" of ${name(country)}`,
          );
        }
        if (grand) throw new ReportCheckError(file, p, `"${nameText}" follows the grand total`);
        if (!country) country = { parts: [], rows: 0, sum: zeroRow() };
        country.parts.push(nameText);
        continue;
      }
      if (nameText !== '') throw new ReportCheckError(file, p, `unreadable line "${line.text}"`);

      if (label === 'Total by Country') {
        if (!country || country.rows === 0)
          throw new ReportCheckError(file, p, '"Total by Country" without rows');
        const printed = placeNumbers(numbers, columns, 12, file, p, `Total by Country of ${name(country)}`);
        for (const key of Object.keys(printed) as Key[]) {
          checker.check(p, `Total by Country of ${name(country)}, ${key}`, printed[key], country.sum[key]);
        }
        country = null;
        continue;
      }
      if (label === 'Grand Total') {
        if (country)
          throw new ReportCheckError(file, p, `grand total before "Total by Country" of ${name(country)}`);
        if (grand) throw new ReportCheckError(file, p, 'a second grand total');
        grand = placeNumbers(numbers, columns, 12, file, p, 'Grand Total');
        for (const key of Object.keys(grand) as Key[]) {
          checker.check(p, `Grand Total ${key}`, grand[key], all[key]);
        }
        continue;
      }
      const mission = missionAcronym(label);
      if (mission && numbers.length > 0) {
        if (!country || country.parts.length === 0) {
          throw new ReportCheckError(file, p, `${mission} line outside a country block`);
        }
        const row = placeNumbers(numbers, columns, 12, file, p, `${name(country)} ${mission}`);
        country.rows++;
        addRow(country.sum, row);
        addRow(all, row);
        for (const [m, f, type] of GROUPS) {
          if (row[m] + row[f] === 0) continue;
          const key = `${name(country)}\u0000${mission}\u0000${type}`;
          const existing = cellIndex.get(key);
          if (existing) {
            existing.male! += row[m];
            existing.female! += row[f];
            existing.total += row[m] + row[f];
          } else {
            const cell: ReportCell = {
              country: name(country),
              mission,
              personnelType: type,
              male: row[m],
              female: row[f],
              total: row[m] + row[f],
              page: p,
            };
            cellIndex.set(key, cell);
            cells.push(cell);
          }
        }
        continue;
      }
      throw new ReportCheckError(file, p, `unreadable line "${line.text}"`);
    }
  }

  const last = pages.length;
  if (country) throw new ReportCheckError(file, last, `${name(country)} has no "Total by Country" line`);
  if (!grand) throw new ReportCheckError(file, last, 'no "Grand Total" line');
  let male = 0;
  let female = 0;
  for (const [m, f] of GROUPS) {
    male += grand[m];
    female += grand[f];
  }
  return {
    reportDate: null,
    layout: LAYOUT,
    cells,
    grandTotal: { male, female, total: male + female },
    checkedTotals: checker.count,
  };
}

function name(country: { parts: string[] }): string {
  return squash(country.parts.join(' '));
}
