// Real-PDF tests of the readers for the 2021–2025 UN layouts: missionCountryPost2021Jan (2021_01),
// missionCountryType2021 (2021_02 … 2025_07 and the mislabelled 2020_06), countryType2023 (2023_09)
// and flatTable2024 (2024_10). The PDFs are read where the sources live; nothing is copied.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  ReportCheckError,
  type ParsedReport,
  type ReportCell,
  type ReportReader,
} from '../../scripts/data/model.ts';
import { groupLines, readPdfPages, type PdfPage } from '../../scripts/data/pdf/pdfText.ts';
import { REPORT_READERS } from '../../scripts/data/pdf/readers/index.ts';
import { countryType2023Reader } from '../../scripts/data/pdf/readers/countryType2023.ts';
import { flatTable2024Reader } from '../../scripts/data/pdf/readers/flatTable2024.ts';
import { missionCountryPost2021JanReader } from '../../scripts/data/pdf/readers/missionCountryPost2021Jan.ts';
import { missionCountryType2021Reader } from '../../scripts/data/pdf/readers/missionCountryType2021.ts';

const SOURCES = process.env.BH_SOURCES ?? path.resolve(__dirname, '../../../shared/data/sources');
const PDF_DIR = path.join(SOURCES, 'contributions_un_dpo_monthly_pdf');
const FILE_NAME = /^UN_country_contributions_(\d{4})_(\d{2})\.pdf$/;

const OUR_READERS: ReportReader[] = [
  missionCountryPost2021JanReader,
  missionCountryType2021Reader,
  countryType2023Reader,
  flatTable2024Reader,
];

/** Files whose content is another month than their name says (PROVENANCE.md, "Missing / mislabelled"). */
const MISLABELLED: Record<string, string> = {
  '2020_06': '2022-06', // byte-identical to 2022_06, "As of: 30/06/2022"
};

/** Which of our readers a file belongs to, by its name; undefined for the 2015–2020 layouts. */
function ourReaderFor(yearMonth: string): ReportReader | undefined {
  if (yearMonth === '2021_01') return missionCountryPost2021JanReader;
  if (yearMonth === '2023_09') return countryType2023Reader;
  if (yearMonth === '2024_10') return flatTable2024Reader;
  if (yearMonth === '2020_06') return missionCountryType2021Reader;
  if (yearMonth >= '2021_02') return missionCountryType2021Reader;
  return undefined;
}

const ALL_FILES = readdirSync(PDF_DIR)
  .filter((name) => FILE_NAME.test(name))
  .sort();
const yearMonthOf = (name: string): string => name.replace(FILE_NAME, '$1_$2');
const OUR_FILES = ALL_FILES.filter((name) => ourReaderFor(yearMonthOf(name)));
const OTHER_FILES = ALL_FILES.filter((name) => !ourReaderFor(yearMonthOf(name)));

const fileOf = (yearMonth: string): string => path.join(PDF_DIR, `UN_country_contributions_${yearMonth}.pdf`);

// Files used by several tests are read once.
const pagesCache = new Map<string, Promise<PdfPage[]>>();
function pagesOf(yearMonth: string): Promise<PdfPage[]> {
  let pages = pagesCache.get(yearMonth);
  if (!pages) {
    pages = readPdfPages(fileOf(yearMonth));
    pagesCache.set(yearMonth, pages);
  }
  return pages;
}
async function reportOf(yearMonth: string): Promise<ParsedReport> {
  const reader = ourReaderFor(yearMonth)!;
  return reader.read(await pagesOf(yearMonth), `UN_country_contributions_${yearMonth}.pdf`);
}

function firstPageText(pages: PdfPage[]): string {
  return groupLines(pages[0]!)
    .map((l) => l.text)
    .join('\n');
}

function sum(cells: readonly ReportCell[]): { male: number; female: number; total: number } {
  return cells.reduce(
    (s, c) => ({
      male: s.male + (c.male ?? 0),
      female: s.female + (c.female ?? 0),
      total: s.total + c.total,
    }),
    { male: 0, female: 0, total: 0 },
  );
}

function totalsByCountry(cells: readonly ReportCell[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const c of cells) totals.set(c.country, (totals.get(c.country) ?? 0) + c.total);
  return totals;
}

function rowsOf(cells: readonly ReportCell[], country: string): string[] {
  return cells
    .filter((c) => c.country === country)
    .map((c) => `p${c.page} ${c.mission} ${c.personnelType} ${c.male}/${c.female}/${c.total}`);
}

