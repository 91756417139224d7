// The missions view in the URL: #/missions?mission=MINUSCA&month=2025-07. Without a month the view
// shows the mission's own latest month with a report (a closed mission's last month, not the
// dataset's), which only the mission's data can tell: so "no month" is kept as null here and the page
// resolves it (resolveMissionMonth).
import { missionParam, monthParam, type ParamCodec } from '../../state/params.ts';
import type { ViewSpec } from '../../state/viewState.ts';

export interface MissionsView {
  mission: string;
  /** 'YYYY-MM', or null for the mission's latest month. */
  month: string | null;
}

/** The mission shown when the link names none: the largest by personnel in July 2025 (17,074). */
export const DEFAULT_MISSION = 'MINUSCA';

/** A month, or nothing: the empty value means "the mission's latest month" and is never written. */
function latestOrMonth(): ParamCodec<string | null> {
  const month = monthParam();
  return {
    parse: (raw, context) => month.parse(raw, context),
    serialize: (v) => v ?? '',
    equals: (a, b) => a === b,
    samples: (context) => [null, ...(month.samples?.(context) ?? [])],
  };
}

export const missionsSpec: ViewSpec<MissionsView> = {
  mission: {
    codec: missionParam(),
    fallback: (c) =>
      c.missions?.includes(DEFAULT_MISSION) ? DEFAULT_MISSION : (c.missions?.[0] ?? DEFAULT_MISSION),
    label: 'mission',
  },
  month: { codec: latestOrMonth(), fallback: () => null, label: 'month' },
};

export type MissionMonthChoice =
  | { kind: 'latest'; month: number }
  | { kind: 'chosen'; month: number }
  /** The month asked for has nothing on the mission; `month` is the mission's latest instead. */
  | { kind: 'fallback'; month: number; reason: string }
  | { kind: 'none'; reason: string };

/**
 * The month index the page shows. `available` holds the months with mission detail in which the
 * mission had anyone (a gap, a report without mission detail or a month outside the mission's life
 * cannot show its contributors); `monthKey` is the view's month ('YYYY-MM') or null.
 */
export function resolveMissionMonth(
  months: readonly string[],
  available: readonly boolean[],
  monthKey: string | null,
  describe: { mission: string; label: (month: number) => string },
): MissionMonthChoice {
  let latest = -1;
  for (let i = available.length - 1; i >= 0; i--) {
    if (available[i]) {
      latest = i;
      break;
    }
  }
  if (latest < 0)
    return {
      kind: 'none',
      reason: `${describe.mission} has no month with contributors by mission in this dataset`,
    };
  if (monthKey === null) return { kind: 'latest', month: latest };
  const index = months.findIndex((m) => m.startsWith(monthKey));
  if (index >= 0 && available[index]) return { kind: 'chosen', month: index };
  const what = index >= 0 ? describe.label(index) : monthKey;
  return {
    kind: 'fallback',
    month: latest,
    reason: `${describe.mission} has no contributors by mission in ${what}; showing its latest month, ${describe.label(latest)}`,
  };
}
