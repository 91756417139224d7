// IPI's data_monthly.csv: world totals per month, 1990-11 … 2017-03. It has no country detail, so it
// does not feed the series; the Sources page shows it beside our own totals where the two series meet.
import { columnIndex, parseCountField, parseMonthDateField, readCsvTable } from './csv.ts';

/** 'YYYY-MM' → IPI's "Total Contributions" for that month. */
export function readIpiWorldTotals(file: string): Map<string, number> {
  const table = readCsvTable(file);
  const col = columnIndex(table, ['Date', 'Total Contributions'] as const);
  const totals = new Map<string, number>();
  for (const row of table.rows) {
    const { monthEnd } = parseMonthDateField(table, row, col.Date);
    const total = parseCountField(table, row, col['Total Contributions']);
    if (total !== null) totals.set(monthEnd.slice(0, 7), total);
  }
  return totals;
}