/** Runs `read` and returns the ReportCheckError it throws (fails the test if it does not throw one). */
function checkErrorOf(read: () => unknown): ReportCheckError {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(ReportCheckError);
    return error as ReportCheckError;
  }
  throw new Error('the reader accepted an altered report');
}

/** A copy of `pages` with the item `find` selects on page `pageNumber` changed to `replacement`. */
function withItemChanged(
  pages: PdfPage[],
  pageNumber: number,
  find: (item: PdfPage['items'][number], page: PdfPage) => boolean,
  replacement: string | null,
): PdfPage[] {
  const copy = structuredClone(pages);
  const page = copy[pageNumber - 1]!;
  const index = page.items.findIndex((item) => find(item, page));
  expect(index, 'the item to alter exists').toBeGreaterThanOrEqual(0);
  if (replacement === null) page.items.splice(index, 1);
  else page.items[index]!.str = replacement;
  return copy;
}

/** True for the item on the same baseline as the item whose text is `label`, at the `nth` number. */
function numberBeside(
  page: PdfPage,
  label: string,
  nth: number,
): (item: PdfPage['items'][number]) => boolean {
  const anchor = page.items.find((i) => i.str === label);
  expect(anchor, `"${label}" is printed on page ${page.pageNumber}`).toBeDefined();
  const numbers = page.items
    .filter((i) => Math.abs(i.y - anchor!.y) <= 2 && /^[\d,]+$/.test(i.str))
    .sort((a, b) => a.x - b.x);
  const target = numbers[nth];
  expect(target, `number ${nth} beside "${label}"`).toBeDefined();
  // compared by position, since the pages are altered in a copy
  return (item) => item.str === target!.str && item.x === target!.x && item.y === target!.y;
}

describe('the 2021–2025 layout readers on every file of their families', () => {
  test('finds the 55 files of these families on disk (52 mission/country/type incl. 2020_06, 2021_01, 2023_09, 2024_10)', () => {
    expect(OUR_FILES).toHaveLength(55);
  });

  test.each(OUR_FILES)(
    '%s is claimed by its reader alone, parses, and reproduces its printed totals',
    async (name) => {
      const yearMonth = yearMonthOf(name);
      const expected = ourReaderFor(yearMonth)!;
      const pages = await readPdfPages(path.join(PDF_DIR, name));
      const text = firstPageText(pages);
      // exactly one of our readers claims it, and the dispatcher (readReport's order) picks that one
      expect(OUR_READERS.filter((r) => r.matches(text))).toEqual([expected]);
      expect(REPORT_READERS.find((r) => r.matches(text))).toBe(expected);
      const report = expected.read(pages, name);
      expect(report.layout).toBe(expected.layout);

      const totals = sum(report.cells);
      expect(totals.total).toBeGreaterThan(0);
      expect(report.checkedTotals).toBeGreaterThan(0);
      if (expected === flatTable2024Reader) {
        expect(report.grandTotal).toBeNull(); // the flat table prints no grand total
      } else {
        expect(report.grandTotal).not.toBeNull();
        expect(totals.total).toBe(report.grandTotal!.total);
        if (report.grandTotal!.male !== null) {
          expect(totals.male).toBe(report.grandTotal!.male);
          expect(totals.female).toBe(report.grandTotal!.female);
        }
      }

      const printedMonth = MISLABELLED[yearMonth] ?? yearMonth.replace('_', '-');
      expect(report.reportDate?.slice(0, 7)).toBe(printedMonth);

      for (const cell of report.cells) {
        expect(cell.country).toMatch(/^\S(.*\S)?$/);
        expect(cell.country).not.toMatch(/\s{2}/);
        if (expected === countryType2023Reader) {
          expect(cell.mission).toBeNull();
          expect(cell.male).toBeNull();
          expect(cell.female).toBeNull();
        } else {
          expect(cell.mission).toMatch(/^[A-Z][A-Z0-9-]*$/);
          expect(cell.male! + cell.female!).toBe(cell.total);
        }
      }
    },
  );

  test.each(OTHER_FILES)(
    'no reader of the 2021–2025 layouts claims %s, which belongs to another layout',
    async (name) => {
      const text = firstPageText(await readPdfPages(path.join(PDF_DIR, name)));
      expect(OUR_READERS.filter((r) => r.matches(text)).map((r) => r.layout)).toEqual([]);
    },
  );
});

