// Readers of the 2018-03 … 2020-12 UN monthly reports, against the real PDFs. Pinned figures were
// read by eye from `npx tsx scripts/dev/dumpPdf.ts <pdf> <lines> <page>`.
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
import { countryPost2018Reader } from '../../scripts/data/pdf/readers/countryPost2018.ts';
import { flatTable2019SepReader } from '../../scripts/data/pdf/readers/flatTable2019Sep.ts';
import { wideTable2019OctReader } from '../../scripts/data/pdf/readers/wideTable2019Oct.ts';
import { missionCountryPost2019Reader } from '../../scripts/data/pdf/readers/missionCountryPost2019.ts';

const SOURCES = process.env.BH_SOURCES ?? path.resolve(__dirname, '../../../shared/data/sources');
const pdf = (month: string) =>
  path.join(SOURCES, 'contributions_un_dpo_monthly_pdf', `UN_country_contributions_${month}.pdf`);

const pageCache = new Map<string, Promise<PdfPage[]>>();
function pagesOf(month: string): Promise<PdfPage[]> {
  let pages = pageCache.get(month);
  if (!pages) {
    pages = readPdfPages(pdf(month));
    pageCache.set(month, pages);
  }
  return pages;
}

const MY_READERS = [
  countryPost2018Reader,
  flatTable2019SepReader,
  wideTable2019OctReader,
  missionCountryPost2019Reader,
];

function firstPageText(pages: PdfPage[]): string {
  return groupLines(pages[0]!)
    .map((l) => l.text)
    .join('\n');
}

async function parse(month: string, reader: ReportReader): Promise<ParsedReport> {
  return reader.read(await pagesOf(month), pdf(month));
}

/** The cells of one country (and mission), as "type": [male, female, total]. */
function figures(report: ParsedReport, country: string, mission: string | null): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const c of report.cells.filter((c: ReportCell) => c.country === country && c.mission === mission)) {
    expect(out[c.personnelType], `${country} ${mission} ${c.personnelType} appears twice`).toBeUndefined();
    out[c.personnelType] = [c.male!, c.female!, c.total];
  }
  return out;
}

function sums(report: ParsedReport) {
  let male = 0;
  let female = 0;
  let total = 0;
  for (const c of report.cells) {
    male += c.male ?? 0;
    female += c.female ?? 0;
    total += c.total;
  }
  return { male, female, total };
}

// [file month, page of the grand total, male, female, total] as printed.
const COUNTRY_POST_2018: [string, number, number, number, number][] = [
  ['2018_03', 19, 86_723, 4_335, 91_058],
  ['2018_04', 19, 86_812, 4_353, 91_165],
  ['2018_05', 19, 87_189, 4_396, 91_585],
  ['2018_06', 19, 87_219, 4_480, 91_699],
  ['2018_07', 19, 86_858, 4_391, 91_249],
  ['2018_08', 18, 85_884, 4_491, 90_375],
  ['2018_09', 19, 85_492, 4_494, 89_986],
  ['2018_10', 19, 85_520, 4_638, 90_158],
  ['2018_11', 19, 86_137, 4_684, 90_821],
  ['2018_12', 19, 85_191, 4_655, 89_846],
  ['2019_01', 19, 84_585, 4_824, 89_409],
  ['2019_02', 19, 84_657, 4_823, 89_480],
  ['2019_03', 19, 84_791, 4_890, 89_681],
  ['2019_04', 19, 83_884, 4_912, 88_796],
  ['2019_05', 19, 82_760, 5_119, 87_879],
  ['2019_06', 19, 82_221, 5_103, 87_324],
  ['2019_07', 18, 81_449, 5_238, 86_687],
  ['2019_08', 18, 80_740, 5_211, 85_951],
];

