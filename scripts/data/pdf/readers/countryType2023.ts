// Reader for "Contribution of Uniformed Personnel to UN by Country and Personnel Type" — the single
// file UN_country_contributions_2023_09.pdf ("As of : 30/09/2023"). It prints one row per country,
// largest first: Experts on Mission | Formed Police Units | Individual Police | Staff Officer | Troops |
// Total | End Date. No mission, no gender (male and female are null). A "Grand Total" row ends the
// report (72,631). A long name wraps onto a second line printed just below its row, with no numbers
// ("United Republic of" / "Tanzania", "Bosnia and" / "Herzegovina", "United States of" / "America",
// "Sao Tome and" / "Principe").
//
// Totals checked (each printed figure counts once in checkedTotals): every country's Total against the
// sum of its five types; the Grand Total row's five type columns and its Total against the sums of all
// rows. Every row's End Date must equal the "As of" date (a ReportCheckError otherwise; not counted).
//
// Every printed figure becomes a cell, zeros included (North Macedonia and Ukraine print all zeros):
// the report lists them as contributors. Consumers that count types or contributors should count cells
// with total > 0.
import {
  ReportCheckError,
  type ParsedReport,
  type PersonnelType,
  type ReportCell,
  type ReportReader,
} from '../../model.ts';
import { parseCount, type PdfPage } from '../pdfText.ts';
import { TotalChecker, describeLine, footerTop, joinName, linesOf, monthEndOfDmy } from './itemLines2021.ts';

export const LAYOUT = 'country-type-2023';

/** The five type columns, in the order the report prints them. */
const TYPE_COLUMNS: readonly PersonnelType[] = [
  'experts_on_mission',
  'formed_police_units',
  'individual_police',
  'staff_officers',
  'troops',
];

export const countryType2023Reader: ReportReader = {
  layout: LAYOUT,

  matches(firstPageText: string): boolean {
    return (
      /Contribution of Uniformed Personnel to UN/.test(firstPageText) &&
      /^by Country and Personnel Type$/m.test(firstPageText) &&
      /^Country Experts on Formed Police Individual Staff Officer Troops Total\b/m.test(firstPageText)
    );
  },

  read(pages: PdfPage[], file: string): ParsedReport {
    const checks = new TotalChecker(file);
    const cells: ReportCell[] = [];
    const columnSums = TYPE_COLUMNS.map(() => 0);
    let sumOfTotals = 0;
    let reportDate: string | null = null;
    let grandTotal: ParsedReport['grandTotal'] = null;

    for (const page of pages) {
      const p = page.pageNumber;
      const asOf = page.items.find((i) => /^As of\s*:/i.test(i.str));
      if (p === 1) {
        reportDate = asOf ? (monthEndOfDmy(asOf.str, file, p) ?? null) : null;
        if (reportDate === null)
          throw new ReportCheckError(file, p, 'no "As of : dd/mm/yyyy" line on the first page');
      }
      // The header spans two lines: "Country | Experts on | Formed Police | Individual | Staff Officer |
      // Troops | Total | End Date" and, below, "Mission | Units | Police".
      const header = page.items.find((i) => i.str === 'Country');
      if (!header) throw new ReportCheckError(file, p, 'no column header ("Country")');
      const firstNumberX = Math.min(
        ...page.items.filter((i) => Math.abs(i.y - header.y) <= 2 && i !== header).map((i) => i.x),
      );
      const headerBottom = Math.max(
        header.y,
        ...page.items
          .filter((i) => i.y > header.y && i.y - header.y < 15 && /^(Mission|Units|Police)$/.test(i.str))
          .map((i) => i.y),
      );
      const bottom = footerTop(page) - 1;
      const lines = linesOf(page.items.filter((i) => i.y > headerBottom + 1 && i.y < bottom));

      let previous: { cells: ReportCell[]; y: number } | null = null;
      for (const line of lines) {
        const names = line.items.filter((i) => i.x < firstNumberX - 5);
        const rest = line.items.filter((i) => i.x >= firstNumberX - 5);
        const name = joinName(names.map((i) => i.str));
        if (rest.length === 0 && names.length > 0 && previous && line.y - previous.y < 15) {
          // The second line of a wrapped country name.
          for (const cell of previous.cells) cell.country = joinName([cell.country, name]);
          previous = null;
          continue;
        }
        if (grandTotal)
          throw new ReportCheckError(file, p, `a line after the Grand Total row: ${describeLine(line)}`);
        const isGrand = /^Grand Total$/i.test(name);
        const dateItem = isGrand ? undefined : rest[rest.length - 1];
        const numberItems = isGrand ? rest : rest.slice(0, -1);
        const counts = numberItems.map((i) => parseCount(i.str));
        if (names.length === 0 || counts.length !== 6 || counts.some((n) => n === undefined)) {
          throw new ReportCheckError(file, p, `cannot read the line ${describeLine(line)}`);
        }
        const values = counts as number[];
        const printedTotal = values[5]!;

        if (isGrand) {
          TYPE_COLUMNS.forEach((type, k) =>
            checks.expect(p, `Grand Total ${type}`, values[k]!, columnSums[k]!),
          );
          checks.expect(p, 'Grand Total', printedTotal, sumOfTotals);
          grandTotal = { male: null, female: null, total: printedTotal };
          continue;
        }

        const rowDate = dateItem ? monthEndOfDmy(dateItem.str, file, p) : undefined;
        if (rowDate !== reportDate) {
          throw new ReportCheckError(
            file,
            p,
            `the End Date of ${name} ("${dateItem?.str ?? ''}") differs from the report date ${reportDate}`,
          );
        }
        checks.expect(
          p,
          `${name}: Total`,
          printedTotal,
          values.slice(0, 5).reduce((s, n) => s + n, 0),
        );
        const rowCells: ReportCell[] = TYPE_COLUMNS.map((type, k) => ({
          country: name,
          mission: null,
          personnelType: type,
          male: null,
          female: null,
          total: values[k]!,
          page: p,
        }));
        TYPE_COLUMNS.forEach((_, k) => (columnSums[k]! += values[k]!));
        sumOfTotals += printedTotal;
        cells.push(...rowCells);
        previous = { cells: rowCells, y: line.y };
      }
    }
    if (!grandTotal) throw new ReportCheckError(file, pages.length, 'no "Grand Total" row');
    return { reportDate, layout: LAYOUT, cells, grandTotal, checkedTotals: checks.count };
  },
};
