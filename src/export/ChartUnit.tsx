import { lazy, Suspense, type ReactElement, type ReactNode } from 'react';
import { useChartDef } from '../ui/ChartList.tsx';
import type { LegendItem } from '../charts/svgLegend.ts';
import { ChartFrame } from '../charts/ChartFrame.tsx';
import type { DataTableColumn, DataTableProps, DataTableSort } from '../charts/DataTable.tsx';
import { useDisplayMode } from '../state/displayMode.ts';
import { LazyChartExports } from './LazyChartExports.tsx';
import { exportFromTable } from './tableExport.ts';
import { useChartSourceLine } from '../ui/pageSources.tsx';

// The table is drawn only when its tab is chosen: its code is not part of a view's first load.
const LazyDataTable = lazy(() => import('../charts/DataTable.tsx').then((m) => ({ default: m.DataTable })));
const DataTable = LazyDataTable as unknown as <Row>(props: DataTableProps<Row>) => ReactNode;

export interface ChartTable<Row> {
  caption: string;
  columns: readonly DataTableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  initialSort?: DataTableSort;
}

export interface ChartUnitProps<Row> {
  /** The chart's id in its view's registry (src/features/<view>/<view>Charts.ts). */
  id: string;
  title: string;
  subtitle?: string;
  description: string;
  /** The source line as printed under the chart; also the export's source unless exportSource is given. */
  source: string;
  /** A shorter or plainer source for the exports, when the printed one adds notes. */
  exportSource?: string;
  /** File-name stem of the exports: "bangladesh-personnel-by-type". */
  exportName: string;
  /** The view's controls for this chart: shown in the full view only. */
  controls?: ReactNode;
  chart: ReactNode;
  /** The table alternative, and exactly the rows of the CSV export; null while it is not known yet. */
  table: ChartTable<Row> | null;
  /**
   * The chart's component at a fixed size, for the image exports (SVG, PNG, slide): drawn from the
   * model at the export size rather than copied from the page. Without it the page's drawing is used.
   */
  exportChart?: (size: { width: number; height: number }) => ReactElement;
  /** The legend the page shows as a list, drawn as SVG in the exports. */
  legend?: readonly LegendItem[];
  /** Shown in the full view before the figure (an introduction and the chart's own controls). */
  before?: ReactNode;
  /** Shown in the full view after the figure (e.g. a list the chart's badges point to). */
  after?: ReactNode;
  /**
   * The description as printed in the full view when its words carry links (MissionLinkedText: each
   * mission acronym opens its view); the same words as `description`. Embeds and slides print the text.
   */
  descriptionContent?: ReactNode;
}

/**
 * One chart of a view, wired once for all: the section named by the chart's title, the ChartFrame with
 * its Chart/Table tabs, the DataTable, and the share and export controls whose CSV holds exactly the
 * table's rows and whose embed, present and playlist links carry the chart's id.
 */
export function ChartUnit<Row>({
  id,
  title,
  subtitle,
  description,
  source,
  exportSource,
  exportName,
  controls,
  chart,
  table,
  exportChart,
  legend,
  before,
  after,
  descriptionContent,
}: ChartUnitProps<Row>) {
  const mode = useDisplayMode();
  const def = useChartDef();
  const isFull = mode.kind === 'full';
  const sourceLine = useChartSourceLine(id, source);
  return (
    <>
      {isFull && before}
      <section aria-label={title} data-testid={id} data-chart={id}>
        <ChartFrame
          title={title}
          {...(subtitle === undefined ? {} : { subtitle })}
          description={description}
          {...(isFull && descriptionContent !== undefined ? { descriptionContent } : {})}
          source={sourceLine}
          actions={
            table ? (
              <LazyChartExports
                spec={{
                  ...exportFromTable({
                    name: exportName,
                    title,
                    source: exportSource ?? source,
                    columns: table.columns,
                    rows: table.rows,
                    chart: id,
                  }),
                  ...(subtitle === undefined ? {} : { subtitle }),
                  ...(def
                    ? { label: def.label, units: def.units, shortSource: `Source: ${def.source}.` }
                    : {}),
                  ...(exportChart ? { model: { render: exportChart, ...(legend ? { legend } : {}) } } : {}),
                }}
              />
            ) : undefined
          }
          chart={
            <>
              {isFull && controls}
              {chart}
            </>
          }
          table={
            table ? (
              <Suspense
                fallback={
                  <p className="loading" role="status">
                    Loading the table…
                  </p>
                }
              >
                <DataTable<Row>
                  caption={table.caption}
                  columns={table.columns}
                  rows={table.rows}
                  rowKey={table.rowKey}
                  {...(table.initialSort ? { initialSort: table.initialSort } : {})}
                />
              </Suspense>
            ) : (
              <p className="loading" role="status">
                Loading the table…
              </p>
            )
          }
        />
      </section>
      {isFull && after}
    </>
  );
}