// 2019-11 prints no grand total (its last lines are the UNVMC total and the record count 1015).
const MISSION_COUNTRY_POST_2019: [string, number, number, number, number][] = [
  ['2019_12', 47, 78_021, 5_310, 83_331],
  ['2020_01', 47, 77_579, 5_284, 82_863],
  ['2020_02', 52, 77_853, 5_415, 83_268],
  ['2020_03', 51, 77_290, 5_380, 82_670],
  ['2020_04', 51, 77_106, 5_339, 82_445],
  ['2020_05', 50, 76_912, 5_298, 82_210],
  ['2020_07', 49, 77_134, 5_344, 82_478],
  ['2020_08', 49, 40_637, 41_183, 81_820],
  ['2020_09', 49, 77_155, 5_331, 82_486],
  ['2020_10', 49, 76_982, 5_612, 82_594],
  ['2020_11', 49, 76_700, 5_596, 82_296],
  ['2020_12', 49, 76_037, 5_795, 81_832],
];

describe('which reader recognises which report', () => {
  const mine: [string, ReportReader][] = [
    ...COUNTRY_POST_2018.map(([m]) => [m, countryPost2018Reader] as [string, ReportReader]),
    ['2019_09', flatTable2019SepReader],
    ['2019_10', wideTable2019OctReader],
    ['2019_11', missionCountryPost2019Reader],
    ...MISSION_COUNTRY_POST_2019.map(([m]) => [m, missionCountryPost2019Reader] as [string, ReportReader]),
  ];

  test.each(mine)(
    '%s is recognised by its own reader and by no other of these four',
    async (month, reader) => {
      const text = firstPageText(await pagesOf(month));
      expect(MY_READERS.filter((r) => r.matches(text)).map((r) => r.layout)).toEqual([reader.layout]);
    },
  );

  // One file of each neighbouring family, plus the two look-alikes named in PROVENANCE: 2020_06 (a copy
  // of the 2022-06 report) and 2021_01 (same title as 2019-11 … 2020-12, different rows).
  test.each([
    '2015_01',
    '2016_11',
    '2017_05',
    '2018_02',
    '2020_06',
    '2021_01',
    '2021_02',
    '2023_09',
    '2024_10',
  ])('%s belongs to another family and none of these four readers claims it', async (month) => {
    const text = firstPageText(await pagesOf(month));
    expect(MY_READERS.filter((r) => r.matches(text)).map((r) => r.layout)).toEqual([]);
  });

  test('the four readers are registered with the dispatcher', () => {
    for (const reader of MY_READERS) expect(REPORT_READERS).toContain(reader);
  });
});

describe('"by Country and Post" reports, 2018-03 … 2019-08', () => {
  test.each(COUNTRY_POST_2018)(
    '%s parses, its rows reproduce the grand total printed on page %i and its date is that month',
    async (month, _page, male, female, total) => {
      const report = await parse(month, countryPost2018Reader);
      expect(report.grandTotal).toEqual({ male, female, total });
      expect(sums(report)).toEqual({ male, female, total });
      expect(report.reportDate?.slice(0, 7)).toBe(month.replace('_', '-'));
      expect(report.cells.every((c) => c.mission === null)).toBe(true);
      expect(report.checkedTotals).toBeGreaterThan(report.cells.length);
    },
  );

  test('2018-03 page 1: Argentina by post and its country total', async () => {
    const report = await parse('2018_03', countryPost2018Reader);
    expect(report.reportDate).toBe('2018-03-31');
    expect(figures(report, 'Argentina', null)).toEqual({
      troops: [210, 15, 225],
      experts_on_mission: [15, 0, 15],
      individual_police: [21, 4, 25],
      staff_officers: [10, 4, 14],
    });
  });

  test('2018-03 page 1: Bangladesh by post, 6,853 male + 154 female = 7,007', async () => {
    const report = await parse('2018_03', countryPost2018Reader);
    const bgd = figures(report, 'Bangladesh', null);
    expect(bgd).toEqual({
      troops: [6_036, 70, 6_106],
      experts_on_mission: [28, 0, 28],
      formed_police_units: [663, 73, 736],
      individual_police: [40, 1, 41],
      staff_officers: [86, 10, 96],
    });
    expect(Object.values(bgd).reduce((a, [, , t]) => a + t!, 0)).toBe(7_007);
  });

  test('2018-03 page 19: the grand total 86,723 male, 4,335 female, 91,058', async () => {
    const report = await parse('2018_03', countryPost2018Reader);
    expect(report.grandTotal).toEqual({ male: 86_723, female: 4_335, total: 91_058 });
    expect(report.cells.find((c) => c.page === 19)).toBeDefined();
  });
});