describe('figures pinned from the PDFs', () => {
  test('March 2023: Bangladesh has 7,237 (6,667 men, 570 women) in 11 missions and leads Nepal, India, Rwanda and Pakistan', async () => {
    const report = await reportOf('2023_03');
    expect(report.reportDate).toBe('2023-03-31');
    const bangladesh = report.cells.filter((c) => c.country === 'Bangladesh');
    expect(sum(bangladesh)).toEqual({ male: 6667, female: 570, total: 7237 });
    const byType: Record<string, number> = {};
    for (const c of bangladesh) byType[c.personnelType] = (byType[c.personnelType] ?? 0) + c.total;
    expect(byType).toEqual({
      troops: 6515,
      formed_police_units: 460,
      staff_officers: 166,
      experts_on_mission: 55,
      individual_police: 41,
    });
    expect(new Set(bangladesh.map((c) => c.mission)).size).toBe(11);
    expect(new Set(bangladesh.filter((c) => c.total > 0).map((c) => c.mission)).size).toBe(11);

    const ranking = [...totalsByCountry(report.cells)].sort((a, b) => b[1] - a[1]).slice(0, 5);
    expect(ranking).toEqual([
      ['Bangladesh', 7237],
      ['Nepal', 6264],
      ['India', 6097],
      ['Rwanda', 5935],
      ['Pakistan', 4334],
    ]);
  });

  test('March 2023, page 1: the Bangladesh label centred between its two MINURSO rows gets both rows, not Bhutan’s', async () => {
    const report = await reportOf('2023_03');
    expect(
      rowsOf(
        report.cells.filter((c) => c.mission === 'MINURSO'),
        'Bangladesh',
      ),
    ).toEqual(['p1 MINURSO experts_on_mission 8/2/10', 'p1 MINURSO troops 14/6/20']);
    expect(
      rowsOf(
        report.cells.filter((c) => c.mission === 'MINURSO'),
        'Bhutan',
      ),
    ).toEqual(['p1 MINURSO experts_on_mission 0/2/2']);
  });

  test('March 2023: the grand total is 76,712 (70,257 men, 6,455 women)', async () => {
    const report = await reportOf('2023_03');
    expect(report.grandTotal).toEqual({ male: 70257, female: 6455, total: 76712 });
  });

  test('June 2023: Bhutan has 210 (204 men, 6 women) in 8 missions, 187 of them in MINUSCA (pages 1–33)', async () => {
    const report = await reportOf('2023_06');
    const bhutan = report.cells.filter((c) => c.country === 'Bhutan');
    expect(sum(bhutan)).toEqual({ male: 204, female: 6, total: 210 });
    const byMission: Record<string, number> = {};
    for (const c of bhutan) byMission[c.mission!] = (byMission[c.mission!] ?? 0) + c.total;
    expect(byMission).toEqual({
      MINURSO: 2,
      MINUSCA: 187,
      MINUSMA: 5,
      MONUSCO: 2,
      UNDOF: 3,
      UNISFA: 3,
      UNMISS: 4,
      UNTSO: 4,
    });
  });

  test('September 2023 (country × type only): the grand total is 72,631 and Bangladesh has 6,956, 6,378 of them troops', async () => {
    const report = await reportOf('2023_09');
    expect(report.reportDate).toBe('2023-09-30');
    expect(report.grandTotal).toEqual({ male: null, female: null, total: 72631 });
    expect(sum(report.cells).total).toBe(72631);
    const bangladesh = report.cells.filter((c) => c.country === 'Bangladesh');
    expect(bangladesh.reduce((s, c) => s + c.total, 0)).toBe(6956);
    expect(bangladesh.find((c) => c.personnelType === 'troops')?.total).toBe(6378);
    // wrapped names are joined
    expect(totalsByCountry(report.cells).get('United Republic of Tanzania')).toBe(1533);
    expect(totalsByCountry(report.cells).get('Bosnia and Herzegovina')).toBe(34);
    expect(totalsByCountry(report.cells).get('Sao Tome and Principe')).toBe(1);
  });

  test('October 2024 (flat table), pages 5, 8, 11, 13 and 18: United Republic of Tanzania, wrapped over two lines, as printed', async () => {
    const report = await reportOf('2024_10');
    expect(report.reportDate).toBe('2024-10-31');
    expect(rowsOf(report.cells, 'United Republic of Tanzania')).toEqual([
      'p5 MINUSCA staff_officers 2/5/7',
      'p5 MINUSCA troops 448/62/510',
      'p8 MONUSCO experts_on_mission 0/1/1',
      'p8 MONUSCO individual_police 9/9/18',
      'p8 MONUSCO staff_officers 19/4/23',
      'p8 MONUSCO troops 759/76/835',
      'p11 UNIFIL staff_officers 4/0/4',
      'p11 UNIFIL troops 98/23/121',
      'p13 UNISFA individual_police 2/1/3',
      'p13 UNISFA staff_officers 0/1/1',
      'p18 UNMISS experts_on_mission 3/2/5',
      'p18 UNMISS individual_police 15/5/20',
      'p18 UNMISS staff_officers 3/1/4',
    ]);
    expect(
      rowsOf(
        report.cells.filter((c) => c.mission === 'MINURSO'),
        'Bangladesh',
      ),
    ).toEqual(['p1 MINURSO experts_on_mission 10/0/10', 'p1 MINURSO troops 15/5/20']);
  });

  test('January 2021, pages 1–27: Bhutan has 35 in 10 missions, row by row as printed', async () => {
    const report = await reportOf('2021_01');
    expect(report.reportDate).toBe('2021-01-31');
    expect(report.grandTotal).toEqual({ male: 76169, female: 5763, total: 81932 });
    expect(rowsOf(report.cells, 'Bhutan')).toEqual([
      'p1 MINURSO experts_on_mission 2/0/2',
      'p3 MINUSCA experts_on_mission 2/0/2',
      'p3 MINUSCA staff_officers 3/0/3',
      'p6 MINUSMA staff_officers 5/0/5',
      'p10 MONUSCO experts_on_mission 1/0/1',
      'p13 UNAMID individual_police 5/0/5',
      'p15 UNDOF staff_officers 2/0/2',
      'p19 UNISFA experts_on_mission 1/0/1',
      'p19 UNISFA staff_officers 1/0/1',
      'p21 UNMHA experts_on_mission 1/0/1',
      'p22 UNMISS experts_on_mission 2/0/2',
      'p22 UNMISS individual_police 4/0/4',
      'p22 UNMISS staff_officers 2/0/2',
      'p27 UNTSO experts_on_mission 0/4/4',
    ]);
    expect(
      rowsOf(
        report.cells.filter((c) => c.mission === 'MINURSO'),
        'Bangladesh',
      ),
    ).toEqual(['p1 MINURSO troops 13/7/20', 'p1 MINURSO experts_on_mission 5/2/7']);
  });

  test('September 2022, pages 4–5: Tunisia’s MINUSCA rows cut by the page break (label printed on page 4 only) stay together', async () => {
    const report = await reportOf('2022_09');
    expect(
      rowsOf(
        report.cells.filter((c) => c.mission === 'MINUSCA'),
        'Tunisia',
      ),
    ).toEqual([
      'p4 MINUSCA experts_on_mission 3/0/3',
      'p4 MINUSCA individual_police 54/9/63',
      'p4 MINUSCA staff_officers 7/4/11',
      'p5 MINUSCA troops 305/5/310',
    ]);
    expect(
      rowsOf(
        report.cells.filter((c) => c.page === 5),
        'Turkey',
      )[0],
    ).toBe('p5 MINUSCA individual_police 3/2/5');
    expect(
      rowsOf(
        report.cells.filter((c) => c.mission === 'MINUSMA'),
        'Luxembourg',
      ),
    ).toEqual(['p6 MINUSMA staff_officers 0/0/0', 'p7 MINUSMA troops 2/0/2']);
  });

  test('October 2022, page 3: "Democratic Republic of the" / "Congo" printed over two lines is one country', async () => {
    const report = await reportOf('2022_10');
    const names = new Set(report.cells.map((c) => c.country));
    expect(names.has('Democratic Republic of the Congo')).toBe(true);
    expect(names.has('Democratic Republic of the')).toBe(false);
    expect(
      rowsOf(
        report.cells.filter((c) => c.page === 3),
        'Democratic Republic of the Congo',
      ),
    ).toEqual([expect.stringMatching(/^p3 \S+ staff_officers 0\/0\/0$/)]);
  });
});

