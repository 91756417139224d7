// Reader for "Contribution of Uniformed Personnel to UN by Mission, Country, and Personnel Type",
// the UN layout of 2021_02 … 2025_07 (except 2023_09 and 2024_10). UN_country_contributions_2020_06.pdf
// is this layout too: it is a copy of the June 2022 report ("As of: 30/06/2022"), see PROVENANCE.md.
//
// Page anatomy (PDF points, y grows downwards):
//   title lines, "As of: 31/03/2023", then the column header "Mission | Country | Personnel Type | Male |
//   Female | Total" (2022_09 prints the header on page 1 only and uses a denser row pitch, 13.8 instead
//   of 21.6: column positions are therefore taken from the last header seen, never hard-coded);
//   a mission acronym alone in the Mission column opens a mission; data rows carry a personnel type and
//   male / female / total; "Total MINURSO m f t" closes the mission; "Grand Total m f t" ends the report;
//   footer "Report Generated On: …  Page 3 of 34".
//
// The country label is printed once per country block, centred vertically on the block's rows: on the
// row itself for a one-row block, between the middle rows for an even count. A block cut by a page
// break is labelled again on each page, centred on the rows of that page — except in 2022_09, which
// centres the label on the whole block as if the rows ran on across the break and prints it only where
// that centre falls inside the page's table (on the first page, the second, or both; see Carry). A
// long name wraps over two lines ("Democratic Republic of the" / "Congo", 9 pt apart, in 2022_10 and
// 2025_07) centred the same way; lines of the Country column closer than half a row pitch are joined.
//
// Assigning rows to labels: "nearest label" is not reliable — a 4-row block followed by a 1-row block
// leaves the 4th row 1.5 pitches from its own label but 1 pitch from the next one. Instead each label
// takes the run of consecutive rows, starting at the first unassigned row, whose first and last rows are
// centred on it (|(first.y + last.y) / 2 − label.y| ≤ 3 pt). That is linear and exact, and it is
// checked: a label that centres no run, rows left without a label, a block that would straddle a
// mission header or total or reach past the next label, or a block whose types are not in the report's
// strict alphabetical order (Experts on Mission < Formed Police Units < Individual Police < Staff
// Officer < Troops) all stop the reader with a ReportCheckError. (Centring alone is not enough: with a
// label missing, the next label can be the centre of a longer run that swallows its neighbours.)
//
// Totals checked (each printed figure counts once in checkedTotals): every row's Total = Male + Female;
// every "Total MISSION" male / female / total against the mission's rows; "Grand Total" male / female /
// total against all rows.
//
// Rows printed as 0 / 0 / 0 are kept as cells: they are what the report prints. (Consumers that count
// missions or contributors should count cells with total > 0.)
import {
  ReportCheckError,
  type ParsedReport,
  type PersonnelType,
  type ReportCell,
  type ReportReader,
} from '../../model.ts';
import { parseCount, type PdfPage, type TextItem } from '../pdfText.ts';
import {
  TotalChecker,
  addTo,
  describeLine,
  footerTop,
  joinName,
  lineText,
  linesOf,
  monthEndOfDmy,
  personnelTypeOf,
  sumCells,
  zeroTriple,
  type ItemLine,
  type Triple,
} from './itemLines2021.ts';

export const LAYOUT = 'mission-country-type-2021';

/** The order in which the report lists a country's types; used to verify label assignment. */
const TYPE_ORDER: readonly PersonnelType[] = [
  'experts_on_mission',
  'formed_police_units',
  'individual_police',
  'staff_officers',
  'troops',
];

/** How far a label may sit from the centre of its rows (2022_09 is off by up to 0.5 pt). */
const CENTRE_TOLERANCE = 3;

interface Columns {
  /** left edge of the Country header */
  country: number;
  /** left edge of the Personnel Type header */
  type: number;
  /** left edge of the Male header */
  male: number;
}