describe('the 2019-09 flat table', () => {
  test('2019_09 parses, every row is dated 30/09/2019, and it prints no totals to reproduce', async () => {
    const report = await parse('2019_09', flatTable2019SepReader);
    expect(report.reportDate).toBe('2019-09-30');
    // No grand total is printed; the only checksums are the rows' total columns (one per row).
    expect(report.grandTotal).toBeNull();
    expect(report.cells).toHaveLength(1_032);
    expect(report.checkedTotals).toBe(1_032);
    // Not a printed figure: the sum of the 1,032 printed rows, pinned against regressions.
    expect(sums(report)).toEqual({ male: 80_469, female: 5_207, total: 85_676 });
  });

  test('2019-09 page 1: Senegal and Jordan in MINUJUSTH, and truncated names as printed', async () => {
    const report = await parse('2019_09', flatTable2019SepReader);
    expect(figures(report, 'Senegal', 'MINUJUSTH')).toEqual({
      formed_police_units: [12, 2, 14],
      individual_police: [0, 3, 3],
    });
    expect(figures(report, 'Jordan', 'MINUJUSTH')).toEqual({
      formed_police_units: [4, 0, 4],
      individual_police: [1, 0, 1],
    });
    expect(figures(report, 'Russian', 'MINUJUSTH')).toEqual({ individual_police: [1, 0, 1] });
    expect(figures(report, 'United States of', 'MINUJUSTH')).toEqual({ individual_police: [1, 0, 1] });
  });

  test('2019-09 page 1: Bangladesh in MINURSO and MINUJUSTH', async () => {
    const report = await parse('2019_09', flatTable2019SepReader);
    expect(figures(report, 'Bangladesh', 'MINURSO')).toEqual({
      troops: [16, 3, 19],
      experts_on_mission: [7, 0, 7],
    });
    expect(figures(report, 'Bangladesh', 'MINUJUSTH')).toEqual({ individual_police: [1, 0, 1] });
  });
});

describe('the 2019-10 wide table', () => {
  test('2019_10 parses, reproduces its printed Grand Total line and has no report date', async () => {
    const report = await parse('2019_10', wideTable2019OctReader);
    expect(report.reportDate).toBeNull();
    // Page 42: UNMEM 1068/216, Troops 69109/3345, UNPOL 1720/647, FPU 6034/758, MSO 1767/304.
    expect(report.grandTotal).toEqual({ male: 79_698, female: 5_270, total: 84_968 });
    expect(sums(report)).toEqual({ male: 79_698, female: 5_270, total: 84_968 });
    // 10 figures on each "Total by Country" line and on the Grand Total line.
    expect(report.checkedTotals % 10).toBe(0);
    expect(report.checkedTotals).toBeGreaterThan(1_000);
  });

  test('2019-10 page 1: Argentina by mission and type', async () => {
    const report = await parse('2019_10', wideTable2019OctReader);
    expect(figures(report, 'Argentina', 'MINURSO')).toEqual({ experts_on_mission: [3, 0, 3] });
    expect(figures(report, 'Argentina', 'MINUSCA')).toEqual({ staff_officers: [2, 0, 2] });
    expect(figures(report, 'Argentina', 'UNFICYP')).toEqual({
      troops: [211, 23, 234],
      staff_officers: [6, 3, 9],
    });
    expect(figures(report, 'Argentina', 'UNMISS')).toEqual({ individual_police: [7, 3, 10] });
    expect(figures(report, 'Argentina', 'UNTSO')).toEqual({ experts_on_mission: [3, 0, 3] });
    expect(figures(report, 'Argentina', 'UNVMC')).toEqual({ individual_police: [11, 6, 17] });
  });

  test('2019-10 pages 2-3: Bangladesh, whose police and military lines of one mission are separate', async () => {
    const report = await parse('2019_10', wideTable2019OctReader);
    expect(figures(report, 'Bangladesh', 'MINURSO')).toEqual({
      experts_on_mission: [7, 0, 7],
      troops: [16, 4, 20],
    });
    expect(figures(report, 'Bangladesh', 'MINUSMA')).toEqual({
      experts_on_mission: [1, 2, 3],
      troops: [1_250, 10, 1_260],
      individual_police: [1, 0, 1],
      formed_police_units: [237, 43, 280],
      staff_officers: [28, 5, 33],
    });
    // Page 3, "Total by Country": UNMEM 35/2, Troops 5541/82, UNPOL 43/7, FPU 451/149, MSO 85/22.
    const byType: Record<string, number[]> = {};
    for (const c of report.cells.filter((c) => c.country === 'Bangladesh')) {
      const t = (byType[c.personnelType] ??= [0, 0]);
      t[0]! += c.male!;
      t[1]! += c.female!;
    }
    expect(byType).toEqual({
      experts_on_mission: [35, 2],
      troops: [5_541, 82],
      individual_police: [43, 7],
      formed_police_units: [451, 149],
      staff_officers: [85, 22],
    });
  });

  test('2019-10: names wrapped over several lines are joined', async () => {
    const report = await parse('2019_10', wideTable2019OctReader);
    const countries = new Set(report.cells.map((c) => c.country));
    expect(countries).toContain('The former Yugoslav Republic of Macedonia');
    expect(countries).toContain('Iran (Islamic Republic of)');
    expect(countries).toContain('United States of America');
  });
});

