// A claim's evidence as a chart: a monthly series with the quoted figure as a dashed reference line,
// in the usual frame with its table and exports. Drawn without d3 (see evidenceChartModel.ts).
import { useEffect, useMemo } from 'react';
import { Axis } from '../../charts/Axis.tsx';
import { ChartFrame } from '../../charts/ChartFrame.tsx';
import { ChartSvg } from '../../charts/ChartSvg.tsx';
import { DataTable, type DataTableColumn } from '../../charts/DataTable.tsx';
import { seriesColor } from '../../charts/palette.ts';
import { useElementWidth } from '../../charts/useElementWidth.ts';
import { monthLabel } from '../../data/selectors/months.ts';
import { LazyChartExports } from '../../export/LazyChartExports.tsx';
import { exportFromTable } from '../../export/tableExport.ts';
import type { EvidenceChart } from './claimsModel.ts';
import { describeEvidence, evidenceLayout } from './evidenceChartModel.ts';

type Row = { index: number; month: string };

export default function EvidenceChartFrame({
  chart,
  version,
  onDrawn,
}: {
  chart: EvidenceChart;
  version: string;
  onDrawn?: () => void;
}) {
  // Tells the page, once the chart has been on screen for a frame, that its first chart is drawn (the
  // page then loads the larger data chunks, which must not compete with this chart).
  useEffect(() => {
    if (!onDrawn) return undefined;
    const frame = requestAnimationFrame(() => onDrawn());
    return () => cancelAnimationFrame(frame);
  }, [onDrawn]);
  const series = chart.series[0];
  const values = series?.values ?? [];
  const description = describeEvidence({
    what: `${chart.yAxisTitle.toLowerCase()} (${series?.label ?? ''})`,
    months: chart.months,
    values,
    ...(chart.reference ? { reference: chart.reference } : {}),
  });
  const rows: Row[] = chart.months.map((month, index) => ({ index, month }));
  const columns: DataTableColumn<Row>[] = [
    {
      id: 'month',
      label: 'Month',
      kind: 'text',
      value: (r) => monthLabel(r.month),
      sortValue: (r) => r.index,
    },
    ...chart.series.map((s): DataTableColumn<Row> => ({
      id: s.id,
      label: `${s.label}: ${chart.yAxisTitle.toLowerCase()}`,
      kind: 'number',
      value: (r) => s.values[r.index] ?? null,
    })),
  ];
  const source = `${chart.source} Blue Helmets dataset ${version}.`;
  return (
    <ChartFrame
      title={chart.title}
      headingLevel={3}
      description={description}
      source={source}
      chart={<EvidenceSvg chart={chart} values={values} description={description} />}
      table={
        <DataTable
          caption={chart.title}
          columns={columns}
          rows={rows}
          rowKey={(r) => r.month}
          initialSort={{ columnId: 'month', direction: 'descending' }}
        />
      }
      actions={
        <LazyChartExports
          spec={exportFromTable({
            name: chart.id,
            chart: chart.id,
            title: chart.title,
            source,
            columns,
            rows,
          })}
        />
      }
    />
  );
}

export function EvidenceSvg({
  chart,
  values,
  description,
}: {
  chart: EvidenceChart;
  values: readonly (number | null)[];
  description: string;
}) {
  const [ref, width] = useElementWidth();
  const layout = useMemo(
    () =>
      evidenceLayout({
        width,
        height: 220,
        months: chart.months,
        values,
        ...(chart.reference ? { reference: chart.reference } : {}),
        hasYTitle: true,
      }),
    [width, chart, values],
  );
  const { margin, plotWidth, plotHeight } = layout;
  return (
    <div className="bh-chart" ref={ref}>
      <ChartSvg width={layout.width} height={layout.height} title={chart.title} description={description}>
        <g transform={`translate(${margin.left},${margin.top})`}>
          <Axis
            orientation="left"
            ticks={layout.yTicks}
            length={plotHeight}
            gridLength={plotWidth}
            title={chart.yAxisTitle}
          />
          <g transform={`translate(0,${plotHeight})`}>
            <Axis orientation="bottom" ticks={layout.xTicks} length={plotWidth} />
          </g>
          <g className="bh-gaps">
            {layout.gaps.map((g) => (
              <rect key={g.x} x={g.x} width={g.width} height={plotHeight} fill="currentColor" opacity={0.25}>
                <title>{g.label}</title>
              </rect>
            ))}
          </g>
          {layout.reference && (
            <g className="bh-references">
              <line
                x2={plotWidth}
                y1={layout.reference.y}
                y2={layout.reference.y}
                stroke="currentColor"
                strokeDasharray="5 4"
              />
              <text
                x={plotWidth}
                y={layout.reference.y - 4}
                textAnchor="end"
                fontSize={11}
                fill="currentColor"
                className="bh-reference-label"
              >
                {layout.reference.label}
              </text>
            </g>
          )}
          <g className="bh-line" style={{ color: seriesColor(0) }}>
            {layout.paths.map((d, i) => (
              <path
                key={i}
                d={d}
                fill="none"
                stroke="currentColor"
                strokeWidth={2}
                strokeLinejoin="round"
                strokeLinecap="round"
              />
            ))}
          </g>
        </g>
      </ChartSvg>
    </div>
  );
}
