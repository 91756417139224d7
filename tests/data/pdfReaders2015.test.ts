// Readers of the country-first UN reports, 2015-01 … 2018-02, against the real PDFs:
//   countryMissionSummary2015   "UN Mission's Summary detailed by Country" (2015_01 … 2017_04 but 2016_11)
//   numberedCountryMission2016  "Summary of Contributions to Peackeeping by Country and Mission Detail" (2016_11)
//   countryMissionPost2017      "Summary of Contributions to UN Peacekeeping by Country, Mission and Post." (2017_05 … 2018_02)
// Pinned figures were read by eye from `npx tsx scripts/dev/dumpPdf.ts <pdf> <lines> <page>`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { groupLines, readPdfPages, type PdfPage } from '../../scripts/data/pdf/pdfText.ts';
import {
  ReportCheckError,
  type ParsedReport,
  type ReportCell,
  type ReportReader,
} from '../../scripts/data/model.ts';
import { REPORT_READERS } from '../../scripts/data/pdf/readers/index.ts';
import { countryMissionSummary2015Reader } from '../../scripts/data/pdf/readers/countryMissionSummary2015.ts';
import { numberedCountryMission2016Reader } from '../../scripts/data/pdf/readers/numberedCountryMission2016.ts';
import { countryMissionPost2017Reader } from '../../scripts/data/pdf/readers/countryMissionPost2017.ts';

const SOURCES = process.env.BH_SOURCES ?? path.resolve(__dirname, '../../../shared/data/sources');
const PDF_DIR = path.join(SOURCES, 'contributions_un_dpo_monthly_pdf');
const pdfPath = (month: string) => path.join(PDF_DIR, `UN_country_contributions_${month}.pdf`);

