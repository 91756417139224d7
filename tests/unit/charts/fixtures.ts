import type { TimeSeries } from '../../../src/charts/timeSeriesModel.ts';

/** `count` month-end dates starting at `first` ('YYYY-MM'), like the dataset's month axis. */
export function makeMonths(first: string, count: number): string[] {
  const year = Number(first.slice(0, 4));
  const month = Number(first.slice(5, 7)) - 1;
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(Date.UTC(year, month + i + 1, 0));
    return d.toISOString().slice(0, 10);
  });
}

export function makeSeries(id: string, values: readonly (number | null)[], label = id): TimeSeries {
  return { id, label, values };
}