describe('"by Mission, Country and Post" reports, 2019-11 … 2020-12', () => {
  test.each(MISSION_COUNTRY_POST_2019)(
    '%s parses, its rows reproduce the grand total printed on page %i and its date is that month',
    async (month, _page, male, female, total) => {
      const report = await parse(month, missionCountryPost2019Reader);
      expect(report.grandTotal).toEqual({ male, female, total });
      expect(sums(report)).toEqual({ male, female, total });
      expect(report.reportDate?.slice(0, 7)).toBe(month.replace('_', '-'));
      expect(report.checkedTotals).toBeGreaterThan(report.cells.length);
    },
  );

  test('2019_11 parses, prints no grand total, and its 1,015 records are rows, not personnel', async () => {
    const report = await parse('2019_11', missionCountryPost2019Reader);
    expect(report.reportDate).toBe('2019-11-30');
    expect(report.grandTotal).toBeNull();
    expect(report.cells).toHaveLength(1_015);
    // Not printed as such: the sum of the 23 printed mission totals (each one checked).
    expect(sums(report).total).toBe(84_998);
  });

  test('2019-12 and 2020-01: the record count before the grand total is not taken for a total', async () => {
    for (const [month, records] of [
      ['2019_12', 1_017],
      ['2020_01', 1_025],
    ] as const) {
      const report = await parse(month, missionCountryPost2019Reader);
      expect(report.cells).toHaveLength(records);
      expect(report.cells.some((c) => c.total === records)).toBe(false);
    }
  });

  test('2019-11 pages 2-3: Pakistan in MINUSCA by post', async () => {
    const report = await parse('2019_11', missionCountryPost2019Reader);
    expect(figures(report, 'Pakistan', 'MINUSCA')).toEqual({
      troops: [1_212, 0, 1_212],
      staff_officers: [27, 2, 29],
      experts_on_mission: [12, 0, 12],
    });
  });

  test('2019-12 page 3: Pakistan in MINUSCA by lower-case type code', async () => {
    const report = await parse('2019_12', missionCountryPost2019Reader);
    expect(figures(report, 'Pakistan', 'MINUSCA')).toEqual({
      experts_on_mission: [11, 0, 11],
      staff_officers: [25, 1, 26],
      troops: [1_212, 0, 1_212],
    });
  });

  test('2020-02 pages 4 and 10: Bangladesh in MINUSCA and MINUSMA', async () => {
    const report = await parse('2020_02', missionCountryPost2019Reader);
    expect(figures(report, 'Bangladesh', 'MINUSCA')).toEqual({
      troops: [989, 11, 1_000],
      experts_on_mission: [11, 0, 11],
      staff_officers: [13, 4, 17],
    });
    expect(figures(report, 'Bangladesh', 'MINUSMA')).toEqual({
      troops: [1_249, 10, 1_259],
      experts_on_mission: [1, 2, 3],
      formed_police_units: [237, 43, 280],
      individual_police: [1, 0, 1],
      staff_officers: [28, 5, 33],
    });
  });

  test('wrapped country names are joined: 2019-11 p.3, 2020-01 p.47, 2020-02 p.9', async () => {
    const nov = await parse('2019_11', missionCountryPost2019Reader);
    expect(figures(nov, 'United States of America', 'MINUSCA')).toEqual({ staff_officers: [8, 0, 8] });
    const jan = await parse('2020_01', missionCountryPost2019Reader);
    expect(figures(jan, 'Democratic Republic of the Congo (DRC)', 'UNVMC')).toEqual({
      individual_police: [3, 1, 4],
    });
    const feb = await parse('2020_02', missionCountryPost2019Reader);
    expect(figures(feb, 'United States of America', 'MINUSCA')).toEqual({ staff_officers: [8, 0, 8] });
    expect(feb.cells.some((c) => c.country === 'United States of' || c.country === 'America')).toBe(false);
  });

  test('2020-08 page 49: the corrupt gender split is read as printed (40,637 male / 41,183 female)', async () => {
    const report = await parse('2020_08', missionCountryPost2019Reader);
    expect(report.grandTotal).toEqual({ male: 40_637, female: 41_183, total: 81_820 });
  });
});

