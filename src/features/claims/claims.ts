// Every figure quoted in the two seed articles, each with the computation that checks it.
import { breakdownAt } from '../../data/selectors/countryCells.ts';
import { countFatalities } from '../../data/selectors/fatalityCounts.ts';
import { crossSectionTotals, monthlyTotals } from '../../data/selectors/monthlyCells.ts';
import { monthIndex, monthLabel } from '../../data/selectors/months.ts';
import { rankValues } from '../../data/selectors/ranks.ts';
import { rankSeries } from '../../data/selectors/rankSeries.ts';
import { listJoin } from '../../ui/listJoin.ts';
import { DEFAULT_MIN, monthPerCapita } from '../../data/selectors/perCapitaRanking.ts';
import { profileModel } from '../../data/selectors/countryProfile.ts';
import {
  compareNumbers,
  signed,
  type Article,
  type ClaimDataset,
  type ClaimDefinition,
  type ClaimResult,
  read,
} from './claimsModel.ts';
import { formatNumber } from '../../ui/format.ts';

const n = formatNumber;

export const BANGLADESH_ARTICLE: Article = {
  id: 'geopolitics-2023-06',
  title:
    'What to Expect From the First-ever Visit of the UN Peacekeeping Under-Secretary-General to Bangladesh?',
  publisher: 'The Geopolitics (opinion article)',
  url: 'https://thegeopolitics.com/what-to-expect-from-the-first-ever-visit-of-the-un-peacekeeping-under-secretary-general-to-bangladesh/',
  date: 'June 2023, before 25 June',
  dateNote:
    'The copy carries no date line; it previews the visit of 25–26 June 2023. A figure it dates itself ("as of March 2023") is checked against that month’s report; a figure it gives as current ("currently") against the report of the article’s own month, June 2023; deaths are counted up to 24 June 2023.',
};

export const BHUTAN_ARTICLE: Article = {
  id: 'kuensel-2023-07',
  title:
    '“We are proud of Bhutan’s contributions to the UN and peacekeeping”: Jean-Pierre Lacroix (interview by Rinzin Wangchuk)',
  publisher: 'Kuensel',
  url: 'https://kuenselonline.com/we-are-proud-of-bhutans-contributions-to-the-un-and-peacekeeping-jean-pierre-lacroix/',
  date: 'early July 2023',
  dateNote:
    'Given during the Under-Secretary-General’s visit to Bhutan of 30 June – 3 July 2023 (Bhutan’s foreign ministry announced the dates); its figures are checked against the report of 30 June 2023, the latest at the time.',
};

/** Months the articles' present-tense figures are checked against. */
export const BANGLADESH_MONTH = '2023-03';
/** The article's own month: what "currently" means. */
export const BANGLADESH_NOW = '2023-06';
export const BANGLADESH_DEATHS_UP_TO = '2023-06-24';
export const BHUTAN_MONTH = '2023-06';
export const BHUTAN_YEAR = Number(BHUTAN_MONTH.slice(0, 4));
/** "One of the largest": among the five largest contributors that month. */
export const LARGEST_TOP = 5;
/** "Amongst the first relative to the population": among the first five per million people. */
export const PER_CAPITA_TOP = 5;

const cellsOf = read.cells;

function monthOf(ds: ClaimDataset, key: string): number {
  const index = monthIndex(ds.manifest.months, key);
  if (index === null) throw new Error(`${key} is outside the data.`);
  return index;
}

const notReported = (ds: ClaimDataset, month: number): ClaimResult | null => {
  const info = ds.manifest.monthInfo[month];
  return info?.status === 'gap'
    ? { verdict: 'cannot-check', answer: 'No report for that month', detail: info.reason }
    : null;
};

/** Military women (troops, staff officers, experts on mission): the armed forces' women, police excluded. */
const MILITARY_TYPES = ['troops', 'staff_officers', 'experts_on_mission'] as const;

function womenAt(ds: ClaimDataset, iso3: string, month: number) {
  const b = breakdownAt(ds.manifest, cellsOf(ds, iso3), month);
  let military: number | null = 0;
  for (const t of MILITARY_TYPES) {
    const f = b.byType[t]?.female;
    if (f === undefined) continue;
    military = military === null || f === null ? null : military + f;
  }
  return { all: b.female, military, total: b.total };
}

/**
 * womenAt(…).military for every month the country has cells, in one pass over its cells (womenAt per
 * month scanned them all once per month: 15 ms for Bangladesh's 417 months). Months in the order they
 * first appear; null where a military cell of the month has no gender split.
 */
function militaryWomenByMonth(ds: ClaimDataset, iso3: string): Map<number, number | null> {
  const cells = cellsOf(ds, iso3);
  const military = new Set<string>(MILITARY_TYPES);
  const byMonth = new Map<number, number | null>();
  for (let i = 0; i < cells.month.length; i++) {
    const month = cells.month[i] ?? -1;
    const sum = byMonth.get(month) ?? 0;
    byMonth.set(month, sum);
    if (!military.has(ds.manifest.personnelTypes[cells.type[i] ?? -1] ?? '')) continue;
    const female = cells.female[i] ?? null;
    byMonth.set(month, sum === null || female === null ? null : sum + female);
  }
  return byMonth;
}

