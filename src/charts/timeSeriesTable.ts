import type { DataTableColumn } from './DataTable.tsx';
import { monthLabel } from '../data/selectors/months.ts';
import type { IndexRange, TimeSeries } from './timeSeriesModel.ts';
import { formatCell, type ValueFormatKind } from './valueFormat.ts';

export interface MonthRow {
  index: number;
  month: string;
}

/** Columns and rows for the table alternative of a time chart: one row per visible month. */
export function timeSeriesTable(
  months: readonly string[],
  series: readonly TimeSeries[],
  range: IndexRange,
  valueFormat: ValueFormatKind = 'number',
): { columns: DataTableColumn<MonthRow>[]; rows: MonthRow[] } {
  const rows: MonthRow[] = [];
  for (let index = range.from; index <= range.to; index += 1) {
    const month = months[index];
    if (month !== undefined) rows.push({ index, month });
  }
  const columns: DataTableColumn<MonthRow>[] = [
    {
      id: 'month',
      label: 'Month',
      kind: 'text',
      value: (row) => monthLabel(row.month),
      sortValue: (row) => row.index,
    },
    ...series.map((s): DataTableColumn<MonthRow> => ({
      id: s.id,
      label: valueFormat === 'perMillion' ? `${s.label} (per million)` : s.label,
      kind: 'number',
      value: (row) => s.values[row.index] ?? null,
      format: (v) => formatCell(valueFormat, v),
    })),
  ];
  return { columns, rows };
}