describe('a report whose printed totals do not add up is refused', () => {
  test('March 2023 with "Total MINURSO" male changed from 158 to 159 on page 2 names the file, page, mission and both numbers', async () => {
    const pages = await pagesOf('2023_03');
    const altered = withItemChanged(pages, 2, numberBeside(pages[1]!, 'Total MINURSO', 0), '159');
    const error = checkErrorOf(() =>
      missionCountryType2021Reader.read(altered, 'UN_country_contributions_2023_03.pdf'),
    );
    expect(error.message).toContain('UN_country_contributions_2023_03.pdf');
    expect(error.page).toBe(2);
    expect(error.message).toContain('page 2');
    expect(error.message).toContain('MINURSO');
    expect(error.message).toMatch(/\b159\b/);
    expect(error.message).toMatch(/\b158\b/);
  });

  test('March 2023 with a MINUSCA troop row changed on page 2 is refused naming the mission and both numbers', async () => {
    const pages = await pagesOf('2023_03');
    // Bangladesh's MINUSCA troops: 1281 male + 91 female = 1372; print 1282 male instead.
    const altered = withItemChanged(pages, 2, (item) => item.str === '1281', '1282');
    const error = checkErrorOf(() =>
      missionCountryType2021Reader.read(altered, 'UN_country_contributions_2023_03.pdf'),
    );
    expect(error.message).toContain('UN_country_contributions_2023_03.pdf, page 2');
    expect(error.message).toContain('MINUSCA');
    expect(error.message).toMatch(/\b1372\b/);
    expect(error.message).toMatch(/\b1373\b/);
  });

  test('March 2023 with the Bangladesh label removed from page 1 is refused rather than given to a neighbour', async () => {
    const pages = await pagesOf('2023_03');
    const altered = withItemChanged(pages, 1, (item) => item.str === 'Bangladesh', null);
    const error = checkErrorOf(() =>
      missionCountryType2021Reader.read(altered, 'UN_country_contributions_2023_03.pdf'),
    );
    expect(error.message).toContain('UN_country_contributions_2023_03.pdf, page 1');
  });

  test('January 2021 with Bhutan’s MINUSCA subtotal changed from 5 to 6 on page 3 names the file, page, mission and both numbers', async () => {
    const pages = await pagesOf('2021_01');
    const altered = withItemChanged(pages, 3, numberBeside(pages[2]!, 'Bhutan', 2), '6');
    const error = checkErrorOf(() =>
      missionCountryPost2021JanReader.read(altered, 'UN_country_contributions_2021_01.pdf'),
    );
    expect(error.message).toContain('UN_country_contributions_2021_01.pdf, page 3');
    expect(error.message).toContain('MINUSCA');
    expect(error.message).toContain('Bhutan');
    expect(error.message).toMatch(/prints 6 but its rows sum to 5\b/);
  });

  test('September 2023 with Bangladesh’s troops changed from 6378 to 6379 on page 1 is refused naming the file, page and both numbers', async () => {
    const pages = await pagesOf('2023_09');
    const altered = withItemChanged(pages, 1, (item) => item.str === '6378', '6379');
    const error = checkErrorOf(() =>
      countryType2023Reader.read(altered, 'UN_country_contributions_2023_09.pdf'),
    );
    expect(error.message).toContain('UN_country_contributions_2023_09.pdf, page 1');
    expect(error.message).toContain('Bangladesh');
    expect(error.message).toMatch(/prints 6956 but its rows sum to 6957\b/);
  });

  test('October 2024 with a Bangladesh MINURSO total changed from 20 to 21 on page 1 names the file, page, mission and both numbers', async () => {
    const pages = await pagesOf('2024_10');
    const page1 = pages[0]!;
    const troops = page1.items.find(
      (i) =>
        i.str === 'Troops' && page1.items.some((j) => j.str === 'Bangladesh' && Math.abs(j.y - i.y) <= 2),
    )!;
    const altered = withItemChanged(
      pages,
      1,
      (item) => item.str === '20' && Math.abs(item.y - troops.y) <= 2,
      '21',
    );
    const error = checkErrorOf(() =>
      flatTable2024Reader.read(altered, 'UN_country_contributions_2024_10.pdf'),
    );
    expect(error.message).toContain('UN_country_contributions_2024_10.pdf, page 1');
    expect(error.message).toContain('MINURSO');
    expect(error.message).toMatch(/prints 21 but its rows sum to 20\b/);
  });
});
