// Small helpers shared by the 2018-03 … 2020-12 readers (countryPost2018, flatTable2019Sep,
// wideTable2019Oct, missionCountryPost2019). Nothing here knows a particular layout.
import { groupLines, parseCount, type PdfLine, type PdfPage, type TextItem } from '../pdfText.ts';
import { expectTotal, ReportCheckError, toMonthEnd } from '../../model.ts';

/** Collapses runs of white space to one space and trims. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function rightEdge(item: TextItem): number {
  return item.x + item.width;
}

/** A numeric column, identified by the right edge of its header (the figures are right-aligned). */
export interface NumberColumn<K extends string> {
  key: K;
  right: number;
}

/**
 * Puts each number item into the column whose header ends nearest to the item's right edge. Every
 * column must receive exactly one number, and no number may lie further than `tolerance` points from
 * its column; anything else is a row this reader cannot read.
 */
export function placeNumbers<K extends string>(
  numbers: readonly TextItem[],
  columns: readonly NumberColumn<K>[],
  tolerance: number,
  file: string,
  page: number,
  what: string,
): Record<K, number> {
  const out: Partial<Record<K, number>> = {};
  for (const item of numbers) {
    let best: NumberColumn<K> | undefined;
    let bestDistance = Infinity;
    for (const column of columns) {
      const distance = Math.abs(rightEdge(item) - column.right);
      if (distance < bestDistance) {
        best = column;
        bestDistance = distance;
      }
    }
    const value = parseCount(item.str);
    if (!best || bestDistance > tolerance || value === undefined) {
      throw new ReportCheckError(
        file,
        page,
        `${what}: cannot place the number "${item.str}" at x=${item.x} in a column`,
      );
    }
    if (out[best.key] !== undefined) {
      throw new ReportCheckError(file, page, `${what}: two numbers fall in the ${best.key} column`);
    }
    out[best.key] = value;
  }
  for (const column of columns) {
    if (out[column.key] === undefined) {
      throw new ReportCheckError(file, page, `${what}: no number in the ${column.key} column`);
    }
  }
  return out as Record<K, number>;
}

/** The items of one line of a page that carries all `labels` (a table header), or undefined. */
export function findHeader(page: PdfPage, labels: readonly string[]): Map<string, TextItem> | undefined {
  for (const line of groupLines(page)) {
    const found = new Map<string, TextItem>();
    for (const item of line.items) {
      if (labels.includes(item.str) && !found.has(item.str)) found.set(item.str, item);
    }
    if (found.size === labels.length) return found;
  }
  return undefined;
}

/**
 * groupLines, then joins a line made only of column figures to the label line printed just below it
 * (within `gap` points). Some layouts set a row's figures 2-3 points above its label's baseline.
 */
export function linesWithRaisedNumbers(
  page: PdfPage,
  isColumnNumber: (item: TextItem) => boolean,
  gap = 6,
): PdfLine[] {
  const lines = groupLines(page);
  const out: PdfLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    if (
      next &&
      next.y - line.y <= gap &&
      line.items.every(isColumnNumber) &&
      !next.items.some(isColumnNumber)
    ) {
      const items = [...line.items, ...next.items].sort((a, b) => a.x - b.x);
      out.push({ pageNumber: line.pageNumber, y: next.y, items, text: items.map((t) => t.str).join(' ') });
      i++;
    } else {
      out.push(line);
    }
  }
  return out;
}

/** Reads a printed "dd/mm/yyyy" date as the month-end YYYY-MM-DD, or undefined. */
export function parseDayMonthYear(text: string): string | undefined {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!m) return undefined;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  return toMonthEnd(Number(m[3]), month);
}

/** All "dd/mm/yyyy" dates inside a piece of text. */
export function datesIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\b\d{1,2}\/\d{1,2}\/\d{4}\b/g)) {
    const date = parseDayMonthYear(m[0]);
    if (date) out.push(date);
  }
  return out;
}

export interface Tally {
  male: number;
  female: number;
  total: number;
}

export function emptyTally(): Tally {
  return { male: 0, female: 0, total: 0 };
}

export function addTo(tally: Tally, male: number, female: number, total: number): void {
  tally.male += male;
  tally.female += female;
  tally.total += total;
}

/** expectTotal that also counts how many printed totals were compared. */
export class TotalChecker {
  count = 0;
  constructor(readonly file: string) {}

  check(page: number, what: string, printed: number, actual: number): void {
    expectTotal(this.file, page, what, printed, actual);
    this.count++;
  }

  /** Checks a printed male / female / total triple against summed rows. */
  checkTally(page: number, what: string, printed: Tally, actual: Tally): void {
    this.check(page, `${what} male`, printed.male, actual.male);
    this.check(page, `${what} female`, printed.female, actual.female);
    this.check(page, `${what} total`, printed.total, actual.total);
  }

  /** Checks that a printed row total equals its printed male + female. */
  checkRow(page: number, what: string, row: Tally): void {
    this.check(page, `${what} (male + female)`, row.total, row.male + row.female);
  }
}

/** Mission acronyms as printed, upper case; undefined for anything that is not one. */
export function missionAcronym(text: string): string | undefined {
  const upper = text.trim().toUpperCase();
  return /^[A-Z][A-Z0-9-]{2,}$/.test(upper) ? upper : undefined;
}