const bangladeshDeployed: ClaimDefinition = {
  id: 'bgd-deployed-2023-03',
  article: BANGLADESH_ARTICLE,
  quote: 'As of March 2023, 7,237 peacekeepers deployed in different countries and locations.',
  figure: '7,237 Bangladeshi peacekeepers deployed in March 2023',
  needs: ['cells:BGD'],
  evaluate: (ds) => {
    const m = monthOf(ds, BANGLADESH_MONTH);
    const gap = notReported(ds, m);
    if (gap) return gap;
    const b = breakdownAt(ds.manifest, cellsOf(ds, 'BGD'), m);
    const total = b.total;
    return {
      ...compareNumbers(total, 7237),
      answer: `${n(total ?? 0)} uniformed personnel at the end of ${monthLabel(ds.manifest.months[m] ?? '')}`,
      detail: `Month-end headcount in the UN report of ${ds.manifest.months[m]}, all uniformed personnel types, in ${b.missions.length} missions.`,
    };
  },
};

const bangladeshLargest: ClaimDefinition = {
  id: 'bgd-one-of-the-largest',
  article: BANGLADESH_ARTICLE,
  quote:
    'Bangladesh is one of the largest Troops and Police Contributing Countries (TPCCs) to the UN Peacekeeping Operations.',
  figure: `“One of the largest” contributors (read as: among the ${LARGEST_TOP} largest)`,
  needs: ['totals'],
  evaluate: (ds) => {
    const m = monthOf(ds, BANGLADESH_NOW);
    const gap = notReported(ds, m);
    if (gap) return gap;
    const totals = read.totals(ds);
    // One pass over the months (rankSeries) rather than a sort of every contributor per month.
    const series = rankSeries(totals, 'BGD');
    const rank = series[m] ?? null;
    const ranks = ds.manifest.months.map((month, i) => ({ month, rank: series[i] ?? null }));
    const ranked = ranks.filter((r) => r.rank !== null);
    const inTop = ranked.filter((r) => (r.rank?.rank ?? Infinity) <= LARGEST_TOP);
    const first = ranked.filter((r) => r.rank?.rank === 1);
    const firstInTop = inTop[0];
    const sinceTop = firstInTop ? ranked.filter((r) => r.month >= firstInTop.month) : [];
    const sinceTopIn = sinceTop.filter((r) => (r.rank?.rank ?? Infinity) <= LARGEST_TOP).length;
    return {
      verdict: rank === null ? 'cannot-check' : rank.rank <= LARGEST_TOP ? 'match' : 'differs',
      ...(rank !== null && rank.rank > LARGEST_TOP ? { difference: rank.rank - LARGEST_TOP } : {}),
      answer: rank
        ? `Rank ${rank.rank} of ${rank.of} contributors in ${monthLabel(ds.manifest.months[m] ?? '')}`
        : 'Not contributing that month',
      detail:
        `Ranked by total uniformed personnel, month by month (competition ranks, the overview's ranking). ` +
        `Bangladesh was among the ${LARGEST_TOP} largest in ${n(inTop.length)} of the ${n(ranked.length)} months with a report since ${monthLabel(ranked[0]?.month ?? '')}` +
        (firstInTop
          ? ` — ${n(sinceTopIn)} of ${n(sinceTop.length)} since it first got there in ${monthLabel(firstInTop.month)}`
          : '') +
        `; the largest of all in ${n(first.length)} months.`,
      evidence: {
        caption: 'Bangladesh’s rank among contributors, by month',
        columns: ['Month', 'Rank', 'Contributors', 'Personnel'],
        rows: ranks
          .map(
            (r, i) =>
              [
                monthLabel(r.month),
                r.rank?.rank ?? null,
                r.rank?.of ?? null,
                totals.countries.BGD?.total[i] ?? null,
              ] as const,
          )
          .reverse(),
      },
    };
  },
};

const bangladeshSince1988: ClaimDefinition = {
  id: 'bgd-167274-since-1988',
  article: BANGLADESH_ARTICLE,
  quote:
    'The journey of participation in the UN peacekeeping operations started in 1988 and since then it sent over 167,274 peacekeepers in 63 Peace Keeping missions/assignments to serve in 40 countries/locations.',
  figure: '167,274 peacekeepers sent since 1988',
  needs: ['cells:BGD'],
  evaluate: (ds) => {
    const series = monthlyTotals(ds.manifest, cellsOf(ds, 'BGD'));
    let peak = { value: -1, month: '' };
    let personMonths = 0;
    series.forEach((v, i) => {
      if (v === null) return;
      personMonths += v;
      if (v > peak.value) peak = { value: v, month: ds.manifest.months[i] ?? '' };
    });
    return {
      verdict: 'cannot-check',
      answer: 'Not in the data: it counts people, the reports count posts',
      detail:
        `The UN reports are month-end headcounts. Each Bangladeshi who served a year appears in twelve of them and a rotation replaces people without changing the count, so no sum of reports gives the number of individuals ever sent. ` +
        `The data begin in ${monthLabel(ds.manifest.months[0] ?? '')}, after 1988. For scale: the largest month-end count was ${n(peak.value)} (${monthLabel(peak.month)}); all reported months add up to ${n(personMonths)} person-months. The figure comes from Bangladesh’s own records.`,
    };
  },
};

