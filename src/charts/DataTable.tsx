import { useId, useMemo, useState } from 'react';
import { numberFormatter } from '../ui/format.ts';

export interface DataTableColumn<Row> {
  id: string;
  label: string;
  /** Number columns are right-aligned, formatted with thousands separators and sort numerically. */
  kind: 'text' | 'number';
  value: (row: Row) => string | number | null;
  format?: (value: number) => string;
  /** Sort key when the shown text sorts badly (e.g. months as "March 2023"). */
  sortValue?: (row: Row) => string | number | null;
  /** An address for the cell's text (a mission's acronym opens its view); null for none. */
  link?: (row: Row) => string | null;
}

export type SortDirection = 'ascending' | 'descending';

export interface DataTableSort {
  columnId: string;
  direction: SortDirection;
}

export interface DataTableProps<Row> {
  caption: string;
  columns: readonly DataTableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  initialSort?: DataTableSort;
}

const thousands = numberFormatter({ maximumFractionDigits: 2 });

function compare(a: string | number | null, b: string | number | null, direction: SortDirection): number {
  // Missing values stay at the bottom whichever way the column is sorted.
  if (a === null && b === null) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  const order = typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b));
  return direction === 'ascending' ? order : -order;
}

/**
 * The table alternative to a chart: a real <table>, sortable by any column (aria-sort on the sorted
 * header), first column as row headers, blank cells with a hidden "no data" for missing values. It
 * scrolls sideways inside its own focusable wrapper so the page never does.
 */
export function DataTable<Row>({ caption, columns, rows, rowKey, initialSort }: DataTableProps<Row>) {
  const [sort, setSort] = useState<DataTableSort | null>(initialSort ?? null);
  const captionId = useId();

  const sortedRows = useMemo(() => {
    const column = sort ? columns.find((c) => c.id === sort.columnId) : undefined;
    if (!sort || !column) return rows;
    const key = column.sortValue ?? column.value;
    return rows
      .map((row, i) => ({ row, i, k: key(row) }))
      .sort((a, b) => compare(a.k, b.k, sort.direction) || a.i - b.i)
      .map((entry) => entry.row);
  }, [rows, columns, sort]);

  const toggle = (column: DataTableColumn<Row>) => {
    setSort((current) => {
      if (current?.columnId === column.id) {
        return {
          columnId: column.id,
          direction: current.direction === 'ascending' ? 'descending' : 'ascending',
        };
      }
      // Numbers first sort largest-first: the question is usually "who contributes most".
      return { columnId: column.id, direction: column.kind === 'number' ? 'descending' : 'ascending' };
    });
  };

  return (
    <div className="bh-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="bh-table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => {
              const isSorted = sort?.columnId === column.id;
              return (
                <th
                  key={column.id}
                  scope="col"
                  className={column.kind === 'number' ? 'bh-num' : undefined}
                  aria-sort={isSorted ? sort.direction : undefined}
                >
                  <button type="button" className="bh-sort-button" onClick={() => toggle(column)}>
                    {column.label}
                    <span className="bh-sort-icon" aria-hidden="true">
                      {isSorted ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sortedRows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column, columnIndex) => {
                const value = column.value(row);
                const isNumber = column.kind === 'number';
                const href = value === null ? null : (column.link?.(row) ?? null);
                const text =
                  value === null ? (
                    <span className="bh-visually-hidden">no data</span>
                  ) : typeof value === 'number' ? (
                    (column.format ?? thousands)(value)
                  ) : (
                    value
                  );
                const content = href === null ? text : <a href={href}>{text}</a>;
                const className = isNumber ? 'bh-num' : undefined;
                return columnIndex === 0 ? (
                  <th key={column.id} scope="row" className={className}>
                    {content}
                  </th>
                ) : (
                  <td key={column.id} className={className}>
                    {content}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
