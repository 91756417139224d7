// Reader for the 2018-03 … 2019-08 reports, "Summary of Contributions to UN Peacekeeping by Country
// and Post." — numbered countries, one row per post (personnel type), no mission detail.
//
//   1  Algeria                                   <- country index at x≈19-28, name at x≈43
//                                    1    0    1 <- a row's figures sit ~3 pt ABOVE its label
//        Experts on Mission                      <- post label at x≈207
//                                    1    0    1
//   Total for Country                            <- country total, figures ~2 pt above
//   Total            86,723  4,335  91,058        <- grand total (same baseline), last page
//
// The header line "Country Name  POST  MALE  FEMALE  TOTAL" repeats on every page; a country's rows
// may continue on the next page. The report date is printed beside the subtitle on page 1.
import type { ParsedReport, PersonnelType, ReportCell, ReportReader } from '../../model.ts';
import { ReportCheckError } from '../../model.ts';
import { parseCount, type PdfPage, type TextItem } from '../pdfText.ts';
import {
  addTo,
  datesIn,
  emptyTally,
  findHeader,
  linesWithRaisedNumbers,
  placeNumbers,
  rightEdge,
  squash,
  TotalChecker,
  type NumberColumn,
  type Tally,
} from './numberColumns2018.ts';

const LAYOUT = 'country-post-2018';

const POSTS: Record<string, PersonnelType> = {
  'Contingent Troops': 'troops',
  'Staff Officer': 'staff_officers',
  'Experts on Mission': 'experts_on_mission',
  FPU: 'formed_police_units',
  'Individual Police': 'individual_police',
};

const HEADER = ['Country Name', 'POST', 'MALE', 'FEMALE', 'TOTAL'] as const;

export const countryPost2018Reader: ReportReader = {
  layout: LAYOUT,
  matches(firstPageText: string): boolean {
    const text = squash(firstPageText);
    return (
      text.includes('Summary of Contributions to UN Peacekeeping by Country and Post') &&
      text.includes('Country Name POST MALE FEMALE TOTAL')
    );
  },
  read: readCountryPost2018,
};

function readCountryPost2018(pages: PdfPage[], file: string): ParsedReport {
  const checker = new TotalChecker(file);
  const cells: ReportCell[] = [];
  let reportDate: string | null = null;
  let grandTotal: Tally | null = null;
  const all = emptyTally();
  // The country being read; null between a "Total for Country" line and the next country.
  let country: { name: string; page: number; sum: Tally } | null = null;

  for (const page of pages) {
    const p = page.pageNumber;
    const header = findHeader(page, HEADER);
    if (!header)
      throw new ReportCheckError(file, p, 'no "Country Name / POST / MALE / FEMALE / TOTAL" header');
    const headerY = header.get('Country Name')!.y;
    const nameX = header.get('Country Name')!.x;
    const postX = header.get('POST')!.x;
    const columns: NumberColumn<'male' | 'female' | 'total'>[] = [
      { key: 'male', right: rightEdge(header.get('MALE')!) },
      { key: 'female', right: rightEdge(header.get('FEMALE')!) },
      { key: 'total', right: rightEdge(header.get('TOTAL')!) },
    ];
    const numbersFrom = header.get('MALE')!.x - 40;
    const isColumnNumber = (i: TextItem) => i.x >= numbersFrom && parseCount(i.str) !== undefined;

    for (const line of linesWithRaisedNumbers(page, isColumnNumber)) {
      if (line.y < headerY - 2) {
        // Above the column header: the title and subtitle (page 1 only), which carry the date.
        if (p !== 1) throw new ReportCheckError(file, p, `unexpected text above the header: "${line.text}"`);
        const dates = datesIn(line.text);
        if (dates.length > 0) {
          if (reportDate !== null || dates.length > 1) {
            throw new ReportCheckError(file, p, 'more than one report date in the title');
          }
          reportDate = dates[0]!;
        }
        continue;
      }
      if (Math.abs(line.y - headerY) <= 2) continue; // the header itself

      const numbers = line.items.filter(isColumnNumber);
      const texts = line.items.filter((i) => !isColumnNumber(i));
      const indexItems = texts.filter((i) => i.x < nameX - 5);
      const nameItems = texts.filter((i) => i.x >= nameX - 5 && i.x < postX - 20);
      const postItems = texts.filter((i) => i.x >= postX - 20);
      const name = squash(nameItems.map((i) => i.str).join(' '));
      const post = squash(postItems.map((i) => i.str).join(' '));

      if (numbers.length === 0 && indexItems.length === 1 && name !== '' && post === '') {
        // "12  Brazil": a new numbered country.
        if (parseCount(indexItems[0]!.str) === undefined) {
          throw new ReportCheckError(file, p, `unreadable country line "${line.text}"`);
        }
        if (country) {
          throw new ReportCheckError(file, p, `${name} starts before "Total for Country" of ${country.name}`);
        }
        if (grandTotal) throw new ReportCheckError(file, p, `${name} follows the grand total`);
        country = { name, page: p, sum: emptyTally() };
        continue;
      }
      if (indexItems.length > 0) throw new ReportCheckError(file, p, `unreadable line "${line.text}"`);

      if (name === 'Total for Country' && post === '') {
        const printed = placeNumbers(numbers, columns, 12, file, p, `"Total for Country" line`);
        if (!country) throw new ReportCheckError(file, p, '"Total for Country" without a country');
        checker.checkRow(p, `Total for ${country.name}`, printed);
        checker.checkTally(p, `Total for ${country.name}`, printed, country.sum);
        country = null;
        continue;
      }
      if (name === 'Total' && post === '') {
        const printed = placeNumbers(numbers, columns, 12, file, p, 'grand total line');
        if (country)
          throw new ReportCheckError(file, p, `grand total before "Total for Country" of ${country.name}`);
        if (grandTotal) throw new ReportCheckError(file, p, 'a second grand total line');
        checker.checkRow(p, 'Grand total', printed);
        checker.checkTally(p, 'Grand total', printed, all);
        grandTotal = printed;
        continue;
      }
      if (name === '' && post !== '') {
        const type = POSTS[post];
        if (!type) throw new ReportCheckError(file, p, `unknown post "${post}"`);
        if (!country) throw new ReportCheckError(file, p, `"${post}" row outside a country block`);
        const row = placeNumbers(numbers, columns, 12, file, p, `${country.name} ${post}`);
        checker.checkRow(p, `${country.name} ${post}`, row);
        addTo(country.sum, row.male, row.female, row.total);
        addTo(all, row.male, row.female, row.total);
        cells.push({
          country: country.name,
          mission: null,
          personnelType: type,
          male: row.male,
          female: row.female,
          total: row.total,
          page: p,
        });
        continue;
      }
      throw new ReportCheckError(file, p, `unreadable line "${line.text}"`);
    }
  }

  const last = pages.length;
  if (country) throw new ReportCheckError(file, last, `${country.name} has no "Total for Country" line`);
  if (!grandTotal) throw new ReportCheckError(file, last, 'no grand total line');
  if (!reportDate) throw new ReportCheckError(file, 1, 'no report date (dd/mm/yyyy) beside the title');
  return { reportDate, layout: LAYOUT, cells, grandTotal, checkedTotals: checker.count };
}