/** Missions with Bangladeshi personnel in the contribution cells or Bangladeshi deaths in the fatalities file. */
function bangladeshMissions(ds: ClaimDataset) {
  const cells = cellsOf(ds, 'BGD');
  const fromCells = new Set<string>();
  cells.mission.forEach((mi, i) => {
    const mission = ds.manifest.missions[mi];
    if (mission && (cells.total[i] ?? 0) > 0) fromCells.add(mission.acronym);
  });
  const fromDeaths = new Set<string>();
  const fatalities = read.fatalities(ds);
  fatalities.iso3.forEach((iso3, i) => {
    if (iso3 === 'BGD') fromDeaths.add(fatalities.mission[i] ?? '');
  });
  const all = new Set([...fromCells, ...fromDeaths]);
  // Hosts of every mission known from any source: those with personnel (manifest.missions) and those
  // known only from the fatalities file (manifest.otherMissions).
  const known = [...ds.manifest.missions, ...(ds.manifest.otherMissions ?? [])];
  const hosts = new Set<string>();
  const multi: { acronym: string; countries: readonly string[] }[] = [];
  const noHost: string[] = [];
  for (const acronym of [...all].sort()) {
    const mission = known.find((m) => m.acronym === acronym);
    if (mission?.hostIso3) hosts.add(mission.hostIso3);
    else if (mission?.hostCountries?.length) multi.push({ acronym, countries: mission.hostCountries });
    else noHost.push(acronym);
  }
  // A multi-country mission adds at least one country, and surely a new one only when none of its
  // countries is counted yet: the floor stays a floor.
  let floor = hosts.size;
  const counted = new Set(hosts);
  for (const m of multi) {
    if (m.countries.some((c) => counted.has(c))) continue;
    floor += 1;
    for (const c of m.countries) counted.add(c);
  }
  const withAll = new Set([...hosts, ...multi.flatMap((m) => m.countries)]);
  const firstDetail = ds.manifest.monthInfo.findIndex((info) => info.status === 'ok' && info.hasMission);
  return { fromCells, fromDeaths, all, hosts, multi, noHost, floor, withAll, firstDetail };
}

const bangladeshMissionCount: ClaimDefinition = {
  id: 'bgd-63-missions',
  article: BANGLADESH_ARTICLE,
  quote: bangladeshSince1988.quote,
  figure: '63 missions or assignments',
  needs: ['cells:BGD', 'fatalities'],
  evaluate: (ds) => {
    const m = bangladeshMissions(ds);
    return {
      verdict: 'cannot-check',
      answer: `At least ${n(m.all.size)} missions appear in the data`,
      detail:
        `A lower bound only. Mission detail in the contribution data begins in ${monthLabel(ds.manifest.months[m.firstDetail] ?? '')} and is missing in some later months; ` +
        `before that, a mission shows only if a Bangladeshi died in it. ${n(m.fromCells.size)} missions have Bangladeshi personnel in the reports, ${n(m.fromDeaths.size)} have Bangladeshi deaths, ${n(m.all.size)} together. ` +
        `“Assignments” outside peace operations are not in UN peacekeeping data at all.`,
    };
  },
};

const bangladeshHostCount: ClaimDefinition = {
  id: 'bgd-40-countries',
  article: BANGLADESH_ARTICLE,
  quote: bangladeshSince1988.quote,
  figure: '40 countries or locations served in',
  needs: ['cells:BGD', 'fatalities'],
  evaluate: (ds) => {
    const m = bangladeshMissions(ds);
    const isAbove = m.floor > 40;
    return {
      verdict: isAbove ? 'differs' : 'cannot-check',
      ...(isAbove ? { difference: m.floor - 40 } : {}),
      answer: `At least ${n(m.floor)} host countries appear in the data`,
      detail:
        `A floor from the ${n(m.all.size)} missions with Bangladeshi personnel or deaths, using the host of every mission known from any source (missions known only from the fatalities file included; hosts are reference facts from the UN’s list of operations). ` +
        `${n(m.hosts.size)} missions have a single host country` +
        (m.multi.length > 0
          ? `; ${listJoin(m.multi.map((x) => x.acronym))} span several countries and each adds one only where none of its countries is counted yet (${n(m.withAll.size)} countries if every country of those missions is counted)`
          : '') +
        (m.noHost.length > 0
          ? `; ${listJoin(m.noHost)} ${m.noHost.length === 1 ? 'has' : 'have'} no host recorded`
          : '') +
        `. The data begin in 1990 and miss missions in which no Bangladeshi died before mission detail begins, so the true number can only be higher; “locations” may count places that are not countries.`,
    };
  },
};

const bangladeshDeaths: ClaimDefinition = {
  id: 'bgd-166-deaths',
  article: BANGLADESH_ARTICLE,
  quote:
    'Bangladeshi peacekeepers have also made the ultimate sacrifice, with 166 peacekeepers having died while serving in UN peacekeeping missions.',
  figure: '166 Bangladeshi peacekeepers died in UN service',
  needs: ['fatalities'],
  evaluate: (ds) => {
    const upTo = BANGLADESH_DEATHS_UP_TO;
    const fatalities = read.fatalities(ds);
    const all = countFatalities(fatalities, 'BGD', { upTo, uniformedOnly: false });
    const uniformed = countFatalities(fatalities, 'BGD', { upTo, uniformedOnly: true });
    const now = countFatalities(fatalities, 'BGD', { uniformedOnly: false });
    const onAll = compareNumbers(all, 166);
    const onUniformed = compareNumbers(uniformed, 166);
    const result = onAll.verdict === 'match' ? onAll : onUniformed.verdict === 'match' ? onUniformed : onAll;
    return {
      ...result,
      answer: `${n(all)} Bangladeshi deaths by ${upTo}, ${n(uniformed)} of them uniformed`,
      detail:
        `UN fatalities record (snapshot ${fatalities.snapshot}), Bangladeshi nationals, incident dated up to ${upTo}. ` +
        `${n(all - uniformed)} of the ${n(all)} were civilian staff; uniformed personnel alone: ${n(uniformed)}. By the snapshot the total had reached ${n(now)}.`,
      ...(all !== uniformed && result.verdict === 'match' && all === 166
        ? {
            caveat: `The 166 includes ${n(all - uniformed)} civilian staff; “peacekeepers” in the narrow sense (uniformed) number ${n(uniformed)}.`,
          }
        : {}),
    };
  },
};

