import { useId, type ChangeEvent } from 'react';
import { monthLabel } from '../data/selectors/months.ts';
import type { IndexRange } from './timeSeriesModel.ts';

export interface TimeRangeSliderProps {
  months: readonly string[];
  value: IndexRange;
  onChange: (range: IndexRange) => void;
  /** What Reset goes back to; the whole axis when omitted. */
  defaultValue?: IndexRange;
  label?: string;
}

/**
 * Two native range inputs over one track: mouse, touch and keyboard (arrows, Page Up/Down, Home/End)
 * work as browsers make them. The thumbs cannot cross: "From" stops at "To" and the other way round.
 */
export function TimeRangeSlider({
  months,
  value,
  onChange,
  defaultValue,
  label = 'Time range',
}: TimeRangeSliderProps) {
  const id = useId();
  const max = Math.max(0, months.length - 1);
  const from = Math.min(Math.max(0, value.from), max);
  const to = Math.min(Math.max(from, value.to), max);
  const reset = defaultValue ?? { from: 0, to: max };
  const monthText = (index: number) => {
    const month = months[index];
    return month ? monthLabel(month) : '';
  };

  const onFrom = (event: ChangeEvent<HTMLInputElement>) => {
    const next = Math.min(Number(event.target.value), to);
    if (next !== from) onChange({ from: next, to });
  };
  const onTo = (event: ChangeEvent<HTMLInputElement>) => {
    const next = Math.max(Number(event.target.value), from);
    if (next !== to) onChange({ from, to: next });
  };
  const percent = (index: number) => (max === 0 ? 0 : (index / max) * 100);

  return (
    <fieldset className="bh-range">
      <legend className="bh-range-legend">{label}</legend>
      <div
        className="bh-range-track"
        style={{
          ['--bh-range-from' as string]: `${percent(from)}%`,
          ['--bh-range-to' as string]: `${percent(to)}%`,
        }}
      >
        <input
          type="range"
          id={`${id}-from`}
          className="bh-range-input bh-range-input--from"
          aria-label="From"
          min={0}
          max={max}
          step={1}
          value={from}
          aria-valuetext={monthText(from)}
          onChange={onFrom}
          disabled={months.length === 0}
        />
        <input
          type="range"
          id={`${id}-to`}
          className="bh-range-input bh-range-input--to"
          aria-label="To"
          min={0}
          max={max}
          step={1}
          value={to}
          aria-valuetext={monthText(to)}
          onChange={onTo}
          disabled={months.length === 0}
        />
      </div>
      <div className="bh-range-footer">
        <output className="bh-range-output" htmlFor={`${id}-from ${id}-to`}>
          {monthText(from)} – {monthText(to)}
        </output>
        <button type="button" className="bh-button" onClick={() => onChange(reset)}>
          Reset
        </button>
      </div>
    </fieldset>
  );
}
