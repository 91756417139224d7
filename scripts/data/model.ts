// Types shared by every reader of the data pipeline. Readers turn one source file into these
// plain records; scripts/data/build.ts joins them, maps countries to ISO3 and writes data/.

// The CSV contract's vocabulary of personnel types is declared once, in the app's schema, so the
// pipeline writes exactly what the app reads. `police` and `experts` appear only where a source does
// not split them (IPI's per-country files: "Police" covers formed units and individual officers).
import { PERSONNEL_TYPES, type PersonnelType } from '../../src/data/schema.ts';
export { PERSONNEL_TYPES, type PersonnelType };

/** One finest cell a report prints: a country's personnel of one type in one mission (or none). */
export interface ReportCell {
  /** The country exactly as printed (after joining wrapped lines); mapped to ISO3 later. */
  country: string;
  /** Mission acronym as printed, upper case; null where the layout has no mission detail. */
  mission: string | null;
  personnelType: PersonnelType;
  /** null where the layout prints no gender split. */
  male: number | null;
  female: number | null;
  total: number;
  /** 1-based page the row was read from, for error messages. */
  page: number;
}

/** What one UN monthly PDF holds, once its own printed totals have been checked. */
export interface ParsedReport {
  /** Month-end date printed inside the PDF, YYYY-MM-DD; null when the report prints none (2019-10). */
  reportDate: string | null;
  /** The layout family's id, e.g. "mission-country-type-2021". */
  layout: string;
  cells: ReportCell[];
  /** Printed grand total, when the layout prints one (for the manifest and tests). */
  grandTotal: { male: number | null; female: number | null; total: number } | null;
  /** How many printed totals (mission, country, grand) were checked against the rows. */
  checkedTotals: number;
}

export interface ReportReader {
  layout: string;
  /** True when the first page's text identifies this layout. Must not match any other family. */
  matches(firstPageText: string): boolean;
  /** Reads every cell and checks every total the layout prints; throws ReportCheckError on a mismatch. */
  read(pages: import('./pdf/pdfText.ts').PdfPage[], file: string): ParsedReport;
}

/** A printed total that the rows do not reproduce, or a row that cannot be read. Stops the pipeline. */
export class ReportCheckError extends Error {
  constructor(
    readonly file: string,
    readonly page: number | null,
    message: string,
  ) {
    super(`${file}${page === null ? '' : `, page ${page}`}: ${message}`);
    this.name = 'ReportCheckError';
  }
}

/** Throws unless `actual` equals the `printed` total. `what` names the total ("Total MINUSCA male"). */
export function expectTotal(
  file: string,
  page: number | null,
  what: string,
  printed: number | null,
  actual: number,
): void {
  if (printed === null) return;
  if (printed !== actual) {
    throw new ReportCheckError(
      file,
      page,
      `${what}: the report prints ${printed} but its rows sum to ${actual} (difference ${actual - printed})`,
    );
  }
}

/** Converts "31/03/2023", "31-Mar-23", "30-Apr-2015" or "November, 2016" to the month-end YYYY-MM-DD. */
export function toMonthEnd(year: number, month: number): string {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}