const bangladeshWomenDeployed: ClaimDefinition = {
  id: 'bgd-415-women-deployed',
  article: BANGLADESH_ARTICLE,
  quote:
    'Currently, 415 female members of the Bangladesh Armed Forces are deployed in different peacekeeping missions.',
  figure: '415 women of the armed forces deployed “currently”',
  needs: ['cells:BGD'],
  evaluate: (ds) => {
    const m = monthOf(ds, BANGLADESH_NOW);
    const gap = notReported(ds, m);
    if (gap) return gap;
    const w = womenAt(ds, 'BGD', m);
    const march = monthIndex(ds.manifest.months, BANGLADESH_MONTH);
    const wMarch = march !== null ? womenAt(ds, 'BGD', march) : null;
    const verdict = compareNumbers(w.military, 415);
    return {
      ...verdict,
      answer: `${w.military === null ? 'No gender split' : n(w.military)} military women in ${monthLabel(ds.manifest.months[m] ?? '')}`,
      detail:
        `“Currently” is the article’s own month, June 2023. Armed forces = troops, staff officers and experts on mission (military observers); police are a separate service. ` +
        `All Bangladeshi women deployed, police included, that month: ${w.all === null ? 'not reported' : n(w.all)}.` +
        (wMarch
          ? ` In March 2023, the month of the article’s other figures: ${wMarch.military === null ? 'not reported' : n(wMarch.military)} military women, ${wMarch.all === null ? 'not reported' : n(wMarch.all)} in all.`
          : ''),
      ...(verdict.verdict === 'differs' && wMarch?.military === 415
        ? { caveat: 'The figure is March 2023’s, given as current three months later.' }
        : {}),
    };
  },
};

const bangladeshWomenTotal: ClaimDefinition = {
  id: 'bgd-962-women-total',
  article: BANGLADESH_ARTICLE,
  quote:
    'So far, a total of 962 female peacekeepers from the Bangladesh Armed Forces participated in the UN peace operations.',
  figure: '962 women of the armed forces have served in total',
  needs: ['cells:BGD'],
  evaluate: (ds) => {
    let peak = { value: -1, month: -1 };
    for (const [month, w] of militaryWomenByMonth(ds, 'BGD')) {
      if (w !== null && w > peak.value) peak = { value: w, month };
    }
    const firstGender = ds.manifest.monthInfo.findIndex((info) => info.status === 'ok' && info.hasGender);
    return {
      verdict: 'cannot-check',
      answer: 'Not in the data: it counts people, the reports count posts',
      detail:
        `A cumulative count of individuals cannot come from month-end headcounts, and the reports split by gender only from ${monthLabel(ds.manifest.months[firstGender] ?? '')}. ` +
        (peak.month >= 0
          ? `The most Bangladeshi military women in any one report: ${n(peak.value)} (${monthLabel(ds.manifest.months[peak.month] ?? '')}).`
          : ''),
    };
  },
};

const bhutanSince2014: ClaimDefinition = {
  id: 'btn-since-2014',
  article: BHUTAN_ARTICLE,
  quote:
    'Bhutanese people take pride in the fact that the country is able to send troops to help in the peacekeeping mission of the UN since 2014.',
  figure: 'Bhutan has contributed since 2014',
  needs: ['cells:BTN'],
  evaluate: (ds) => {
    const series = monthlyTotals(ds.manifest, cellsOf(ds, 'BTN'));
    const first = series.findIndex((v) => v !== null && v > 0);
    if (first < 0) return { verdict: 'differs', answer: 'Bhutan never appears in the data', detail: '' };
    let lastAbsent = -1;
    for (let i = first - 1; i >= 0; i--) {
      if (series[i] !== null) {
        lastAbsent = i;
        break;
      }
    }
    const firstMonth = ds.manifest.months[first] ?? '';
    const absentMonth = ds.manifest.months[lastAbsent] ?? '';
    // The start lies after the last report without Bhutan and no later than the first with it.
    const isConsistent = (absentMonth === '' || absentMonth < '2014-12-31') && firstMonth >= '2014-01-31';
    const b = breakdownAt(ds.manifest, cellsOf(ds, 'BTN'), first);
    return {
      verdict: isConsistent ? 'consistent' : 'differs',
      answer: `First seen in ${monthLabel(firstMonth)} (${n(series[first] ?? 0)} personnel); absent in ${monthLabel(absentMonth)}`,
      detail:
        `Bhutan has no one in the last report before it appears (${monthLabel(absentMonth)}) and ${n(series[first] ?? 0)} personnel in ${monthLabel(firstMonth)}` +
        `${b.missions.length > 0 ? ` (${b.missions.join(', ')})` : ''}. The months between have no source, so the data are consistent with a start in 2014 but cannot show the month.`,
      caveat: `Consistent, not confirmed to the month: the start falls after ${monthLabel(absentMonth)} and by ${monthLabel(firstMonth)}, and the months between have no source.`,
    };
  },
};