function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split('_').map(Number) as [number, number];
  const [ty, tm] = to.split('_').map(Number) as [number, number];
  while (y < ty || (y === ty && m <= tm)) {
    out.push(`${y}_${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

const FAMILY_SUMMARY_2015 = monthsBetween('2015_01', '2017_04').filter((m) => m !== '2016_11');
const FAMILY_NUMBERED_2016 = ['2016_11'];
const FAMILY_POST_2017 = monthsBetween('2017_05', '2018_02');
const READER_OF: Record<string, ReportReader> = {};
for (const m of FAMILY_SUMMARY_2015) READER_OF[m] = countryMissionSummary2015Reader;
for (const m of FAMILY_NUMBERED_2016) READER_OF[m] = numberedCountryMission2016Reader;
for (const m of FAMILY_POST_2017) READER_OF[m] = countryMissionPost2017Reader;
const ALL_FILES = Object.keys(READER_OF).sort();

/** Byte-identical copies of the April report filed under March (PROVENANCE.md). */
const MISLABELLED: Record<string, string> = {
  '2015_03': '2015-04-30',
  '2016_03': '2016-04-30',
  '2017_03': '2017-04-30',
};

const pageCache = new Map<string, Promise<PdfPage[]>>();
function pagesOf(month: string): Promise<PdfPage[]> {
  let p = pageCache.get(month);
  if (!p) {
    p = readPdfPages(pdfPath(month));
    pageCache.set(month, p);
  }
  return p;
}
const reportCache = new Map<string, Promise<ParsedReport>>();
function reportOf(month: string): Promise<ParsedReport> {
  let r = reportCache.get(month);
  if (!r) {
    r = pagesOf(month).then((pages) => READER_OF[month]!.read(pages, pdfPath(month)));
    reportCache.set(month, r);
  }
  return r;
}

function sums(cells: ReportCell[]) {
  return cells.reduce(
    (a, c) => ({
      male: a.male + (c.male ?? 0),
      female: a.female + (c.female ?? 0),
      total: a.total + c.total,
    }),
    { male: 0, female: 0, total: 0 },
  );
}

/** [mission, type, male, female, total] of one country, sorted, for comparing with a pinned table. */
function table(report: ParsedReport, country: string) {
  return report.cells
    .filter((c) => c.country === country)
    .map((c) => [c.mission, c.personnelType, c.male, c.female, c.total] as const)
    .sort((a, b) => `${a[0]} ${a[1]}`.localeCompare(`${b[0]} ${b[1]}`));
}
const sorted = (rows: (readonly [string, string, number, number, number])[]) =>
  [...rows].sort((a, b) => `${a[0]} ${a[1]}`.localeCompare(`${b[0]} ${b[1]}`));

/**
 * The 2015-2017 "UN Mission's Summary" prints no grand total. These are the sums of its printed
 * country subtotals (each checked by the reader); they equal IPI's independently compiled world
 * totals (data_monthly.csv) for every month IPI has, except May 2015 (IPI: 106,173, 333 fewer police).
 */
const SUMMARY_2015_TOTALS: Record<string, number> = {
  '2015_01': 104496,
  '2015_02': 104928,
  '2015_03': 107805,
  '2015_04': 107805,
  '2015_05': 106506,
  '2015_06': 105659,
  '2015_07': 106286,
  '2015_08': 106506,
  '2015_09': 105480,
  '2015_10': 105859,
  '2015_11': 106536,
  '2015_12': 107088,
  '2016_01': 107076,
  '2016_02': 105314,
  '2016_03': 104279,
  '2016_04': 104279,
  '2016_05': 103940,
  '2016_06': 102081,
  '2016_07': 101674,
  '2016_08': 100950,
  '2016_09': 101357,
  '2016_10': 101557,
  '2016_12': 100376,
  '2017_01': 100231,
  '2017_02': 97934,
  '2017_03': 96865,
  '2017_04': 96865,
};

describe('every file of the 2015-2018 country-first families', () => {
  test.each(ALL_FILES)(
    '%s parses, checks its printed totals and reports the month printed inside it',
    async (month) => {
      const report = await reportOf(month);
      expect(report.layout).toBe(READER_OF[month]!.layout);
      const expectedMonth = (MISLABELLED[month] ?? month.replace('_', '-')).slice(0, 7);
      expect(report.reportDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(report.reportDate!.slice(0, 7)).toBe(expectedMonth);
      if (MISLABELLED[month]) expect(report.reportDate).toBe(MISLABELLED[month]);
      expect(report.checkedTotals).toBeGreaterThan(100);
      expect(report.cells.length).toBeGreaterThan(800);
      for (const c of report.cells) {
        expect(c.mission).toMatch(/^[A-Z]{3,12}$/);
        expect(c.country).toBe(c.country.trim().replace(/\s+/g, ' '));
        expect(c.male! + c.female!).toBe(c.total);
        expect(c.total).toBeGreaterThan(0);
      }
      const s = sums(report.cells);
      if (READER_OF[month] === countryMissionSummary2015Reader) {
        expect(report.grandTotal).toBeNull();
        expect(s.total).toBe(SUMMARY_2015_TOTALS[month]);
      } else {
        const g = report.grandTotal!;
        expect(s.total).toBe(g.total);
        if (g.male !== null) expect(s.male).toBe(g.male);
        if (g.female !== null) expect(s.female).toBe(g.female);
      }
    },
  );

  test('the mislabelled March files hold the April report, read from the date inside', async () => {
    for (const [march, april] of [
      ['2015_03', '2015_04'],
      ['2016_03', '2016_04'],
      ['2017_03', '2017_04'],
    ] as const) {
      const [a, b] = await Promise.all([reportOf(march), reportOf(april)]);
      expect(a.reportDate).toBe(b.reportDate);
      expect(a.cells).toEqual(b.cells);
    }
  });

  test('summary-2015 month totals by type agree with IPI data_monthly.csv except May 2015 police', async () => {
    const csv = readFileSync(
      path.join(SOURCES, 'contributions_ipi_providing_for_peacekeeping/data_monthly.csv'),
      'utf8',
    );
    const [head, ...rows] = csv.trim().split('\n');
    const cols = head!.split(',').map((h) => h.replace(/"/g, ''));
    const ipi = new Map(
      rows.map((r) => {
        const v = r.split(',');
        const get = (name: string) => Number(v[cols.indexOf(name)]);
        return [
          v[0]!,
          [get('Troop Contributions'), get('Police Contributions'), get('EOM Contributions')],
        ] as const;
      }),
    );
    let compared = 0;
    for (const month of FAMILY_SUMMARY_2015) {
      const report = await reportOf(month);
      const expected = ipi.get(report.reportDate!);
      if (!expected) continue; // IPI ends 2017-03-31
      const by = (...types: string[]) =>
        report.cells.filter((c) => types.includes(c.personnelType)).reduce((a, c) => a + c.total, 0);
      const mine = [by('troops'), by('individual_police', 'formed_police_units'), by('experts_on_mission')];
      if (month === '2015_05')
        expect(mine).toEqual([91649, 13097, 1760]); // IPI: police 12,764
      else expect(mine).toEqual(expected);
      compared++;
    }
    expect(compared).toBe(25); // 27 files less the two copies of April 2017
  });
});

describe('pinned figures read by eye', () => {
  test('summary-2015, 2015_01 pages 2-3: Bangladesh by mission and type, country subtotal 9,436', async () => {
    const r = await reportOf('2015_01');
    expect(r.reportDate).toBe('2015-01-31');
    expect(table(r, 'Bangladesh')).toEqual(
      sorted([
        ['MINURSO', 'experts_on_mission', 8, 0, 8],
        ['MINURSO', 'troops', 32, 7, 39],
        ['MINUSCA', 'experts_on_mission', 11, 0, 11],
        ['MINUSCA', 'troops', 841, 7, 848],
        ['MINUSMA', 'formed_police_units', 138, 0, 138],
        ['MINUSMA', 'troops', 1580, 0, 1580],
        ['MINUSTAH', 'individual_police', 5, 0, 5],
        ['MINUSTAH', 'formed_police_units', 196, 84, 280],
        ['MONUSCO', 'formed_police_units', 44, 79, 123],
        ['MONUSCO', 'experts_on_mission', 19, 0, 19],
        ['MONUSCO', 'troops', 2539, 15, 2554],
        ['UNAMID', 'individual_police', 25, 1, 26],
        ['UNAMID', 'formed_police_units', 292, 0, 292],
        ['UNAMID', 'experts_on_mission', 11, 0, 11],
        ['UNAMID', 'troops', 215, 1, 216],
        ['UNIFIL', 'troops', 326, 0, 326],
        ['UNMIL', 'individual_police', 14, 0, 14],
        ['UNMIL', 'experts_on_mission', 13, 0, 13],
        ['UNMIL', 'troops', 507, 10, 517],
        ['UNMISS', 'individual_police', 27, 2, 29],
        ['UNMISS', 'formed_police_units', 242, 0, 242],
        ['UNMISS', 'experts_on_mission', 6, 0, 6],
        ['UNMISS', 'troops', 278, 0, 278],
        ['UNOCI', 'formed_police_units', 179, 0, 179],
        ['UNOCI', 'experts_on_mission', 13, 0, 13],
        ['UNOCI', 'troops', 1658, 11, 1669],
      ]),
    );
    expect(sums(r.cells.filter((c) => c.country === 'Bangladesh')).total).toBe(9436);
    expect(
      r.cells.find(
        (c) => c.country === 'Bangladesh' && c.mission === 'MINUSMA' && c.personnelType === 'troops',
      )?.page,
    ).toBe(2);
  });

  test('summary-2015, 2015_01 page 1: Argentina by mission and type, subtotal 880', async () => {
    const r = await reportOf('2015_01');
    expect(table(r, 'Argentina')).toEqual(
      sorted([
        ['MINURSO', 'individual_police', 0, 1, 1],
        ['MINURSO', 'experts_on_mission', 3, 0, 3],
        ['MINUSTAH', 'individual_police', 19, 2, 21],
        ['MINUSTAH', 'troops', 529, 37, 566],
        ['UNFICYP', 'troops', 251, 16, 267],
        ['UNMIL', 'individual_police', 9, 3, 12],
        ['UNMISS', 'individual_police', 4, 0, 4],
        ['UNOCI', 'individual_police', 3, 0, 3],
        ['UNTSO', 'experts_on_mission', 3, 0, 3],
      ]),
    );
  });

  test('summary-2015, 2015_02 page 16: ghost rows in the Ghana MINURSO and BINUB blocks add nothing', async () => {
    const r = await reportOf('2015_02');
    expect(table(r, 'Ghana').filter((row) => row[0] === 'MINURSO')).toEqual(
      sorted([
        ['MINURSO', 'experts_on_mission', 9, 0, 9],
        ['MINURSO', 'troops', 7, 0, 7],
      ]),
    );
    expect(r.cells.some((c) => c.mission === 'BINUB')).toBe(false);
  });

  test('summary-2015, 2016_01 page 26: Morocco UNOCI is emitted as printed, 0 male / 718 female', async () => {
    const r = await reportOf('2016_01');
    expect(r.cells.filter((c) => c.country === 'Morocco' && c.mission === 'UNOCI')).toEqual([
      {
        country: 'Morocco',
        mission: 'UNOCI',
        personnelType: 'troops',
        male: 0,
        female: 718,
        total: 718,
        page: 26,
      },
    ]);
    expect(sums(r.cells.filter((c) => c.country === 'Morocco')).total).toBe(2287);
  });

  test('numbered-2016, 2016_11 pages 4-7: Bangladesh by mission and type; grand total 100,851 on page 127', async () => {
    const r = await reportOf('2016_11');
    expect(r.reportDate).toBe('2016-11-30');
    expect(r.grandTotal).toEqual({ male: null, female: null, total: 100851 });
    expect(table(r, 'Bangladesh')).toEqual(
      sorted([
        ['MINURSO', 'experts_on_mission', 2, 0, 2],
        ['MINURSO', 'troops', 17, 3, 20],
        ['MINUSCA', 'experts_on_mission', 7, 0, 7],
        ['MINUSCA', 'troops', 1072, 11, 1083],
        ['MINUSMA', 'experts_on_mission', 3, 0, 3],
        ['MINUSMA', 'troops', 1532, 0, 1532],
        ['MINUSMA', 'formed_police_units', 136, 0, 136],
        ['MINUSTAH', 'troops', 111, 2, 113],
        ['MINUSTAH', 'individual_police', 19, 1, 20],
        ['MINUSTAH', 'formed_police_units', 218, 82, 300],
        ['MONUSCO', 'experts_on_mission', 15, 0, 15],
        ['MONUSCO', 'troops', 1730, 14, 1744],
        ['MONUSCO', 'formed_police_units', 104, 76, 180],
        ['UNAMID', 'experts_on_mission', 7, 0, 7],
        ['UNAMID', 'troops', 369, 0, 369],
        ['UNAMID', 'individual_police', 66, 2, 68],
        ['UNAMID', 'formed_police_units', 279, 0, 279],
        ['UNFICYP', 'troops', 2, 0, 2],
        ['UNIFIL', 'troops', 276, 0, 276],
        ['UNMIL', 'experts_on_mission', 1, 0, 1],
        ['UNMIL', 'troops', 4, 0, 4],
        ['UNMIL', 'individual_police', 3, 0, 3],
        ['UNMISS', 'experts_on_mission', 6, 0, 6],
        ['UNMISS', 'troops', 474, 5, 479],
        ['UNMISS', 'individual_police', 28, 0, 28],
        ['UNOCI', 'experts_on_mission', 5, 0, 5],
        ['UNOCI', 'troops', 69, 2, 71],
        ['UNOCI', 'formed_police_units', 140, 0, 140],
        ['UNSOM', 'individual_police', 1, 0, 1],
      ]),
    );
    expect(sums(r.cells.filter((c) => c.country === 'Bangladesh')).total).toBe(6894);
    // The report truncates long names; they are emitted as printed.
    expect(new Set(r.cells.map((c) => c.country))).toContain('United States of Americ');
  });

  test('post-2017, 2017_05 pages 2-3: Bangladesh by mission and post, subtotal 6,752 / 206 / 6,958; grand total page 43', async () => {
    const r = await reportOf('2017_05');
    expect(r.reportDate).toBe('2017-05-31');
    expect(r.grandTotal).toEqual({ male: 92520, female: 4097, total: 96617 });
    expect(table(r, 'Bangladesh')).toEqual(
      sorted([
        ['MINURSO', 'troops', 16, 4, 20],
        ['MINURSO', 'experts_on_mission', 8, 0, 8],
        ['MINUSCA', 'troops', 989, 10, 999],
        ['MINUSCA', 'experts_on_mission', 11, 0, 11],
        ['MINUSCA', 'staff_officers', 17, 2, 19],
        ['MINUSMA', 'troops', 1514, 4, 1518],
        ['MINUSMA', 'formed_police_units', 270, 0, 270],
        ['MINUSMA', 'staff_officers', 26, 0, 26],
        ['MINUSTAH', 'troops', 108, 2, 110],
        ['MINUSTAH', 'formed_police_units', 218, 82, 300],
        ['MINUSTAH', 'individual_police', 18, 1, 19],
        ['MINUSTAH', 'staff_officers', 2, 0, 2],
        ['MONUSCO', 'troops', 1675, 19, 1694],
        ['MONUSCO', 'experts_on_mission', 17, 0, 17],
        ['MONUSCO', 'formed_police_units', 104, 76, 180],
        ['MONUSCO', 'staff_officers', 15, 0, 15],
        ['UNAMID', 'troops', 349, 0, 349],
        ['UNAMID', 'experts_on_mission', 8, 0, 8],
        ['UNAMID', 'formed_police_units', 278, 0, 278],
        ['UNAMID', 'individual_police', 28, 2, 30],
        ['UNAMID', 'staff_officers', 18, 1, 19],
        ['UNFICYP', 'staff_officers', 2, 0, 2],
        ['UNIFIL', 'troops', 272, 0, 272],
        ['UNIFIL', 'staff_officers', 4, 0, 4],
        ['UNMIL', 'individual_police', 2, 0, 2],
        ['UNMISS', 'troops', 720, 3, 723],
        ['UNMISS', 'experts_on_mission', 7, 0, 7],
        ['UNMISS', 'individual_police', 36, 0, 36],
        ['UNMISS', 'staff_officers', 20, 0, 20],
      ]),
    );
    expect(sums(r.cells.filter((c) => c.country === 'Bangladesh'))).toEqual({
      male: 6752,
      female: 206,
      total: 6958,
    });
  });

  test('post-2017, 2017_05 page 4: "Bermuda" is kept as printed, 3 staff officers in UNDOF', async () => {
    const r = await reportOf('2017_05');
    expect(r.cells.filter((c) => c.country === 'Bermuda')).toEqual([
      {
        country: 'Bermuda',
        mission: 'UNDOF',
        personnelType: 'staff_officers',
        male: 3,
        female: 0,
        total: 3,
        page: 4,
      },
    ]);
  });

  test("post-2017, 2017_10 pages 12-13: Côte d'Ivoire's unnamed subtotal 203 / 7 / 210 is checked", async () => {
    const r = await reportOf('2017_10');
    expect(table(r, "Côte d'Ivoire")).toEqual(
      sorted([
        ['MINUSCA', 'individual_police', 32, 2, 34],
        ['MINUSMA', 'troops', 146, 3, 149],
        ['MINUSMA', 'experts_on_mission', 1, 0, 1],
        ['MINUSMA', 'individual_police', 8, 2, 10],
        ['MONUSCO', 'individual_police', 16, 0, 16],
      ]),
    );
    expect(sums(r.cells.filter((c) => c.country === "Côte d'Ivoire"))).toEqual({
      male: 203,
      female: 7,
      total: 210,
    });
    expect(r.grandTotal).toEqual({ male: 88431, female: 4075, total: 92506 });
  });
});

describe('a printed total that the rows do not reproduce stops the pipeline', () => {
  async function tampered(month: string, page: number, from: string, to: string): Promise<PdfPage[]> {
    const pages = structuredClone(await pagesOf(month));
    const hits = pages[page - 1]!.items.filter((i) => i.str === from);
    expect(hits).toHaveLength(1);
    hits[0]!.str = to;
    return pages;
  }
  function expectCheckError(run: () => unknown, file: string, page: number, numbers: string[]) {
    let error: unknown;
    try {
      run();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ReportCheckError);
    const e = error as ReportCheckError;
    expect(e.file).toBe(file);
    expect(e.page).toBe(page);
    expect(e.message).toContain(file);
    expect(e.message).toContain(`page ${page}`);
    for (const n of numbers) expect(e.message).toContain(n);
  }

  test('summary-2015: Bangladesh MINUSMA subtotal 1,718 altered to 1,719 on page 2 of 2015_01', async () => {
    const pages = await tampered('2015_01', 2, '1,718', '1,719');
    const file = pdfPath('2015_01');
    expectCheckError(() => countryMissionSummary2015Reader.read(pages, file), file, 2, [
      'prints 1719',
      'sum to 1718',
      'MINUSMA',
    ]);
  });

  test('numbered-2016: Bangladesh MINUSCA "Total for Mission" 1,090 altered to 1,091 on page 5 of 2016_11', async () => {
    const pages = await tampered('2016_11', 5, '1,090', '1,091');
    const file = pdfPath('2016_11');
    expectCheckError(() => numberedCountryMission2016Reader.read(pages, file), file, 5, [
      'prints 1091',
      'sum to 1090',
      'MINUSCA',
    ]);
  });

  test('post-2017: Bangladesh country subtotal 6,958 altered to 6,959 on page 3 of 2017_05', async () => {
    const pages = await tampered('2017_05', 3, '6,958', '6,959');
    const file = pdfPath('2017_05');
    expectCheckError(() => countryMissionPost2017Reader.read(pages, file), file, 3, [
      'prints 6959',
      'sum to 6958',
      'Bangladesh',
    ]);
  });
});

describe('layout recognition', () => {
  const firstPageText = (pages: PdfPage[]) =>
    groupLines(pages[0]!)
      .map((l) => l.text)
      .join('\n');

  test.each(ALL_FILES)('%s is claimed by exactly one registered reader, its own', async (month) => {
    const text = firstPageText(await pagesOf(month));
    const claimants = REPORT_READERS.filter((r) => r.matches(text));
    expect(claimants.map((r) => r.layout)).toEqual([READER_OF[month]!.layout]);
  });

  test.each([
    '2018_03',
    '2019_08',
    '2019_09',
    '2019_10',
    '2019_11',
    '2020_07',
    '2021_01',
    '2021_02',
    '2023_09',
    '2024_10',
    '2025_07',
  ])('%s (another family) is not claimed by these readers', async (month) => {
    const text = firstPageText(await readPdfPages(pdfPath(month)));
    for (const r of [
      countryMissionSummary2015Reader,
      numberedCountryMission2016Reader,
      countryMissionPost2017Reader,
    ]) {
      expect(r.matches(text)).toBe(false);
    }
  });
});
