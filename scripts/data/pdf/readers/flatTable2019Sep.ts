// Reader for the 2019-09 report: a flat table, one line per mission / country / personnel type,
//
//   mission  country   description        male  female  total  report_date
//   MINURSO  Bangladesh Contingent Troops    16       3     19  30/09/2019
//
// with the lower-case header on page 1 only and no title. The report prints NO totals (no mission,
// country or grand total lines), so the only printed checksum is each row's total column, checked
// against its male + female; every row must carry the same report date.
//
// The country column is cut to its cell width in the PDF itself: long names are printed truncated
// ("Russian", "United States of", "Republic of", "Bosnia and", "Dominican", "Moldova,", "North",
// "United Republic", "Brunei", "Iran"). They are emitted exactly as printed; the country-name table
// maps them. "Republic of" is, by its rows, the Republic of Korea (its MINURSO, UNIFIL and UNMISS
// figures match Korea's in 2019-10); Moldova prints as "Moldova," and North Macedonia as "North".
import type { ParsedReport, PersonnelType, ReportCell, ReportReader } from '../../model.ts';
import { ReportCheckError } from '../../model.ts';
import { groupLines, parseCount, type PdfPage, type TextItem } from '../pdfText.ts';
import {
  findHeader,
  missionAcronym,
  parseDayMonthYear,
  placeNumbers,
  rightEdge,
  squash,
  TotalChecker,
  type NumberColumn,
} from './numberColumns2018.ts';

const LAYOUT = 'flat-table-2019-09';

const TYPES: Record<string, PersonnelType> = {
  'Contingent Troops': 'troops',
  'Staff Officer': 'staff_officers',
  'Experts on Mission': 'experts_on_mission',
  FPU: 'formed_police_units',
  'Individual Police': 'individual_police',
};

const HEADER = ['mission', 'country', 'description', 'male', 'female', 'total', 'report_date'] as const;
type TextColumn = 'mission' | 'country' | 'description' | 'report_date';

export const flatTable2019SepReader: ReportReader = {
  layout: LAYOUT,
  // The lower-case, underscored header is unique to this report (2024-10's flat table prints
  // "Mission Country Personnel Type Male Female Total Report Date").
  matches(firstPageText: string): boolean {
    return squash(firstPageText).includes('mission country description male female total report_date');
  },
  read: readFlatTable2019Sep,
};

function readFlatTable2019Sep(pages: PdfPage[], file: string): ParsedReport {
  const first = pages[0];
  const header = first ? findHeader(first, HEADER) : undefined;
  if (!header)
    throw new ReportCheckError(file, 1, 'no "mission / country / … / report_date" header on page 1');
  const headerY = header.get('mission')!.y;
  // The figures are right-aligned some 19 pt right of their (left-aligned) headers; the columns are
  // 57 pt apart, so the nearest header end is unambiguous within 30 pt.
  const columns: NumberColumn<'male' | 'female' | 'total'>[] = [
    { key: 'male', right: rightEdge(header.get('male')!) },
    { key: 'female', right: rightEdge(header.get('female')!) },
    { key: 'total', right: rightEdge(header.get('total')!) },
  ];
  const textColumns: { key: TextColumn; x: number }[] = (
    ['mission', 'country', 'description', 'report_date'] as const
  ).map((key) => ({ key, x: header.get(key)!.x }));
  const nearestTextColumn = (item: TextItem): TextColumn => {
    let best = textColumns[0]!;
    for (const c of textColumns) if (Math.abs(item.x - c.x) < Math.abs(item.x - best.x)) best = c;
    return best.key;
  };

  const checker = new TotalChecker(file);
  const cells: ReportCell[] = [];
  let reportDate: string | null = null;

  for (const page of pages) {
    const p = page.pageNumber;
    for (const line of groupLines(page)) {
      if (p === 1 && line.y <= headerY + 2) {
        if (line.y < headerY - 2) {
          throw new ReportCheckError(file, p, `unexpected text above the header: "${line.text}"`);
        }
        continue; // the header
      }
      const numbers: TextItem[] = [];
      const texts: Record<TextColumn, string[]> = {
        mission: [],
        country: [],
        description: [],
        report_date: [],
      };
      for (const item of line.items) {
        if (parseCount(item.str) !== undefined && item.x > header.get('description')!.x + 60)
          numbers.push(item);
        else texts[nearestTextColumn(item)].push(item.str);
      }
      const mission = missionAcronym(texts.mission.join(' '));
      const country = squash(texts.country.join(' '));
      const description = squash(texts.description.join(' '));
      const date = parseDayMonthYear(texts.report_date.join(' '));
      if (!mission || country === '' || !date)
        throw new ReportCheckError(file, p, `unreadable line "${line.text}"`);
      const type = TYPES[description];
      if (!type) throw new ReportCheckError(file, p, `unknown description "${description}"`);
      if (reportDate === null) reportDate = date;
      else if (date !== reportDate) {
        throw new ReportCheckError(
          file,
          p,
          `two report dates: ${reportDate} and ${texts.report_date.join(' ')}`,
        );
      }
      const row = placeNumbers(numbers, columns, 30, file, p, `${mission} ${country} ${description}`);
      checker.checkRow(p, `${mission} ${country} ${description}`, row);
      const { male, female, total } = row;
      cells.push({ country, mission, personnelType: type, male, female, total, page: p });
    }
  }
  if (cells.length === 0) throw new ReportCheckError(file, 1, 'no rows');
  return { reportDate, layout: LAYOUT, cells, grandTotal: null, checkedTotals: checker.count };
}