const bhutanPerCapita: ClaimDefinition = {
  id: 'btn-per-capita-rank',
  article: BHUTAN_ARTICLE,
  quote:
    'The numbers may be small, but I believe that if you look at the size of the population, probably Bhutan is amongst the first contributors relative to the population.',
  figure: `Bhutan “amongst the first” per capita (read as: among the first ${PER_CAPITA_TOP})`,
  needs: ['population', `year:${BHUTAN_YEAR}`],
  evaluate: (ds) => {
    const m = monthOf(ds, BHUTAN_MONTH);
    const gap = notReported(ds, m);
    if (gap) return gap;
    const section = read.year(ds, BHUTAN_YEAR);
    const population = read.population(ds);
    const ranked = monthPerCapita(ds.manifest, section, population, m, DEFAULT_MIN);
    const noMinimum = monthPerCapita(ds.manifest, section, population, m, 1);
    const mine = ranked.ranked.find((r) => r.iso3 === 'BTN');
    const mineAll = noMinimum.ranked.find((r) => r.iso3 === 'BTN');
    const ahead = ranked.ranked
      .filter((r) => mine && r.rank < mine.rank)
      .map((r) => `${r.name} ${r.perMillion.toFixed(1)}`);
    const headcounts = rankValues(
      [...crossSectionTotals(section, m)].map(([iso3, value]) => ({ iso3, value })),
    );
    const own = headcounts.find((r) => r.iso3 === 'BTN');
    const byTotal = own ? { rank: own.rank, of: headcounts.length } : null;
    if (!mine) {
      return {
        verdict: 'differs',
        answer: 'Bhutan is not ranked that month',
        detail: `Fewer than ${DEFAULT_MIN} personnel or no population figure.`,
      };
    }
    return {
      verdict: mine.rank <= PER_CAPITA_TOP ? 'match' : 'differs',
      ...(mine.rank > PER_CAPITA_TOP ? { difference: mine.rank - PER_CAPITA_TOP } : {}),
      answer: `Rank ${mine.rank} of ${ranked.ranked.length} per million people in ${monthLabel(ranked.month)}`,
      detail:
        `${mine.perMillion.toFixed(1)} personnel per million people (${n(mine.personnel)} personnel, population ${n(mine.population)} in ${ranked.populationYear?.year ?? '?'}), ` +
        `among contributors with at least ${DEFAULT_MIN} personnel — the ranking on the per-capita page. Ahead of it: ${listJoin(ahead)}. ` +
        `Without a minimum size it ranks ${mineAll?.rank ?? '?'} of ${noMinimum.ranked.length}; by headcount alone, ${byTotal ? `${byTotal.rank} of ${byTotal.of}` : 'not ranked'}.`,
    };
  },
};

const bhutanOperations: ClaimDefinition = {
  id: 'btn-seven-operations',
  article: BHUTAN_ARTICLE,
  quote:
    'They are serving in seven operations, the bigger deployment being in the Central African Republic (CAR).',
  figure: 'Bhutanese serve in seven operations',
  needs: ['cells:BTN'],
  evaluate: (ds) => {
    const m = monthOf(ds, BHUTAN_MONTH);
    const profile = profileModel(ds.manifest, cellsOf(ds, 'BTN'), 'MINUSCA');
    const row = profile.rows.find((r) => r.index === m);
    if (!row || row.operations === null) {
      return {
        verdict: 'cannot-check',
        answer: 'No mission detail that month',
        detail: 'The report for the month gives no missions.',
      };
    }
    const seven = profile.rows.filter((r) => r.operations === 7).map((r) => r.month);
    const spans: string[] = [];
    let start: string | null = null;
    let previous: string | null = null;
    const months = ds.manifest.months;
    for (const month of seven) {
      const isNext = previous !== null && months.indexOf(month) === months.indexOf(previous) + 1;
      if (!isNext) {
        if (start && previous)
          spans.push(
            start === previous ? monthLabel(start) : `${monthLabel(start)} – ${monthLabel(previous)}`,
          );
        start = month;
      }
      previous = month;
    }
    if (start && previous)
      spans.push(start === previous ? monthLabel(start) : `${monthLabel(start)} – ${monthLabel(previous)}`);
    const diff = compareNumbers(row.operations, 7);
    return {
      ...diff,
      answer: `${n(row.operations)} operations in ${monthLabel(row.month)}`,
      detail:
        `Operations with at least one Bhutanese that month: ${(row.missions ?? []).join(', ')}` +
        `${diff.difference !== undefined ? ` (${signed(diff.difference)} against the seven quoted)` : ''}. ` +
        (spans.length > 0
          ? `The data show exactly seven in ${listJoin(spans)}.`
          : 'The data never show exactly seven.'),
      chart: {
        id: 'claim-bhutan-operations',
        title: 'Operations with Bhutanese personnel, by month',
        months: profile.rows.map((r) => r.month),
        series: [{ id: 'operations', label: 'Bhutan', values: profile.rows.map((r) => r.operations) }],
        reference: { label: 'Seven, as quoted', value: 7 },
        yAxisTitle: 'Operations',
        source: 'Source: UN DPO monthly contribution reports (months without mission detail are blank).',
      },
    };
  },
};

