// The women by type as numbers: the country and all UN as stacked areas side by side. Loaded only
// when the reader asks for numbers (the share, drawn first, does not need the stacked areas).
import { StackedAreaChart } from '../../../charts/StackedAreaChart.tsx';
import type { IndexRange, TimeSeries } from '../../../charts/timeSeriesModel.ts';

export default function WomenCountPair({
  name,
  own,
  all,
  description,
  range,
  months,
  size,
}: {
  name: string;
  own: TimeSeries[];
  all: TimeSeries[];
  description: string;
  range: IndexRange;
  months: readonly string[];
  /** An export's size: the two panels side by side at that size, whatever the screen. */
  size?: { width: number; height: number };
}) {
  const panel = size && {
    width: Math.floor((size.width - 32) / 2),
    height: Math.max(140, size.height - 40),
  };
  return (
    <div className="chart-pair" style={panel && { gridTemplateColumns: '1fr 1fr' }}>
      {[
        { who: name, heading: name, list: own, id: 'own' },
        { who: 'All UN', heading: 'All UN uniformed personnel', list: all, id: 'un' },
      ].map(({ who, heading, list, id }) => (
        <div key={id}>
          <h3 className="women-subhead">{heading}</h3>
          <StackedAreaChart
            title={`${who}: women by type`}
            description={description}
            months={months}
            series={list}
            range={range}
            yAxisTitle="Women"
            totalLabel="All women"
            {...panel}
          />
        </div>
      ))}
    </div>
  );
}
