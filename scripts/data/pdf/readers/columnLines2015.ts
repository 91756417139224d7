// Helpers shared by the three country-first readers of 2015-01 … 2018-02
// (countryMissionSummary2015, numberedCountryMission2016, countryMissionPost2017).
// Every one of these layouts prints one row per country × mission × personnel type and
// right-aligned M / F / Total columns; the helpers turn a page into lines whose numbers are
// already assigned to a column, and keep the running sums that the printed totals are checked
// against.
import { groupLines, parseCount, type PdfLine, type PdfPage, type TextItem } from '../pdfText.ts';
import { expectTotal, ReportCheckError, type PersonnelType, type ReportCell } from '../../model.ts';

export type Column = 'male' | 'female' | 'total';

export interface ColumnEdges {
  /** right edge (x + width) of each column header; numbers are right-aligned under them */
  male: number;
  female: number;
  total: number;
}

/** A text line with its counts sorted into columns and its words kept apart. */
export interface ReadLine {
  page: number;
  y: number;
  text: string;
  /** non-numeric items, left to right */
  words: TextItem[];
  /** numeric items, left to right, each with the column whose header right edge is nearest */
  numbers: { item: TextItem; value: number; column: Column }[];
}

/**
 * Groups a page into lines. Tolerance 3 pt: these reports print a subtotal's label and its number
 * up to 2 pt apart vertically; rows themselves are ≥ 14 pt apart.
 */
export function pageLines(page: PdfPage): PdfLine[] {
  return groupLines(page, 3);
}

/** Finds the column header on a page: the line holding all three labels, e.g. M / F / Totals. */
export function findHeader(
  lines: PdfLine[],
  labels: { male: string; female: string; total: string },
): { index: number; edges: ColumnEdges } | null {
  for (let i = 0; i < lines.length; i++) {
    const items = lines[i]!.items;
    const m = items.find((it) => it.str === labels.male);
    const f = items.find((it) => it.str === labels.female);
    const t = items.find((it) => it.str === labels.total);
    if (m && f && t) {
      return { index: i, edges: { male: m.x + m.width, female: f.x + f.width, total: t.x + t.width } };
    }
  }
  return null;
}

export function readLine(line: PdfLine, edges: ColumnEdges): ReadLine {
  const words: TextItem[] = [];
  const numbers: ReadLine['numbers'] = [];
  for (const item of line.items) {
    const value = parseCount(item.str);
    if (value === undefined) {
      words.push(item);
      continue;
    }
    const right = item.x + item.width;
    let column: Column = 'male';
    let best = Math.abs(right - edges.male);
    for (const c of ['female', 'total'] as const) {
      const d = Math.abs(right - edges[c]);
      if (d < best) {
        best = d;
        column = c;
      }
    }
    numbers.push({ item, value, column });
  }
  return { page: line.pageNumber, y: line.y, text: line.text, words, numbers };
}

/** The value printed in one column, or null; throws if a column is printed twice on the line. */
export function columnValue(file: string, line: ReadLine, column: Column): number | null {
  const hits = line.numbers.filter((n) => n.column === column);
  if (hits.length > 1) {
    throw new ReportCheckError(file, line.page, `two numbers fall in the ${column} column of "${line.text}"`);
  }
  return hits[0]?.value ?? null;
}

/** Male, female and total of a data row; throws unless all three are printed and male + female = total. */
export function rowValues(
  file: string,
  line: ReadLine,
  what: string,
): { male: number; female: number; total: number } {
  const male = columnValue(file, line, 'male');
  const female = columnValue(file, line, 'female');
  const total = columnValue(file, line, 'total');
  if (male === null || female === null || total === null || line.numbers.length !== 3) {
    throw new ReportCheckError(file, line.page, `${what}: expected male, female and total in "${line.text}"`);
  }
  // The row's own total is printed too; a row that does not add up cannot be trusted. (Not counted
  // in checkedTotals, which counts mission, country and grand totals only.)
  expectTotal(file, line.page, `${what} (row male + female)`, total, male + female);
  return { male, female, total };
}

export function singleSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Running male / female / total sums of the rows under one printed total. */
export class Tally {
  male = 0;
  female = 0;
  total = 0;
  /** rows with at least one person */
  rows = 0;
  add(v: { male: number; female: number; total: number }): void {
    this.male += v.male;
    this.female += v.female;
    this.total += v.total;
    if (v.total > 0) this.rows++;
  }
}

/**
 * Checks the male / female / total printed on a total line against a tally. Returns how many
 * printed figures were checked (null columns are not printed and not counted).
 */
export function checkTally(
  file: string,
  page: number,
  what: string,
  printed: { male: number | null; female: number | null; total: number | null },
  tally: Tally,
): number {
  let checked = 0;
  for (const c of ['male', 'female', 'total'] as const) {
    const p = printed[c];
    if (p === null) continue;
    expectTotal(file, page, `${what} ${c}`, p, tally[c]);
    checked++;
  }
  return checked;
}

/**
 * Collects cells. Rows printed as 0 / 0 / 0 are NOT emitted: they add nothing to any sum and
 * would otherwise make a country look present in a mission it has nobody in (2016-11 prints every
 * personnel type of every mission, mostly zeros). They still take part in the total checks.
 */
export function pushCell(cells: ReportCell[], cell: ReportCell): void {
  if (cell.total === 0 && (cell.male ?? 0) === 0 && (cell.female ?? 0) === 0) return;
  cells.push(cell);
}

/** Maps a personnel-type label to the contract vocabulary, or undefined when it is no type label. */
export function personnelType(
  map: Readonly<Record<string, PersonnelType>>,
  label: string,
): PersonnelType | undefined {
  return Object.prototype.hasOwnProperty.call(map, label) ? map[label] : undefined;
}

export const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
};

/** A mission acronym as printed in these reports (upper-case letters, e.g. MINUSCA, UNVMC). */
export function isMissionAcronym(text: string): boolean {
  return /^[A-Z]{3,12}$/.test(text);
}