const bhutanLargest: ClaimDefinition = {
  id: 'btn-largest-car',
  article: BHUTAN_ARTICLE,
  quote: bhutanOperations.quote,
  figure: 'Bhutan’s largest deployment is in the Central African Republic',
  needs: ['cells:BTN'],
  evaluate: (ds) => {
    const m = monthOf(ds, BHUTAN_MONTH);
    const profile = profileModel(ds.manifest, cellsOf(ds, 'BTN'), 'MINUSCA');
    const row = profile.rows.find((r) => r.index === m);
    if (!row?.largest) {
      return {
        verdict: 'cannot-check',
        answer: 'No mission detail that month',
        detail: 'The report for the month gives no missions.',
      };
    }
    const mission = ds.manifest.missions.find((x) => x.acronym === row.largest?.acronym);
    const isCar = mission?.hostIso3 === 'CAF';
    // The unbroken run of months (with mission detail) up to this one in which MINUSCA was the largest.
    const detailed = profile.rows.filter((r) => r.index <= m && r.largest);
    let runStart: (typeof detailed)[number] | undefined;
    for (let i = detailed.length - 1; i >= 0 && detailed[i]?.largest?.acronym === 'MINUSCA'; i--)
      runStart = detailed[i];
    return {
      verdict: isCar ? 'match' : 'differs',
      answer: `${row.largest.acronym} (${mission?.host ?? 'host unknown'}), ${n(row.largest.personnel)} of ${n(row.total ?? 0)} personnel, ${monthLabel(row.month)}`,
      detail:
        `The mission with most Bhutanese personnel that month.` +
        (runStart && isCar
          ? ` MINUSCA had been the largest in every month with mission detail since ${monthLabel(runStart.month)}.`
          : ''),
    };
  },
};

/** The earliest trace of Bangladesh in the data: its first death and its first month with personnel. */
function bangladeshEarliest(ds: ClaimDataset) {
  const fatalities = read.fatalities(ds);
  let firstDeath: { date: string; mission: string } | null = null;
  fatalities.iso3.forEach((iso3, i) => {
    const date = fatalities.date[i] ?? '';
    if (iso3 === 'BGD' && (!firstDeath || date < firstDeath.date)) {
      firstDeath = { date, mission: fatalities.mission[i] ?? '' };
    }
  });
  const series = monthlyTotals(ds.manifest, cellsOf(ds, 'BGD'));
  const first = series.findIndex((v) => v !== null && v > 0);
  const firstMonth = first >= 0 ? (ds.manifest.months[first] ?? null) : null;
  const death = firstDeath as { date: string; mission: string } | null;
  const earliest = [death?.date, firstMonth].filter((d): d is string => !!d).sort()[0] ?? null;
  return { firstDeath: death, firstMonth, firstValue: first >= 0 ? (series[first] ?? 0) : null, earliest };
}

const bangladeshStart: ClaimDefinition = {
  id: 'bgd-started-1988',
  article: BANGLADESH_ARTICLE,
  quote: bangladeshSince1988.quote,
  figure: 'Bangladesh’s participation began in 1988',
  needs: ['cells:BGD', 'fatalities'],
  evaluate: (ds) => {
    const e = bangladeshEarliest(ds);
    if (!e.earliest)
      return { verdict: 'cannot-check', answer: 'Bangladesh never appears in the data', detail: '' };
    const year = Number(e.earliest.slice(0, 4));
    const mission = e.firstDeath
      ? [...ds.manifest.missions, ...(ds.manifest.otherMissions ?? [])].find(
          (m) => m.acronym === e.firstDeath?.mission,
        )
      : undefined;
    return {
      verdict: year < 1988 ? 'differs' : 'consistent',
      ...(year < 1988 ? { difference: year - 1988 } : {}),
      answer: e.firstDeath
        ? `Earliest trace: a Bangladeshi death in ${e.firstDeath.mission}${mission ? ` (${mission.host})` : ''} on ${e.firstDeath.date}`
        : `Earliest trace: personnel in ${monthLabel(e.firstMonth ?? '')}`,
      detail:
        `The contribution data begin in ${monthLabel(ds.manifest.months[0] ?? '')}, and Bangladesh is in them from ${monthLabel(e.firstMonth ?? '')} (${n(e.firstValue ?? 0)} personnel). ` +
        `The fatalities file reaches back to 1948 and has no Bangladeshi death before ${e.firstDeath?.date ?? 'the contribution data'}. ` +
        `Nothing in the data is earlier than 1988, so a start in 1988 agrees with them; nothing in them shows the start itself.`,
    };
  },
};

const bangladeshDecades: ClaimDefinition = {
  id: 'bgd-three-decades',
  article: BANGLADESH_ARTICLE,
  quote:
    'Over the last three decades, Bangladesh’s partnership with the UN in peacekeeping has grown in depth and dimensions.',
  figure: 'Three decades of partnership that has grown',
  needs: ['cells:BGD', 'fatalities'],
  evaluate: (ds) => {
    const e = bangladeshEarliest(ds);
    const m = monthOf(ds, BANGLADESH_MONTH);
    const series = monthlyTotals(ds.manifest, cellsOf(ds, 'BGD'));
    const now = series[m] ?? null;
    if (!e.earliest || now === null) {
      return { verdict: 'cannot-check', answer: 'No trace of Bangladesh to measure from', detail: '' };
    }
    const [y, mo] = e.earliest.split('-').map(Number) as [number, number];
    const years = 2023 + 5 / 12 - (y + (mo - 1) / 12);
    const isThreeDecades = years >= 30 && years < 40;
    const hasGrown = (e.firstValue ?? 0) < now;
    return {
      verdict: isThreeDecades && hasGrown ? 'consistent' : 'differs',
      answer: `${years.toFixed(0)} years of traces by June 2023; ${n(e.firstValue ?? 0)} personnel in ${monthLabel(e.firstMonth ?? '')}, ${n(now)} in ${monthLabel(ds.manifest.months[m] ?? '')}`,
      detail:
        `From the earliest trace in the data (${e.earliest}${e.firstDeath?.date === e.earliest ? `, a death in ${e.firstDeath.mission}` : ''}) to the article, June 2023, is ${years.toFixed(1)} years: three decades and more. ` +
        `Month-end headcounts rose from ${n(e.firstValue ?? 0)} in the first report (IPI’s early figures are incomplete) to ${n(now)} in March 2023. “Depth and dimensions” are not figures.`,
    };
  },
};

