import { useId, useMemo } from 'react';
import type { Manifest } from '../data/schema.ts';
import { monthLabel } from '../data/selectors/months.ts';

/**
 * A keyboard-native month choice over the dataset's months, newest first, grouped by year. Months
 * without a report stay choosable (a link may name one) but say so.
 */
export function MonthSelect({
  manifest,
  value,
  onChange,
  label = 'Month',
  fromIndex = 0,
  labelAbove = false,
  testId,
}: {
  manifest: Manifest;
  /** 'YYYY-MM' */
  value: string;
  onChange: (month: string) => void;
  label?: string;
  /** First month offered (e.g. the first month with a gender split). */
  fromIndex?: number;
  /** The label above the menu, in bold, like the number fields beside it (compare); beside it otherwise. */
  labelAbove?: boolean;
  testId?: string;
}) {
  const id = useId();
  const years = useMemo(() => {
    const byYear = new Map<string, { key: string; text: string }[]>();
    for (let i = manifest.months.length - 1; i >= fromIndex; i--) {
      const date = manifest.months[i] ?? '';
      const year = date.slice(0, 4);
      const list = byYear.get(year) ?? [];
      const isGap = manifest.monthInfo[i]?.status !== 'ok';
      list.push({ key: date.slice(0, 7), text: `${monthLabel(date)}${isGap ? ' (no report)' : ''}` });
      byYear.set(year, list);
    }
    return [...byYear];
  }, [manifest, fromIndex]);
  return (
    <p className={labelAbove ? 'number-field month-field' : 'control month-field'}>
      <label htmlFor={id}>{label}</label>{' '}
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
        {years.map(([year, months]) => (
          <optgroup key={year} label={year}>
            {months.map((m) => (
              <option key={m.key} value={m.key}>
                {m.text}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </p>
  );
}
