// The committed dataset, pinned to figures the sources themselves print.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  manifestSchema,
  totalsSchema,
  countryCellsSchema,
  fatalitiesSchema,
  parseChunk,
  type CountryCells,
} from '../../src/data/schema.ts';
import { rankOf } from '../../src/data/selectors/ranks.ts';
import { countFatalities } from '../../src/data/selectors/fatalityCounts.ts';
import { monthKeys } from '../../scripts/data/assemble/monthAxis.ts';
import { DATA_DIR } from './sourcesDir.ts';

const read = (rel: string): unknown => JSON.parse(readFileSync(path.join(DATA_DIR, rel), 'utf8'));
const manifest = parseChunk(manifestSchema, 'manifest.json', read('manifest.json'));
const totals = parseChunk(totalsSchema, 'totals.json', read('totals.json'));
const fatalities = parseChunk(fatalitiesSchema, 'fatalities.json', read('fatalities.json'));
const cells = (iso3: string): CountryCells =>
  parseChunk(countryCellsSchema, `countries/${iso3}.json`, read(`countries/${iso3}.json`));
const month = (key: string): number => manifest.months.indexOf(key);

function sumCells(c: CountryCells, monthIndex: number, pick: (i: number) => number | null): number {
  let n = 0;
  c.month.forEach((m, i) => {
    if (m === monthIndex) n += pick(i) ?? 0;
  });
  return n;
}