interface DataRow {
  y: number;
  /** index of the run of rows (between mission headers / totals) the row belongs to on its page */
  segment: number;
  type: PersonnelType;
  typeLabel: string;
  counts: Triple;
  country?: string;
}

interface Label {
  y: number;
  name: string;
}

type PageEvent =
  | { kind: 'mission'; name: string }
  | { kind: 'row'; row: DataRow }
  | { kind: 'total'; name: string; label: string; printed: Triple }
  | { kind: 'grand'; printed: Triple };

export const missionCountryType2021Reader: ReportReader = {
  layout: LAYOUT,

  matches(firstPageText: string): boolean {
    return (
      /Contribution of Uniformed Personnel to UN/.test(firstPageText) &&
      /by Mission, Country, and Personnel Type/.test(firstPageText) &&
      // anchored: the 2024_10 flat table's header is this line followed by "Report Date"
      /^Mission Country Personnel Type Male Female Total$/m.test(firstPageText)
    );
  },

  read(pages: PdfPage[], file: string): ParsedReport {
    const checks = new TotalChecker(file);
    const cells: ReportCell[] = [];
    let reportDate: string | null = null;
    let columns: Columns | null = null;
    let mission: string | null = null;
    let missionPage = 0;
    let missionSum = zeroTriple();
    let grandTotal: Triple | null = null;
    let carry: Carry | null = null;
    const cellRows: DataRow[] = [];

    for (const page of pages) {
      const p = page.pageNumber;

      // The report date is read from page 1 ("As of: 31/03/2023"); later pages repeat it.
      const asOf = page.items.find((i) => /^As of\s*:/i.test(i.str));
      if (p === 1) {
        reportDate = asOf ? (monthEndOfDmy(asOf.str, file, p) ?? null) : null;
        if (reportDate === null) {
          throw new ReportCheckError(file, p, 'no "As of: dd/mm/yyyy" line on the first page');
        }
      }
      // 2022_09 prints the column header on page 1 only: later pages use the last header seen.
      const header = findHeader(page);
      const cols: Columns | null = header?.columns ?? columns;
      if (!cols) {
        throw new ReportCheckError(file, p, 'no column header (Mission, Country, Personnel Type, Male)');
      }
      columns = cols;
      const top = header ? header.y : asOf?.y;
      if (top === undefined) {
        throw new ReportCheckError(
          file,
          p,
          'neither a column header nor an "As of" line marks where the rows start',
        );
      }
      const bottom = footerTop(page) - 1;
      const content = page.items.filter((i) => i.y > top + 1 && i.y < bottom);
      if (grandTotal && content.length > 0) {
        throw new ReportCheckError(file, p, `text after the Grand Total line: "${content[0]!.str}"`);
      }

      const events = readPage(content, cols, file, p);
      const rows = events.flatMap((e) => (e.kind === 'row' ? [e.row] : []));
      const countryItems = content.filter((i) => inCountryColumn(i, cols));
      const pitch = rowPitch(rows);
      const openEnd = events.length > 0 && events[events.length - 1]!.kind === 'row';
      carry = assignCountries(rows, labelsOf(countryItems, pitch), carry, openEnd, pitch, file, p);

      for (const event of events) {
        if (event.kind === 'mission') {
          if (mission !== null) {
            throw new ReportCheckError(
              file,
              p,
              `mission ${event.name} starts before "Total ${mission}" was printed`,
            );
          }
          mission = event.name;
          missionPage = p;
          missionSum = zeroTriple();
        } else if (event.kind === 'row') {
          const { row } = event;
          if (mission === null) {
            throw new ReportCheckError(
              file,
              p,
              `the "${row.typeLabel}" row at y ${row.y.toFixed(1)} is outside any mission`,
            );
          }
          checks.expect(
            p,
            `${mission}, ${row.country ?? '(country labelled on the next page)'}, ${row.typeLabel}: Male + Female`,
            row.counts.total,
            row.counts.male + row.counts.female,
          );
          addTo(missionSum, row.counts);
          cellRows.push(row);
          cells.push({
            country: '', // set once every label is placed (a 2022_09 label may be on the next page)
            mission,
            personnelType: row.type,
            male: row.counts.male,
            female: row.counts.female,
            total: row.counts.total,
            page: p,
          });
        } else if (event.kind === 'total') {
          if (event.name !== mission) {
            throw new ReportCheckError(
              file,
              p,
              `"${event.label}" closes a mission that is not open (open mission: ${mission ?? 'none'})`,
            );
          }
          checks.expectTriple(p, `Total ${mission}`, event.printed, missionSum);
          mission = null;
        } else {
          if (mission !== null) {
            throw new ReportCheckError(file, p, `Grand Total before the "Total ${mission}" line`);
          }
          checks.expectTriple(p, 'Grand Total', event.printed, sumCells(cells));
          grandTotal = event.printed;
        }
      }
    }

    if (mission !== null) {
      throw new ReportCheckError(
        file,
        missionPage,
        `mission ${mission} is never closed by a "Total ${mission}" line`,
      );
    }
    if (carry)
      throw new ReportCheckError(
        file,
        pages.length,
        `the rows of "${carry.name}" continue past the last page`,
      );
    if (!grandTotal) throw new ReportCheckError(file, pages.length, 'no "Grand Total" line');
    cells.forEach((cell, k) => {
      cell.country = cellRows[k]!.country!;
    });
    return { reportDate, layout: LAYOUT, cells, grandTotal, checkedTotals: checks.count };
  },
};

