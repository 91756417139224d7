// A month that a compilation lists only in part. IPI's per-country files leave some contributors out of
// a month they otherwise cover (March 1991: 37 contributors against 46 in February and April), and a
// missing row would otherwise read as "no one deployed" (0). A month is incomplete when at least
// MIN_MISSING contributors are present in both the month before and the month after and absent from
// it; those country-months are then recorded as not reported (null, with the reason), never 0.
// A single contributor missing for one month is not enough: contributors do leave and return, and one
// such hole cannot be told from a real one. Over IPI's 1990-11 … 2014-03, 26 months miss at least one
// such contributor, three miss two, and only March 1991 misses three or more (six).
export const MIN_MISSING = 3;

export interface MonthContributors {
  /** 'YYYY-MM'; the list must be consecutive months. */
  key: string;
  /** ISO3 of every contributor with personnel that month. */
  contributors: ReadonlySet<string>;
}

export interface IncompleteMonth {
  month: string;
  /** Contributors present on both sides and missing from this month, sorted. */
  missing: string[];
  contributors: number;
  /** The neighbouring months ('YYYY-MM') and their numbers of contributors. */
  beforeMonth: string;
  before: number;
  afterMonth: string;
  after: number;
}

export function findIncompleteMonths(
  months: readonly MonthContributors[],
  minMissing = MIN_MISSING,
): IncompleteMonth[] {
  const found: IncompleteMonth[] = [];
  for (let i = 1; i < months.length - 1; i++) {
    const [before, month, after] = [months[i - 1], months[i], months[i + 1]];
    if (!before || !month || !after) continue;
    if (nextMonth(before.key) !== month.key || nextMonth(month.key) !== after.key) continue;
    const missing = [...before.contributors]
      .filter((c) => after.contributors.has(c) && !month.contributors.has(c))
      .sort();
    if (missing.length >= minMissing) {
      found.push({
        month: month.key,
        missing,
        contributors: month.contributors.size,
        beforeMonth: before.key,
        before: before.contributors.size,
        afterMonth: after.key,
        after: after.contributors.size,
      });
    }
  }
  return found;
}

function nextMonth(key: string): string {
  const [y = 0, m = 0] = key.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}