const bangladeshMedals: ClaimDefinition = {
  id: 'bgd-five-medals',
  article: BANGLADESH_ARTICLE,
  quote:
    'Last month, the United Nations awarded the ‘Dag Hammarskjöld Medal’ to five fallen Bangladeshi peacekeepers for their supreme sacrifice in UN Peacekeeping operations.',
  figure: 'Five fallen Bangladeshi peacekeepers honoured in May 2023',
  needs: ['fatalities'],
  evaluate: (ds) => {
    const fatalities = read.fatalities(ds);
    const year = 2022;
    const all =
      countFatalities(fatalities, 'BGD', { upTo: `${year}-12-31`, uniformedOnly: false }) -
      countFatalities(fatalities, 'BGD', { upTo: `${year - 1}-12-31`, uniformedOnly: false });
    const uniformed =
      countFatalities(fatalities, 'BGD', { upTo: `${year}-12-31`, uniformedOnly: true }) -
      countFatalities(fatalities, 'BGD', { upTo: `${year - 1}-12-31`, uniformedOnly: true });
    const rows: (readonly [string, string, string, string])[] = [];
    fatalities.iso3.forEach((iso3, i) => {
      if (iso3 === 'BGD' && (fatalities.date[i] ?? '').startsWith(`${year}-`)) {
        rows.push([
          fatalities.date[i] ?? '',
          fatalities.mission[i] ?? '',
          (fatalities.personnelType[i] ?? '').replace(/_/g, ' '),
          fatalities.incidentType[i] ?? '',
        ]);
      }
    });
    return {
      verdict: 'cannot-check',
      answer: `${n(all)} Bangladeshi deaths in ${year} (${n(uniformed)} uniformed); the medal roll is not in the data`,
      detail:
        `The Dag Hammarskjöld Medal is awarded posthumously, usually in May to those who died in UN service the year before, so the five of May 2023 are most likely deaths of ${year}. ` +
        `The UN fatalities record (snapshot ${fatalities.snapshot}) lists ${n(all)} Bangladeshi deaths in ${year}, ${n(uniformed)} of them uniformed — one more than the five quoted. ` +
        `The record does not say who received the medal, so the figure cannot be checked against it.`,
      evidence: {
        caption: `Bangladeshi deaths in UN service in ${year}`,
        columns: ['Date', 'Mission', 'Personnel', 'Incident'],
        rows,
      },
    };
  },
};

const POLICE_TYPES = new Set(['individual_police', 'formed_police_units', 'police']);
const INDIVIDUAL_MILITARY_TYPES = new Set(['staff_officers', 'experts_on_mission']);

const bhutanPoliceAndArmy: ClaimDefinition = {
  id: 'btn-police-and-army',
  article: BHUTAN_ARTICLE,
  quote: 'Bhutan has been fielding individual peacekeepers both from the police and army.',
  figure: 'Individual Bhutanese peacekeepers from both the police and the army',
  needs: ['cells:BTN'],
  evaluate: (ds) => {
    const m = monthOf(ds, BHUTAN_MONTH);
    const gap = notReported(ds, m);
    if (gap) return gap;
    const cells = cellsOf(ds, 'BTN');
    const police = new Map<number, { total: number; missions: Set<string> }>();
    let army = 0;
    cells.month.forEach((month, i) => {
      const type = ds.manifest.personnelTypes[cells.type[i] ?? -1] ?? '';
      const total = cells.total[i] ?? 0;
      if (month === m && INDIVIDUAL_MILITARY_TYPES.has(type)) army += total;
      if (!POLICE_TYPES.has(type) || total === 0) return;
      const slot = police.get(month) ?? { total: 0, missions: new Set<string>() };
      slot.total += total;
      const mission = ds.manifest.missions[cells.mission[i] ?? -1];
      if (mission) slot.missions.add(mission.acronym);
      police.set(month, slot);
    });
    const policeNow = police.get(m)?.total ?? 0;
    const months = [...police.keys()].sort((a, b) => a - b);
    const before = months.filter((k) => k < m).pop();
    const after = months.find((k) => k > m);
    const firstPolice = months[0];
    const describe = (k: number | undefined) => {
      if (k === undefined) return 'never';
      const slot = police.get(k);
      return `${monthLabel(ds.manifest.months[k] ?? '')} (${n(slot?.total ?? 0)}${slot && slot.missions.size > 0 ? ` in ${[...slot.missions].sort().join(', ')}` : ''})`;
    };
    const both = army > 0 && policeNow > 0;
    return {
      verdict: both ? 'consistent' : 'differs',
      answer: `${monthLabel(ds.manifest.months[m] ?? '')}: ${n(army)} individual military personnel, ${policeNow > 0 ? `${n(policeNow)} police` : 'no police'}`,
      detail:
        `Individual military personnel are staff officers and experts on mission (military observers). ` +
        (firstPolice === undefined
          ? 'No Bhutanese police appear in any report.'
          : `Bhutanese police appear first in ${describe(firstPolice)}; ` +
            (policeNow > 0
              ? `they are in the report of ${monthLabel(ds.manifest.months[m] ?? '')}.`
              : `the last report with them before the interview is ${describe(before)}, and they return in ${describe(after)}, after it.`)),
      ...(!both && before !== undefined
        ? {
            caveat:
              '“Has been fielding” may speak of earlier years, when Bhutanese police did serve; at the time of the interview the reports show none.',
          }
        : {}),
    };
  },
};