describe('the committed dataset', () => {
  test('Bangladesh on 31 March 2023: 7,237 uniformed personnel, 6,667 men and 570 women, first among contributors', () => {
    const i = month('2023-03-31');
    const bgd = cells('BGD');
    expect(sumCells(bgd, i, (k) => bgd.total[k] ?? null)).toBe(7237);
    expect(sumCells(bgd, i, (k) => bgd.male[k] ?? null)).toBe(6667);
    expect(sumCells(bgd, i, (k) => bgd.female[k] ?? null)).toBe(570);
    expect(totals.countries.BGD?.total[i]).toBe(7237);
    expect(rankOf(totals, i, 'BGD')).toMatchObject({ rank: 1 });
  });

  test('Bangladesh on 31 March 2023 by type: troops 6,515, formed police 460, staff officers 166, experts 55, individual police 41', () => {
    const i = month('2023-03-31');
    const bgd = cells('BGD');
    const byType: Record<string, number> = {};
    bgd.month.forEach((m, k) => {
      if (m !== i) return;
      const type = manifest.personnelTypes[bgd.type[k] ?? -1] ?? '?';
      byType[type] = (byType[type] ?? 0) + (bgd.total[k] ?? 0);
    });
    expect(byType).toEqual({
      troops: 6515,
      formed_police_units: 460,
      staff_officers: 166,
      experts_on_mission: 55,
      individual_police: 41,
    });
  });

  test('the next contributors in March 2023 are Nepal 6,264, India 6,097, Rwanda 5,935 and Pakistan 4,334', () => {
    const i = month('2023-03-31');
    expect([
      totals.countries.NPL?.total[i],
      totals.countries.IND?.total[i],
      totals.countries.RWA?.total[i],
      totals.countries.PAK?.total[i],
    ]).toEqual([6264, 6097, 5935, 4334]);
  });

  test('September 2023 (country × type only) sums to its printed grand total of 72,631', () => {
    expect(totals.world.total[month('2023-09-30')]).toBe(72631);
  });

  test('Bangladeshi fatalities with an incident date up to 30 June 2023: 166, of whom 164 uniformed', () => {
    expect(countFatalities(fatalities, 'BGD', { upTo: '2023-06-30', uniformedOnly: false })).toBe(166);
    expect(countFatalities(fatalities, 'BGD', { upTo: '2023-06-30', uniformedOnly: true })).toBe(164);
  });

  test('a month with no source is a gap in the series, not a 0', () => {
    for (const gap of ['2014-06-30', '2015-03-31', '2020-06-30', '2022-07-31']) {
      const i = month(gap);
      expect(manifest.monthInfo[i]?.status).toBe('gap');
      expect(totals.countries.BGD?.total[i]).toBeNull();
      expect(totals.world.total[i]).toBeNull();
    }
    // A country with no one deployed in a month that has a report is 0, not a gap.
    expect(totals.countries.BTN?.total[month('2010-01-31')]).toBe(0);
  });

  test('every month from 1990-11 to 2025-07 is present once, either with a source or listed as a gap', () => {
    const keys = monthKeys('1990-11', '2025-07');
    expect(manifest.months.map((m) => m.slice(0, 7))).toEqual(keys);
    expect(manifest.monthInfo).toHaveLength(keys.length);
    const gapMonths = new Set<string>();
    for (const g of manifest.gaps) {
      for (const k of monthKeys(g.from.slice(0, 7), g.to.slice(0, 7))) {
        expect(gapMonths.has(k)).toBe(false);
        gapMonths.add(k);
      }
    }
    manifest.monthInfo.forEach((info, i) => {
      expect(info.status === 'gap').toBe(gapMonths.has(keys[i] ?? ''));
    });
    const files = manifest.monthInfo.flatMap((info) =>
      info.status === 'ok' && info.source === 'un-pdf' ? [info.file] : [],
    );
    expect(new Set(files).size).toBe(files.length);
  });

  test('the known gaps are exactly 2014-04…2014-12, March 2015, 2016, 2017, June 2020 and July 2022, each with its reason', () => {
    const gaps = manifest.monthInfo.flatMap((info, i) =>
      info.status === 'gap' ? [manifest.months[i]?.slice(0, 7)] : [],
    );
    expect(gaps).toEqual([
      ...monthKeys('2014-04', '2014-12'),
      '2015-03',
      '2016-03',
      '2017-03',
      '2020-06',
      '2022-07',
    ]);
    for (const info of manifest.monthInfo)
      if (info.status === 'gap') expect(info.reason.length).toBeGreaterThan(20);
  });

  test('417 months from 1990-11 to 2025-07: 403 with a source, 14 gaps each with its reason', () => {
    expect(manifest.months).toHaveLength(417);
    expect(manifest.months[0]).toBe('1990-11-30');
    expect(manifest.months[416]).toBe('2025-07-31');
    expect(manifest.monthInfo.filter((m) => m.status === 'ok')).toHaveLength(403);
    expect(manifest.gaps.every((g) => g.reason !== '')).toBe(true);
  });

  test('October 2019 is read from the undated 2019_10 report: Bangladesh 6,417 and the grand total 84,968 as printed', () => {
    const i = month('2019-10-31');
    const info = manifest.monthInfo[i];
    expect(info).toMatchObject({
      status: 'ok',
      file: 'UN_country_contributions_2019_10.pdf',
      layout: 'wide-table-2019-10',
    });
    expect(totals.countries.BGD?.total[i]).toBe(6417);
    expect(sumCells(cells('BGD'), i, (k) => cells('BGD').total[k] ?? null)).toBe(6417);
    expect(totals.world.total[i]).toBe(84968);
    expect(totals.world.total[i - 1]).toBe(85676);
    expect(totals.world.total[i + 1]).toBe(84998);
  });

  test('the manifest records how October 2019 was placed: BINUH present, MINUJUSTH absent, PDF created 28 November 2019, a distinct total', () => {
    const info = manifest.monthInfo[month('2019-10-31')];
    const evidence = (info?.status === 'ok' && info.datedBy) || [];
    expect(evidence.join(' ')).toContain('BINUH, which began on 16 October 2019');
    expect(evidence.join(' ')).toContain('no MINUJUSTH, which ended on 15 October 2019');
    expect(evidence.join(' ')).toContain('created on 28 November 2019');
    expect(evidence.join(' ')).toContain(
      '84,968, differs from 85,676 in September 2019 and 84,998 in November 2019',
    );
    // No other month is placed by evidence: every other report prints its date.
    expect(manifest.monthInfo.filter((m) => m.status === 'ok' && m.datedBy)).toHaveLength(1);
  });

  test('March 1991: Bangladesh, Hungary, Indonesia, Kenya, Malaysia and Nigeria read as not reported (null), never 0', () => {
    const i = month('1991-03-31');
    const six = ['BGD', 'HUN', 'IDN', 'KEN', 'MYS', 'NGA'];
    for (const iso of six) {
      expect(totals.countries[iso]?.total[i]).toBeNull();
      expect(totals.countries[iso]?.total[i - 1]).toBeGreaterThan(0);
      expect(totals.countries[iso]?.total[i + 1]).toBeGreaterThan(0);
    }
    expect(manifest.notReported?.map((n) => `${n.month} ${n.iso3}`)).toEqual(
      six.map((iso) => `1991-03-31 ${iso}`),
    );
    expect(manifest.notReported?.[0]?.reason).toContain(
      '37 contributors in March 1991 against 46 in February 1991 and 46 in April 1991',
    );
    // Without them the world total would be a partial sum: it is not reported either.
    expect(totals.world.total[i]).toBeNull();
    expect(totals.world.total[i - 1]).toBe(10329);
    expect(totals.world.total[i + 1]).toBe(10713);
    // The month itself has a source: the other contributors are read as usual.
    expect(manifest.monthInfo[i]?.status).toBe('ok');
    expect(totals.countries.FRA?.total[i]).toBeGreaterThan(0);
  });

  test('every withheld value is listed with its reason: 17 IPI gender-file cells (Egypt 16, Ethiopia 1), Morocco 2016-01/04/05, August 2020', () => {
    const withheld = manifest.withheld ?? [];
    const ipi = withheld.filter((w) => w.reason.startsWith('IPI'));
    expect(ipi).toHaveLength(17);
    expect(ipi.filter((w) => w.iso3 === 'EGY').map((w) => w.month.slice(0, 7))).toHaveLength(16);
    expect(ipi.filter((w) => w.iso3 === 'EGY')[0]?.month).toBe('2009-11-30');
    expect(ipi.filter((w) => w.iso3 === 'EGY').at(-1)?.month).toBe('2011-09-30');
    expect(ipi.filter((w) => w.iso3 === 'ETH').map((w) => w.month)).toEqual(['2010-02-28']);
    expect(withheld.filter((w) => w.iso3 === 'MAR').map((w) => w.month)).toEqual([
      '2016-01-31',
      '2016-04-30',
      '2016-05-31',
    ]);
    expect(withheld.find((w) => w.month === '2020-08-31')).toMatchObject({ iso3: null, mission: null });
    // Each listed IPI value is null in the data, its total kept.
    for (const w of ipi) {
      const i = month(w.month);
      expect(totals.countries[w.iso3 ?? '']?.female[i]).toBeNull();
      expect(totals.countries[w.iso3 ?? '']?.total[i]).toBeGreaterThan(0);
    }
  });

  test('files holding another month’s report are listed as left out', () => {
    const left = manifest.duplicates.map((d) => d.file).sort();
    expect(left).toEqual([
      'UN_country_contributions_2015_03.pdf',
      'UN_country_contributions_2016_03.pdf',
      'UN_country_contributions_2017_03.pdf',
      'UN_country_contributions_2020_06.pdf',
    ]);
  });

  test('August 2020’s corrupt male/female split never reaches the data as women', () => {
    const i = month('2020-08-31');
    const info = manifest.monthInfo[i];
    expect(info?.status === 'ok' && info.genderNote).toContain('August 2020');
    expect(totals.world.female[i]).toBeNull();
    expect(totals.countries.BGD?.female[i]).toBeNull();
    expect(totals.world.total[i]).toBe(81820);
  });

  test('Morocco’s UNOCI contingent printed as women in 2016-01/04/05 is withheld, the rest of the world’s women kept', () => {
    for (const key of ['2016-01-31', '2016-04-30', '2016-05-31']) {
      const i = month(key);
      expect(totals.countries.MAR?.female[i]).toBeNull();
      const world = totals.world;
      expect(world.female[i]).not.toBeNull();
      expect((world.gendered[i] ?? 0) < (world.total[i] ?? 0)).toBe(true);
    }
  });

  test('the dataset version is derived from its content', () => {
    expect(manifest.version).toMatch(/^2025-07\.[0-9a-f]{8}$/);
  });
});