function inCountryColumn(item: TextItem, columns: Columns): boolean {
  return item.x >= columns.country - 10 && item.x < columns.type - 5;
}

/**
 * The page's mission headers, data rows, mission totals and grand total, top to bottom. Country labels
 * are left out here (they are placed by assignCountries). Any other line stops the reader.
 */
function readPage(content: TextItem[], columns: Columns, file: string, p: number): PageEvent[] {
  const events: PageEvent[] = [];
  let segment = 0;
  for (const line of linesOf(content.filter((i) => !inCountryColumn(i, columns)))) {
    const texts = line.items.filter((i) => i.x < columns.male - 30);
    const numbers = line.items.filter((i) => i.x >= columns.male - 30);
    const counts = numbers.map((i) => parseCount(i.str));
    if (counts.some((n) => n === undefined)) {
      throw new ReportCheckError(
        file,
        p,
        `a non-number in the Male/Female/Total columns: ${describeLine(line)}`,
      );
    }
    const label = joinName(texts.map((i) => i.str));
    const inMissionColumn = texts.length > 0 && texts[0]!.x < columns.country - 10;
    const printed = counts.length === 3 ? { male: counts[0]!, female: counts[1]!, total: counts[2]! } : null;

    if (inMissionColumn && printed && /^Grand Total$/i.test(label)) {
      events.push({ kind: 'grand', printed });
      segment++;
    } else if (inMissionColumn && printed && /^Total \S+$/i.test(label)) {
      events.push({ kind: 'total', name: label.slice('Total '.length).toUpperCase(), label, printed });
      segment++;
    } else if (inMissionColumn && counts.length === 0 && /^[A-Za-z][A-Za-z0-9-]*$/.test(label)) {
      events.push({ kind: 'mission', name: label.toUpperCase() });
      segment++;
    } else if (!inMissionColumn && printed && texts.length > 0) {
      const type = personnelTypeOf(label);
      if (!type)
        throw new ReportCheckError(file, p, `unknown personnel type "${label}" in ${describeLine(line)}`);
      events.push({ kind: 'row', row: { y: line.y, segment, type, typeLabel: label, counts: printed } });
    } else {
      throw new ReportCheckError(file, p, `cannot read the line ${describeLine(line)}`);
    }
  }
  return events;
}

