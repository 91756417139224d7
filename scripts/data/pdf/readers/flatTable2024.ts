// Reader for the flat table of UN_country_contributions_2024_10.pdf: no title, every page starts with
// the header "Mission | Country | Personnel Type | Male | Female | Total | Report Date" and every row
// repeats its mission and the report date (31/10/2024). Text is centred in its column, so columns are
// found by content, not by x: a row is [mission] [country words…] [type] [male] [female] [total] [date].
// A long name wraps over two lines centred on its row, 4.5 pt above and below it, with the row's other
// cells on the row's own baseline ("United Republic of" / "Tanzania"); such fragments are given to the
// nearest row.
//
// The report prints no mission, country or grand total. Checked (each counts once in checkedTotals):
// every row's Total = Male + Female. Every row's Report Date must be the same (a ReportCheckError
// otherwise; not counted); reportDate is that printed date. grandTotal is null.
//
// Rows printed as 0 / 0 / 0 are kept as cells: they are what the report prints. (Consumers that count
// missions or contributors should count cells with total > 0.)
//
// Note for consumers: this month's table lists special political missions and support offices beside
// the peacekeeping operations (UNAMA, UNAMI, UNOWAS, UNSMIL, UNSOM, UNSOS, UNMHA, and MINUSMA after its
// closure); the reader emits them as printed.
import { ReportCheckError, type ParsedReport, type ReportCell, type ReportReader } from '../../model.ts';
import { parseCount, type PdfPage, type TextItem } from '../pdfText.ts';
import {
  TotalChecker,
  describeLine,
  footerTop,
  joinName,
  linesOf,
  monthEndOfDmy,
  personnelTypeOf,
  type ItemLine,
} from './itemLines2021.ts';

export const LAYOUT = 'flat-table-2024';

const HEADER = /^Mission Country Personnel Type Male Female Total Report Date$/;

interface Row {
  line: ItemLine;
  countryParts: TextItem[];
  typeLabel: string;
  cell: ReportCell;
}

export const flatTable2024Reader: ReportReader = {
  layout: LAYOUT,

  matches(firstPageText: string): boolean {
    return new RegExp(HEADER.source, 'm').test(firstPageText);
  },

  read(pages: PdfPage[], file: string): ParsedReport {
    const checks = new TotalChecker(file);
    const cells: ReportCell[] = [];
    let reportDate: string | null = null;
    let firstDateText = '';

    for (const page of pages) {
      const p = page.pageNumber;
      const lines = linesOf(page.items.filter((i) => i.y < footerTop(page) - 1));
      const headerIndex = lines.findIndex((l) => HEADER.test(l.items.map((i) => i.str).join(' ')));
      if (headerIndex < 0) throw new ReportCheckError(file, p, 'no column header line');
      const header = lines[headerIndex]!;
      const countryX = header.items.find((i) => i.str === 'Country')!.x;
      const typeX = header.items.find((i) => i.str === 'Personnel Type')!.x;

      const rows: Row[] = [];
      const fragments: ItemLine[] = [];
      for (const line of lines.slice(headerIndex + 1)) {
        const items = line.items;
        const n = items.length;
        const dateItem = items[n - 1]!;
        const counts = items.slice(n - 4, n - 1).map((i) => parseCount(i.str));
        const typeIndex = items.findIndex((i) => personnelTypeOf(i.str) !== undefined);
        if (
          n >= 6 &&
          typeIndex === n - 5 &&
          counts.every((c) => c !== undefined) &&
          /\//.test(dateItem.str)
        ) {
          // mission, optional country words, type, male, female, total, date
          const date = monthEndOfDmy(dateItem.str, file, p);
          if (date === undefined)
            throw new ReportCheckError(file, p, `unreadable report date in ${describeLine(line)}`);
          if (reportDate === null) {
            reportDate = date;
            firstDateText = dateItem.str;
          } else if (dateItem.str !== firstDateText) {
            throw new ReportCheckError(
              file,
              p,
              `the row ${describeLine(line)} carries the report date ${dateItem.str}, other rows ${firstDateText}`,
            );
          }
          const mission = items[0]!;
          if (typeIndex < 1 || mission.x >= countryX - 20 || !/^[A-Za-z][A-Za-z0-9-]*$/.test(mission.str)) {
            throw new ReportCheckError(file, p, `no mission acronym at the start of ${describeLine(line)}`);
          }
          const [male, female, total] = counts as [number, number, number];
          const typeLabel = items[typeIndex]!.str;
          rows.push({
            line,
            countryParts: items.slice(1, typeIndex),
            typeLabel,
            cell: {
              country: '',
              mission: mission.str.toUpperCase(),
              personnelType: personnelTypeOf(typeLabel)!,
              male,
              female,
              total,
              page: p,
            },
          });
        } else if (
          items.every((i) => i.x > countryX - 40 && i.x < typeX - 5 && parseCount(i.str) === undefined)
        ) {
          fragments.push(line); // part of a wrapped country name
        } else {
          throw new ReportCheckError(file, p, `cannot read the line ${describeLine(line)}`);
        }
      }

      // Wrapped name fragments go to the nearest row (rows are 17 pt apart, fragments 4.5 pt off).
      const extra = new Map<Row, ItemLine[]>();
      let r = 0;
      for (const fragment of fragments) {
        while (
          r + 1 < rows.length &&
          Math.abs(rows[r + 1]!.line.y - fragment.y) < Math.abs(rows[r]!.line.y - fragment.y)
        )
          r++;
        const row = rows[r];
        if (!row || Math.abs(row.line.y - fragment.y) > 8) {
          throw new ReportCheckError(
            file,
            p,
            `the name fragment ${describeLine(fragment)} is not beside a row`,
          );
        }
        extra.set(row, [...(extra.get(row) ?? []), fragment]);
      }
      for (const row of rows) {
        const parts = [...row.countryParts.map((i) => ({ y: row.line.y, x: i.x, str: i.str }))];
        for (const fragment of extra.get(row) ?? []) {
          for (const i of fragment.items) parts.push({ y: fragment.y, x: i.x, str: i.str });
        }
        parts.sort((a, b) => a.y - b.y || a.x - b.x);
        const country = joinName(parts.map((part) => part.str));
        if (country === '')
          throw new ReportCheckError(file, p, `the row ${describeLine(row.line)} has no country`);
        row.cell.country = country;
        const { mission, male, female, total } = row.cell;
        checks.expect(p, `${mission}, ${country}, ${row.typeLabel}: Male + Female`, total, male! + female!);
        cells.push(row.cell);
      }
    }
    if (cells.length === 0) throw new ReportCheckError(file, null, 'no rows');
    return { reportDate, layout: LAYOUT, cells, grandTotal: null, checkedTotals: checks.count };
  },
};
