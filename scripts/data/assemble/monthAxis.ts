import { toMonthEnd } from '../model.ts';

/** The dataset's month axis: every month-end from the first IPI month to the last UN report. */
export const FIRST_MONTH = '1990-11';

/** 'YYYY-MM' keys from `from` to `to` inclusive. */
export function monthKeys(from: string, to: string): string[] {
  const keys: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  const [endYear, endMonth] = to.split('-').map(Number) as [number, number];
  while (year < endYear || (year === endYear && month <= endMonth)) {
    keys.push(`${year}-${String(month).padStart(2, '0')}`);
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  return keys;
}

export function monthEndOf(key: string): string {
  const [year, month] = key.split('-').map(Number) as [number, number];
  return toMonthEnd(year, month);
}