function findHeader(page: PdfPage): { y: number; columns: Columns } | undefined {
  const country = page.items.find((i) => i.str === 'Country');
  if (!country) return undefined;
  const onLine = page.items.filter((i) => Math.abs(i.y - country.y) <= 2);
  const type = onLine.find((i) => i.str === 'Personnel Type');
  const male = onLine.find((i) => i.str === 'Male');
  if (!type || !male || !onLine.some((i) => i.str === 'Mission')) return undefined;
  return { y: country.y, columns: { country: country.x, type: type.x, male: male.x } };
}

/**
 * Country labels of a page: the Country-column items, grouped into lines, and lines closer than half a
 * row pitch merged into one wrapped label whose centre is the mean of its lines.
 */
function labelsOf(items: TextItem[], pitch: number): Label[] {
  const labels: { lines: ItemLine[] }[] = [];
  for (const line of linesOf(items)) {
    const last = labels[labels.length - 1];
    const lastLine = last?.lines[last.lines.length - 1];
    if (last && lastLine && line.y - lastLine.y < pitch / 2) last.lines.push(line);
    else labels.push({ lines: [line] });
  }
  return labels.map((l) => ({
    y: l.lines.reduce((s, line) => s + line.y, 0) / l.lines.length,
    name: joinName(l.lines.map(lineText)),
  }));
}

/** The smallest distance between consecutive rows of the page (the layout's row pitch). */
function rowPitch(rows: DataRow[]): number {
  let pitch = Infinity;
  for (let k = 1; k < rows.length; k++) {
    const dy = rows[k]!.y - rows[k - 1]!.y;
    if (dy > 2 && dy < pitch) pitch = dy;
  }
  return Number.isFinite(pitch) ? pitch : 21.6;
}

/**
 * A country block cut by a page break. The standard files repeat the label on each page, centred on
 * that page's rows, so no block stays open. 2022_09 instead centres the label on the whole block, as if
 * the rows ran on across the break, and prints it only on the page(s) where that centre falls inside
 * the table: on the first page, on the second, or on both.
 */
interface Carry {
  /** null when the label is not printed on the first page (it will be found on the next page) */
  name: string | null;
  /** rows of the block already on the previous page */
  before: number;
  /** rows still to come at the top of the next page, when the label told (name !== null) */
  expected: number;
  /** the block's rows on the previous page, which get the name once the next page gives it */
  pending: DataRow[];
}

/**
 * Gives every row the country whose label is centred on its block; see the file comment. `carry` is
 * the block the previous page left open; the returned carry is the block this page leaves open.
 * `openEnd` says the page's last line is a data row (no mission total below it), so its last block may
 * continue on the next page.
 */
