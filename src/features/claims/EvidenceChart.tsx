// A claim's evidence as a chart (loaded on demand): a monthly series with the quoted figure as a
// dashed reference line, in the usual frame with its table and exports.
import { useEffect } from 'react';
import { ChartFrame } from '../../charts/ChartFrame.tsx';
import { DataTable } from '../../charts/DataTable.tsx';
import { describeTimeSeries } from '../../charts/describeTimeSeries.ts';
import { LineChart } from '../../charts/LineChart.tsx';
import { timeSeriesTable } from '../../charts/timeSeriesTable.ts';
import { LazyChartExports } from '../../export/LazyChartExports.tsx';
import { exportFromTable } from '../../export/tableExport.ts';
import type { EvidenceChart } from './claimsModel.ts';

export default function EvidenceChartFrame({ chart, version, onDrawn }: { chart: EvidenceChart; version: string; onDrawn?: () => void }) {
  // Tells the page, once the chart has been on screen for a frame, that its first chart is drawn (the
  // page then loads the larger data chunks, which must not compete with this chart).
  useEffect(() => {
    if (!onDrawn) return undefined;
    const frame = requestAnimationFrame(() => onDrawn());
    return () => cancelAnimationFrame(frame);
  }, [onDrawn]);
  const range = { from: 0, to: Math.max(0, chart.months.length - 1) };
  const references = chart.reference
    ? [
        {
          id: 'claimed',
          label: chart.reference.label,
          steps: [{ from: chart.months[0] ?? '', to: chart.months[chart.months.length - 1] ?? '', value: chart.reference.value }],
        },
      ]
    : [];
  const description = `${describeTimeSeries({ chartKind: 'Line', months: chart.months, series: chart.series, range })}${
    chart.reference ? ` A dashed line marks ${chart.reference.value}, the figure quoted.` : ''
  }`;
  const table = timeSeriesTable(chart.months, chart.series, range);
  const source = `${chart.source} Blue Helmets dataset ${version}.`;
  return (
    <ChartFrame
      title={chart.title}
      headingLevel={3}
      description={description}
      source={source}
      chart={
        <LineChart
          title={chart.title}
          description={description}
          months={chart.months}
          series={chart.series}
          references={references}
          yAxisTitle={chart.yAxisTitle}
          height={220}
        />
      }
      table={
        <DataTable
          caption={chart.title}
          columns={table.columns}
          rows={table.rows}
          rowKey={(r) => r.month}
          initialSort={{ columnId: 'month', direction: 'descending' }}
        />
      }
      actions={<LazyChartExports spec={exportFromTable({ name: chart.id, chart: chart.id, title: chart.title, source, ...table })} />}
    />
  );
}

