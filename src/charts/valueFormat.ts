import { decimalsForStep, formatPercent, numberFormatter } from '../ui/format.ts';

/** How a chart's values read: headcounts, shares (fractions, 0.101 = 10.1%) or rates per million people. */
export type ValueFormatKind = 'number' | 'percent' | 'perMillion';

const numberFormat = numberFormatter({ maximumFractionDigits: 2 });
// One decimal always (src/ui/format.ts formatPercent): a column never prints "16%" beside "16.3%".
const percentFormat = formatPercent;
const perMillionFormat = numberFormatter({ minimumFractionDigits: 1, maximumFractionDigits: 1 });
const logTickFormat = numberFormatter({ maximumSignificantDigits: 6 });

/** Exact value for tooltips, tables and announcements; null reads "no data", never 0. */
export function formatValue(kind: ValueFormatKind, value: number | null): string {
  if (value === null || !Number.isFinite(value)) return 'no data';
  switch (kind) {
    case 'number':
      return numberFormat(value);
    case 'percent':
      return percentFormat(value);
    case 'perMillion':
      return `${perMillionFormat(value)} per million`;
  }
}

/** Value as a bare number (no unit words), for table cells whose header names the unit. */
export function formatCell(kind: ValueFormatKind, value: number): string {
  return kind === 'perMillion' ? perMillionFormat(value) : formatValue(kind, value);
}

/** Powers of ten on a log axis: "1,000", "10M", "1B" (population axes reach billions). */
function compactLogTick(value: number): string {
  if (value >= 1e9) return `${logTickFormat(value / 1e9)}B`;
  if (value >= 1e6) return `${logTickFormat(value / 1e6)}M`;
  return logTickFormat(value);
}

/** Tick labels: just enough decimals for the tick step, no unit words (the axis title carries them). */
export function tickFormatter(
  kind: ValueFormatKind,
  ticks: readonly number[],
  isLog = false,
): (value: number) => string {
  if (isLog) {
    if (kind !== 'percent') return compactLogTick;
    // As many decimals as the smallest tick needs, so "0.001%, 0.002%, 0.005%" stay distinct.
    const smallest = Math.min(...ticks.filter((t) => t > 0));
    const decimals = Number.isFinite(smallest)
      ? Math.max(0, -Math.floor(Math.log10(smallest * 100) + 1e-9))
      : 1;
    return numberFormatter({ style: 'percent', maximumFractionDigits: decimals });
  }
  const step = ticks.length > 1 ? Math.abs((ticks[1] ?? 0) - (ticks[0] ?? 0)) : 1;
  const decimals = decimalsForStep(step);
  if (kind === 'percent') {
    const digits = Math.max(0, decimals - 2);
    return numberFormatter({
      style: 'percent',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
  }
  return numberFormatter({ minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}