function assignCountries(
  rows: DataRow[],
  labels: Label[],
  carry: Carry | null,
  openEnd: boolean,
  pitch: number,
  file: string,
  page: number,
): Carry | null {
  const fail = (message: string): never => {
    throw new ReportCheckError(file, page, message);
  };
  const centredOn = (label: Label, firstY: number, lastY: number): boolean =>
    Math.abs((firstY + lastY) / 2 - label.y) <= CENTRE_TOLERANCE;
  const give = (from: number, to: number, name: string, previous: DataRow | undefined): void => {
    for (let k = from; k <= to; k++) {
      const row = rows[k]!;
      const before = k > from ? rows[k - 1] : previous;
      if (before) checkOrder(before, row, name, file, page);
      row.country = name;
    }
  };

  let next = 0;
  let firstLabel = 0;
  if (carry) {
    const previous = carry.pending[carry.pending.length - 1];
    const virtualFirstY = (rows[0]?.y ?? 0) - carry.before * pitch;
    if (carry.name !== null) {
      const end = carry.expected - 1;
      const lastRow = rows[end];
      if (!lastRow || lastRow.segment !== 0) {
        fail(
          `"${carry.name}" continued from page ${page - 1} should have ${carry.expected} more row(s) at the top of this page`,
        );
      }
      give(0, end, carry.name, previous);
      next = end + 1;
      // The same label printed again, centred on the rows of both pages.
      const again = labels[0];
      if (again && again.name === carry.name && centredOn(again, virtualFirstY, lastRow!.y)) firstLabel = 1;
    } else {
      const label = labels[0] ?? fail(`the rows continued from page ${page - 1} have no country label`);
      let last = 0;
      while (rows[last] && (virtualFirstY + rows[last]!.y) / 2 < label.y - CENTRE_TOLERANCE) last++;
      const lastRow = rows[last];
      if (!lastRow || lastRow.segment !== 0 || !centredOn(label, virtualFirstY, lastRow.y)) {
        fail(
          `the country label "${label.name}" (y ${label.y.toFixed(1)}) is not centred on the rows continued from page ${page - 1}`,
        );
      }
      for (const row of carry.pending) row.country = label.name;
      give(0, last, label.name, previous);
      next = last + 1;
      firstLabel = 1;
    }
  }

  let open: Carry | null = null;
  for (let index = firstLabel; index < labels.length; index++) {
    const label = labels[index]!;
    const first = rows[next];
    if (!first || first.y > label.y + CENTRE_TOLERANCE) {
      fail(`the country label "${label.name}" (y ${label.y.toFixed(1)}) has no rows`);
    }
    let last = next;
    while ((first!.y + rows[last]!.y) / 2 < label.y - CENTRE_TOLERANCE) {
      const following = rows[last + 1];
      if (!following || following.segment !== first!.segment) break;
      last++;
    }
    if (!centredOn(label, first!.y, rows[last]!.y)) {
      // The page's last block may be centred on rows printed on the next page too (2022_09).
      const missing = Math.round((2 * label.y - first!.y - rows[last]!.y) / pitch);
      const continues =
        index === labels.length - 1 &&
        openEnd &&
        last === rows.length - 1 &&
        missing > 0 &&
        centredOn(label, first!.y, rows[last]!.y + missing * pitch);
      if (!continues) {
        fail(
          `no run of rows from y ${first!.y.toFixed(1)} is centred on the country label "${label.name}" (y ${label.y.toFixed(1)})`,
        );
      }
      open = {
        name: label.name,
        before: last - next + 1,
        expected: missing,
        pending: rows.slice(next, last + 1),
      };
    }
    // Blocks do not overlap, so the next label lies below this block's last row.
    const following = labels[index + 1];
    if (following && following.y <= rows[last]!.y + CENTRE_TOLERANCE) {
      fail(
        `the rows centred on "${label.name}" (y ${label.y.toFixed(1)}) reach past the label "${following.name}" (y ${following.y.toFixed(1)})`,
      );
    }
    give(next, last, label.name, undefined);
    next = last + 1;
  }
  if (next < rows.length) {
    // Rows at the foot of the page whose label is printed only on the next page (2022_09).
    const rest = rows.slice(next);
    if (!openEnd || rest.some((row) => row.segment !== rest[0]!.segment)) {
      fail(`the "${rest[0]!.typeLabel}" row at y ${rest[0]!.y.toFixed(1)} has no country label`);
    }
    for (let k = 1; k < rest.length; k++)
      checkOrder(rest[k - 1]!, rest[k]!, "the next page's label", file, page);
    open = { name: null, before: rest.length, expected: 0, pending: rest };
  }
  return open;
}

/** A country's rows are printed in strict type order; anything else means a label was misplaced. */
function checkOrder(previous: DataRow, row: DataRow, country: string, file: string, page: number): void {
  if (TYPE_ORDER.indexOf(row.type) <= TYPE_ORDER.indexOf(previous.type)) {
    throw new ReportCheckError(
      file,
      page,
      `the rows given to "${country}" are not in the report's type order ("${row.typeLabel}" at y ${row.y.toFixed(1)} follows "${previous.typeLabel}"); cannot assign countries safely`,
    );
  }
}