const bhutanBiggerContingent: ClaimDefinition = {
  id: 'btn-bigger-contingent-car',
  article: BHUTAN_ARTICLE,
  quote:
    'This is why when we had the opportunity of deploying a bigger contingent of Bhutanese peacekeepers in the CAR, we didn’t hesitate and proceeded with deploying that contingent, which is serving very well in that country.',
  figure: 'A bigger Bhutanese contingent deployed to the Central African Republic',
  needs: ['cells:BTN'],
  evaluate: (ds) => {
    const m = monthOf(ds, BHUTAN_MONTH);
    const profile = profileModel(ds.manifest, cellsOf(ds, 'BTN'), 'MINUSCA');
    const rows = profile.rows.filter((r) => r.index <= m && r.inMission !== null);
    let jump: { from: (typeof rows)[number]; to: (typeof rows)[number] } | null = null;
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [rows[i - 1], rows[i]];
      if (!a || !b) continue;
      const rise = (b.inMission ?? 0) - (a.inMission ?? 0);
      if (!jump || rise > (jump.to.inMission ?? 0) - (jump.from.inMission ?? 0)) jump = { from: a, to: b };
    }
    const now = profile.rows.find((r) => r.index === m)?.inMission ?? null;
    const rise = jump ? (jump.to.inMission ?? 0) - (jump.from.inMission ?? 0) : 0;
    const isContingent =
      jump !== null && rise >= 50 && (jump.to.inMission ?? 0) >= 2 * (jump.from.inMission ?? 0);
    const stays = now !== null && jump !== null && now >= (jump.to.inMission ?? 0) * 0.9;
    return {
      verdict: isContingent && stays ? 'consistent' : 'differs',
      answer: jump
        ? `MINUSCA: ${n(jump.from.inMission ?? 0)} → ${n(jump.to.inMission ?? 0)} Bhutanese from ${monthLabel(jump.from.month)} to ${monthLabel(jump.to.month)}; ${now === null ? 'no mission detail' : n(now)} in ${monthLabel(ds.manifest.months[m] ?? '')}`
        : 'No months with mission detail',
      detail:
        `The largest month-on-month rise of Bhutanese personnel in MINUSCA (Central African Republic) before the interview, among months with mission detail. ` +
        `The quote gives no number: the data show a contingent arriving and staying, not the size the UN planned.`,
      chart: {
        id: 'claim-bhutan-minusca',
        title: 'Bhutanese personnel in MINUSCA, by month',
        months: profile.rows.map((r) => r.month),
        series: [{ id: 'minusca', label: 'Bhutan in MINUSCA', values: profile.rows.map((r) => r.inMission) }],
        yAxisTitle: 'Personnel',
        source: 'Source: UN DPO monthly contribution reports (months without mission detail are blank).',
      },
    };
  },
};

const bhutanDecade: ClaimDefinition = {
  id: 'btn-almost-a-decade',
  article: BHUTAN_ARTICLE,
  quote:
    'It has been almost a decade being a part of the UN mission, how do you perceive the performance of Bhutanese there so far?',
  figure: '“Almost a decade” of Bhutanese service by mid-2023',
  needs: ['cells:BTN'],
  evaluate: (ds) => {
    const series = monthlyTotals(ds.manifest, cellsOf(ds, 'BTN'));
    const first = series.findIndex((v) => v !== null && v > 0);
    if (first < 0) return { verdict: 'differs', answer: 'Bhutan never appears in the data', detail: '' };
    let lastAbsent = -1;
    for (let i = first - 1; i >= 0; i--) {
      if (series[i] !== null) {
        lastAbsent = i;
        break;
      }
    }
    const m = monthOf(ds, BHUTAN_MONTH);
    const yearsFrom = (i: number) => (m - i) / 12;
    const shortest = yearsFrom(first);
    // The start lies after the last report without Bhutan: at most one month after it.
    const longest = lastAbsent >= 0 ? yearsFrom(lastAbsent + 1) : null;
    const isAlmost = shortest >= 8 && (longest ?? shortest) < 10;
    return {
      verdict: isAlmost ? 'consistent' : 'differs',
      answer: `${shortest.toFixed(1)}${longest !== null ? `–${longest.toFixed(1)}` : ''} years by ${monthLabel(ds.manifest.months[m] ?? '')}`,
      detail:
        `Bhutan is first seen in ${monthLabel(ds.manifest.months[first] ?? '')}` +
        (lastAbsent >= 0
          ? ` and absent in ${monthLabel(ds.manifest.months[lastAbsent] ?? '')}; the months between have no source, so its start lies between ${monthLabel(ds.manifest.months[lastAbsent + 1] ?? '')} and ${monthLabel(ds.manifest.months[first] ?? '')}`
          : '') +
        `. To the interview that is under ten years either way.`,
    };
  },
};

export const CLAIMS: readonly ClaimDefinition[] = [
  bangladeshDeployed,
  bangladeshLargest,
  bangladeshStart,
  bangladeshSince1988,
  bangladeshMissionCount,
  bangladeshHostCount,
  bangladeshDecades,
  bangladeshDeaths,
  bangladeshMedals,
  bangladeshWomenTotal,
  bangladeshWomenDeployed,
  bhutanSince2014,
  bhutanOperations,
  bhutanLargest,
  bhutanDecade,
  bhutanPerCapita,
  bhutanBiggerContingent,
  bhutanPoliceAndArmy,
];

export const ARTICLES: readonly Article[] = [BANGLADESH_ARTICLE, BHUTAN_ARTICLE];