describe('a printed total that the rows do not reproduce stops the pipeline', () => {
  /** Copies the pages, replacing the text of the one item at (page, str, x) with `replacement`. */
  async function tampered(month: string, page: number, str: string, x: number, replacement: string) {
    const pages = structuredClone(await pagesOf(month));
    const hits = pages[page - 1]!.items.filter((i) => i.str === str && Math.round(i.x) === x);
    expect(hits).toHaveLength(1);
    hits[0]!.str = replacement;
    return pages;
  }

  function expectCheckError(
    run: () => unknown,
    month: string,
    page: number,
    printed: string,
    actual: string,
  ) {
    let error: unknown;
    try {
      run();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ReportCheckError);
    const e = error as ReportCheckError;
    expect(e.file).toBe(pdf(month));
    expect(e.page).toBe(page);
    expect(e.message).toContain(pdf(month));
    expect(e.message).toContain(`page ${page}`);
    expect(e.message).toContain(`prints ${printed}`);
    expect(e.message).toContain(`sum to ${actual}`);
  }

  test('2019-10 page 3: Bangladesh "Total by Country" troops male altered from 5541 to 5542', async () => {
    const pages = await tampered('2019_10', 3, '5541', 357, '5542');
    expectCheckError(() => wideTable2019OctReader.read(pages, pdf('2019_10')), '2019_10', 3, '5542', '5541');
  });

  test('2018-03 page 19: grand total male altered from 86,723 to 86,724', async () => {
    const pages = await tampered('2018_03', 19, '86,723', 374, '86,724');
    // The line's own male + female no longer gives its total: 86,724 + 4,335 = 91,059 against 91,058.
    expectCheckError(
      () => countryPost2018Reader.read(pages, pdf('2018_03')),
      '2018_03',
      19,
      '91058',
      '91059',
    );
  });

  test('2020-02 page 52: the grand total 83268 altered to 83269', async () => {
    const pages = await tampered('2020_02', 52, '83268', 516, '83269');
    expectCheckError(
      () => missionCountryPost2019Reader.read(pages, pdf('2020_02')),
      '2020_02',
      52,
      '83269',
      '83268',
    );
  });

  test('2019-09 page 1: a row total altered from 19 to 20', async () => {
    const pages = await tampered('2019_09', 1, '19', 418, '20');
    expectCheckError(() => flatTable2019SepReader.read(pages, pdf('2019_09')), '2019_09', 1, '20', '19');
  });
});
