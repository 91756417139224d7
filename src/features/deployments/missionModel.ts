// "Where they served": one small panel per mission, sorted by the mission's peak in the visible months.
import type { IndexRange } from '../../charts/timeSeriesModel.ts';
import type { Manifest, Mission } from '../../data/schema.ts';
import { monthLabel } from '../../data/selectors/months.ts';
import type { CountryMissionSeries, MissionMonthStatus } from '../../data/selectors/missionSeries.ts';
import { formatNumber } from '../../ui/format.ts';
import { compareCodes } from '../../data/selectors/codeOrder.ts';

export interface MissionPanel {
  mission: Mission;
  /** Index into manifest.missions. */
  index: number;
  values: readonly (number | null)[];
  peak: number;
  peakMonth: number;
  /** Latest month in the range with personnel there, and how many. */
  lastServed: number;
  firstServed: number;
  latest: number | null;
  /** Closure year, when the mission has ended (from the mission list), else null. */
  closedYear: number | null;
}

export interface MissionPanelsModel {
  /**
   * The months the panels draw: the requested range, starting no earlier than the first month whose
   * source has mission detail (before it every panel would be one long hatched band). null when no
   * month of the range has mission detail.
   */
  drawRange: IndexRange | null;
  panels: MissionPanel[];
  /** Panels not shown in the "top" set. */
  hiddenCount: number;
  /** All missions with personnel in the range (for the table). */
  all: MissionPanel[];
  status: readonly MissionMonthStatus[];
  /** Largest value of any shown panel (the shared y scale). */
  sharedMax: number;
  /** Runs of months in the range without mission detail, and without a report. */
  noDetail: IndexRange[];
  gaps: IndexRange[];
  unassigned: readonly (number | null)[];
}

/** Runs of months with the given status inside the range. */
export function statusRuns(
  status: readonly MissionMonthStatus[],
  which: MissionMonthStatus,
  range: IndexRange,
): IndexRange[] {
  const runs: IndexRange[] = [];
  let start: number | null = null;
  for (let i = range.from; i <= range.to; i++) {
    const is = status[i] === which;
    if (is && start === null) start = i;
    if (!is && start !== null) {
      runs.push({ from: start, to: i - 1 });
      start = null;
    }
  }
  if (start !== null) runs.push({ from: start, to: range.to });
  return runs;
}

export function missionPanels(
  manifest: Manifest,
  series: CountryMissionSeries,
  range: IndexRange,
  options: { set: 'top' | 'all'; topN: number },
): MissionPanelsModel {
  const all: MissionPanel[] = [];
  for (const m of series.missions) {
    const mission = manifest.missions[m.mission];
    if (!mission) continue;
    let peak = 0;
    let peakMonth = -1;
    let firstServed = -1;
    let lastServed = -1;
    for (let i = range.from; i <= range.to; i++) {
      const v = m.values[i];
      if (v === null || v === undefined || v <= 0) continue;
      if (firstServed < 0) firstServed = i;
      lastServed = i;
      if (v > peak) {
        peak = v;
        peakMonth = i;
      }
    }
    if (peakMonth < 0) continue;
    all.push({
      mission,
      index: m.mission,
      values: m.values,
      peak,
      peakMonth,
      firstServed,
      lastServed,
      latest: m.values[range.to] ?? null,
      closedYear: mission.end,
    });
  }
  // Largest first; equal peaks by the earlier peak, then by acronym, so the order is stable.
  all.sort(
    (a, b) =>
      b.peak - a.peak || a.peakMonth - b.peakMonth || compareCodes(a.mission.acronym, b.mission.acronym),
  );
  const panels = options.set === 'all' ? all : all.slice(0, options.topN);
  const firstDetail = series.status.findIndex((s, i) => i >= range.from && i <= range.to && s === 'detail');
  const drawRange = firstDetail < 0 ? null : { from: firstDetail, to: range.to };
  return {
    drawRange,
    panels,
    hiddenCount: all.length - panels.length,
    all,
    status: series.status,
    sharedMax: Math.max(1, ...panels.map((p) => p.peak)),
    noDetail: statusRuns(series.status, 'noDetail', drawRange ?? range),
    gaps: statusRuns(series.status, 'gap', drawRange ?? range),
    unassigned: series.unassigned,
  };
}

/** What a table cell of the mission table says in a month without numbers. */
export function missionDetailText(status: MissionMonthStatus | undefined): string {
  return status === 'detail' ? 'by mission' : status === 'noDetail' ? 'no mission detail' : 'no report';
}

export function describeMissions(options: {
  name: string;
  manifest: Manifest;
  model: MissionPanelsModel;
  range: IndexRange;
}): string {
  const { name, manifest, model, range } = options;
  const from = monthLabel(manifest.months[range.from] ?? '');
  const to = monthLabel(manifest.months[range.to] ?? '');
  const noDetailMonths = model.status.slice(range.from, range.to + 1).filter((s) => s === 'noDetail').length;
  const detailMonths = model.status.slice(range.from, range.to + 1).filter((s) => s === 'detail').length;
  if (model.all.length === 0) {
    return `${name}: no personnel by mission between ${from} and ${to}.${
      noDetailMonths > 0 ? ` ${noDetailMonths} of these months have no mission detail in the source.` : ''
    }`;
  }
  const top = model.all
    .slice(0, 3)
    .map(
      (p) =>
        `${p.mission.acronym} (${p.mission.host}; peak ${formatNumber(p.peak)} in ${monthLabel(manifest.months[p.peakMonth] ?? '')})`,
    );
  const current = model.all.filter((p) => (p.latest ?? 0) > 0);
  const sentences = [
    `${name} had personnel in ${model.all.length} ${model.all.length === 1 ? 'mission' : 'missions'} in the ${detailMonths} months between ${from} and ${to} that report missions.`,
    `Largest by peak: ${top.join(', ')}.`,
  ];
  if (current.length > 0) {
    sentences.push(
      `In ${to}: ${current
        .sort((a, b) => (b.latest ?? 0) - (a.latest ?? 0))
        .map((p) => `${p.mission.acronym} ${formatNumber(p.latest ?? 0)}`)
        .join(', ')}.`,
    );
  }
  if (noDetailMonths > 0) {
    sentences.push(
      `${noDetailMonths} months have no mission detail in the source; they are marked, not drawn as zero.`,
    );
  }
  return sentences.join(' ');
}
