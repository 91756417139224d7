// Milestones of one country's deployments: computed from the data where the data can show them
// (first month as largest contributor, spells at No. 1, missions that closed), and national claims
// with their source where it cannot.
import type { Manifest } from '../../data/schema.ts';
import { monthLabel } from '../../data/selectors/months.ts';
import type { MissionMonthly } from '../../data/selectors/missionSeries.ts';
import type { CountryRank } from '../../data/selectors/ranks.ts';
import { monthSource } from '../../data/selectors/sourceLine.ts';
import type { RankSpell } from './deploymentsModel.ts';
import type { CountryClaims } from './nationalClaims.ts';
import { formatNumber } from '../../ui/format.ts';

export type MilestoneKind = 'claim' | 'data' | 'check' | 'closure';

export interface Milestone {
  id: string;
  /** For a closure: the mission and the last month with the country's personnel there. */
  closure?: { acronym: string; name: string; host: string; year: number; lastMonth: string | null };
  kind: MilestoneKind;
  /** Month-end date when the milestone is a month of the data; null for a claim or a year. */
  month: string | null;
  /** Sort key: 'YYYY-MM' (claims and closures use their year). */
  sortKey: string;
  when: string;
  text: string;
  source: string;
  /** Badge on the rank chart, for data milestones drawn there. */
  badge?: string;
}

function reportSource(manifest: Manifest, month: number): string {
  const s = monthSource(manifest, month);
  if (!s) return 'no report';
  return s.name.startsWith('UN')
    ? `UN DPO report as of ${s.date} (${s.file})`
    : `${s.name} (${s.file}, month ending ${s.date})`;
}

export function deploymentMilestones(options: {
  manifest: Manifest;
  iso3: string;
  name: string;
  ranks: readonly (CountryRank | null)[];
  spells: readonly RankSpell[];
  totals: readonly (number | null)[];
  missions: readonly MissionMonthly[];
  claims: CountryClaims;
}): Milestone[] {
  const { manifest, name, ranks, spells, totals, missions, claims } = options;
  const out: Milestone[] = [];
  const month = (i: number) => manifest.months[i] ?? '';

  for (const c of claims.claims) {
    out.push({
      id: c.id,
      kind: 'claim',
      month: null,
      // A span ("1988–2023") sorts at its end, after the events inside it.
      sortKey: c.when.slice(-4),
      when: c.when,
      text: `${c.text} ${c.caveat}`,
      source: `National claim. ${c.source}`,
    });
  }

  const first = totals.findIndex((v) => v !== null && v > 0);
  if (first >= 0) {
    out.push({
      id: 'first-in-data',
      kind: 'data',
      month: month(first),
      sortKey: month(first).slice(0, 7),
      when: monthLabel(month(first)),
      text: `First month with ${name}'s personnel in these data: ${formatNumber(totals[first] ?? 0)}.${
        first === 0 ? ' The data begin that month, so earlier deployments cannot be seen.' : ''
      }${month(first) < '1993' ? " IPI's figures for the early 1990s are incomplete." : ''}`,
      source: reportSource(manifest, first),
    });
  }

  const firstSpell = spells[0];
  if (firstSpell) {
    const r = ranks[firstSpell.from];
    out.push({
      id: 'first-rank-1',
      kind: 'data',
      month: month(firstSpell.from),
      sortKey: month(firstSpell.from).slice(0, 7),
      when: monthLabel(month(firstSpell.from)),
      badge: '1',
      text: `First month as the largest contributor of uniformed personnel: ${formatNumber(totals[firstSpell.from] ?? 0)}, rank 1 of ${r?.of ?? '?'}.${spells.length > 1 ? ` Ranked first in ${spells.length} separate spells since.` : ''}`,
      source: reportSource(manifest, firstSpell.from),
    });
  }
  const lastSpell = spells.length > 1 ? spells[spells.length - 1] : undefined;
  if (lastSpell) {
    const gapNote =
      lastSpell.gapMonths.length > 0
        ? ` (${lastSpell.gapMonths.map((g) => monthLabel(month(g))).join(', ')}: no report)`
        : '';
    out.push({
      id: 'latest-rank-1',
      kind: 'data',
      month: month(lastSpell.from),
      sortKey: month(lastSpell.from).slice(0, 7),
      when:
        lastSpell.from === lastSpell.to
          ? monthLabel(month(lastSpell.from))
          : `${monthLabel(month(lastSpell.from))} – ${monthLabel(month(lastSpell.to))}`,
      badge: '2',
      text: `Most recent spell as the largest contributor${gapNote}.`,
      source: `${reportSource(manifest, lastSpell.from)} to ${reportSource(manifest, lastSpell.to)}`,
    });
  }

  for (const check of claims.checks) {
    const i = manifest.months.findIndex((m) => m.startsWith(check.month));
    if (i < 0) continue;
    const value = totals[i] ?? null;
    const r = ranks[i];
    const verdict =
      value === null
        ? 'There is no report for that month in these data.'
        : value === check.personnel
          ? `The UN report gives the same figure, ${formatNumber(value)}${r ? `, rank ${r.rank} of ${r.of}` : ''}.`
          : `The UN report gives ${formatNumber(value)}${r ? ` (rank ${r.rank} of ${r.of})` : ''}, not ${formatNumber(check.personnel)}.`;
    out.push({
      id: check.id,
      kind: 'check',
      month: manifest.months[i] ?? null,
      sortKey: check.month,
      when: monthLabel(manifest.months[i] ?? ''),
      badge: '3',
      text: `Press figure: ${check.quote} ${verdict}`,
      source: `${check.source}; checked against ${reportSource(manifest, i)}`,
    });
  }

  for (const m of missions) {
    const mission = manifest.missions[m.mission];
    if (!mission || mission.end === null) continue;
    let last = -1;
    m.values.forEach((v, i) => {
      if (v !== null && v > 0) last = i;
    });
    out.push({
      id: `closed-${mission.acronym}`,
      closure: {
        acronym: mission.acronym,
        name: mission.name,
        host: mission.host,
        year: mission.end,
        lastMonth: last >= 0 ? month(last) : null,
      },
      kind: 'closure',
      month: null,
      sortKey: `${mission.end}-12`,
      when: String(mission.end),
      text: `${mission.acronym} (${mission.name}, ${mission.host}) closed${
        last >= 0 ? `; ${name}'s personnel there last reported in ${monthLabel(month(last))}` : ''
      }.`,
      source: `Mission years: United Nations, list of peacekeeping operations and political missions (as recorded in the dataset's mission table); personnel: ${
        last >= 0 ? reportSource(manifest, last) : 'UN reports'
      }.`,
    });
  }
  return out.sort((a, b) => a.sortKey.localeCompare(b.sortKey) || a.id.localeCompare(b.id));
}
