// Builds a chart's CSV export from the very columns and rows its table shows, so the two cannot drift.
import type { DataTableColumn } from '../charts/DataTable.tsx';
import type { ChartExportSpec } from './chartExport.ts';

export function exportFromTable<Row>(options: {
  name: string;
  title: string;
  source: string;
  columns: readonly DataTableColumn<Row>[];
  rows: readonly Row[];
  /** The chart's stable id in its view (see ChartExportSpec.chart). */
  chart?: string;
}): ChartExportSpec {
  const { name, title, source, columns, rows, chart } = options;
  return {
    ...(chart === undefined ? {} : { chart }),
    name,
    title,
    source,
    columns: columns.map((c) => c.label),
    rows: rows.map((row) => columns.map((c) => c.value(row))),
  };
}
