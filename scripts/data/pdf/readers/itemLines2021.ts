// Helpers shared by the readers of the 2021–2025 UN layouts (missionCountryType2021, countryType2023,
// flatTable2024, missionCountryPost2021Jan). Nothing here is used by the 2015–2020 readers.
import {
  ReportCheckError,
  expectTotal,
  toMonthEnd,
  type PersonnelType,
  type ReportCell,
} from '../../model.ts';
import type { PdfPage, TextItem } from '../pdfText.ts';

/** Personnel-type labels these layouts print, mapped to the contract vocabulary. Keys are lower case. */
const TYPE_LABELS: ReadonlyMap<string, PersonnelType> = new Map([
  ['experts on mission', 'experts_on_mission'],
  ['formed police units', 'formed_police_units'],
  ['fpu', 'formed_police_units'],
  ['individual police', 'individual_police'],
  ['staff officer', 'staff_officers'],
  ['troops', 'troops'],
  ['contingent troops', 'troops'],
]);

/** The contract type of a printed label ("Staff Officer", "FPU", "Contingent Troops"), or undefined. */
export function personnelTypeOf(label: string): PersonnelType | undefined {
  return TYPE_LABELS.get(singleSpaced(label).toLowerCase());
}

/** Trims and collapses runs of white space to one space. */
export function singleSpaced(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Joins the pieces of a label printed over several lines (or split into several items). */
export function joinName(parts: readonly string[]): string {
  return singleSpaced(parts.join(' '));
}

const DMY = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/;

/**
 * Month-end YYYY-MM-DD of a printed "dd/mm/yyyy" inside `text`, or undefined when `text` holds none.
 * These reports print stock figures at the end of a month; a printed day that is not the month's last
 * day would mean a different kind of report, so it stops the reader.
 */
export function monthEndOfDmy(text: string, file: string, page: number): string | undefined {
  const m = DMY.exec(text);
  if (!m) return undefined;
  const day = Number(m[1]);
  const month = Number(m[2]);
  const year = Number(m[3]);
  if (month < 1 || month > 12) {
    throw new ReportCheckError(file, page, `"${m[0]}" is not a dd/mm/yyyy date`);
  }
  const monthEnd = toMonthEnd(year, month);
  if (Number(monthEnd.slice(8)) !== day) {
    throw new ReportCheckError(file, page, `the report date ${m[0]} is not the last day of its month`);
  }
  return monthEnd;
}

/** Counts every printed figure compared with expectTotal, for ParsedReport.checkedTotals. */
export class TotalChecker {
  count = 0;
  constructor(readonly file: string) {}

  /** expectTotal, counted. */
  expect(page: number, what: string, printed: number, actual: number): void {
    expectTotal(this.file, page, what, printed, actual);
    this.count++;
  }

  /** Checks a printed male / female / total triple against sums of rows. */
  expectTriple(page: number, what: string, printed: Triple, actual: Triple): void {
    this.expect(page, `${what} male`, printed.male, actual.male);
    this.expect(page, `${what} female`, printed.female, actual.female);
    this.expect(page, `${what} total`, printed.total, actual.total);
  }
}

export interface Triple {
  male: number;
  female: number;
  total: number;
}

export function zeroTriple(): Triple {
  return { male: 0, female: 0, total: 0 };
}

export function addTo(sum: Triple, row: Triple): void {
  sum.male += row.male;
  sum.female += row.female;
  sum.total += row.total;
}

/** Sums the cells of a report (male/female as 0 where null). */
export function sumCells(cells: readonly ReportCell[]): Triple {
  const sum = zeroTriple();
  for (const c of cells) addTo(sum, { male: c.male ?? 0, female: c.female ?? 0, total: c.total });
  return sum;
}

/** A row of items sharing a baseline, as groupLines makes them, but from any subset of a page's items. */
export interface ItemLine {
  y: number;
  items: TextItem[];
}

/** Groups items whose baselines lie within `tolerance` into lines, top to bottom, each left to right. */
export function linesOf(items: readonly TextItem[], tolerance = 2): ItemLine[] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: ItemLine[] = [];
  for (const item of sorted) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(item.y - last.y) <= tolerance) last.items.push(item);
    else lines.push({ y: item.y, items: [item] });
  }
  for (const line of lines) line.items.sort((a, b) => a.x - b.x);
  return lines;
}

export function lineText(line: ItemLine): string {
  return line.items.map((i) => i.str).join(' ');
}

/**
 * The y of the page footer ("Report Generated On: …", "Page 3 of 34"), or Infinity when the page has
 * none. Everything from this baseline down (including a time wrapped onto its own line, "PM") is footer.
 */
export function footerTop(page: PdfPage): number {
  let top = Infinity;
  for (const item of page.items) {
    if (/^Report Generated On\b/i.test(item.str) || /^Page \d+ of \d+$/i.test(item.str)) {
      top = Math.min(top, item.y);
    }
  }
  return top;
}

/** Describes a line for an error message. */
export function describeLine(line: ItemLine): string {
  return `"${lineText(line)}" (y ${line.y.toFixed(1)})`;
}
