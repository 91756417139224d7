// The one home of number formatting: every count, share and rate the app prints goes through these
// Intl formatters (en-US), so a column never mixes two rules. d3-format's conventions are kept — a
// true minus sign (−), no "−0" for a value that rounds to zero — without shipping d3-format to every
// page (2.2 kB gzip on each chart route's first load).

const MINUS = '\u2212';

/** A formatter for en-US numbers with the given options: grouping on, true minus, no negative zero. */
export function numberFormatter(options: Intl.NumberFormatOptions = {}): (n: number) => string {
  const intl = new Intl.NumberFormat('en-US', { ...options, signDisplay: 'negative' });
  return (n) => intl.format(n).replace('-', MINUS);
}

/** Digits after the point for a fixed step ("0.05" → 2; "10" → 0), like d3's precisionFixed. */
export function decimalsForStep(step: number): number {
  const size = Math.abs(step);
  return size > 0 && Number.isFinite(size) ? Math.max(0, -Math.floor(Math.log10(size) + 1e-9)) : 0;
}

/** A number as en-US text ("7,237"; "267.039"), up to three decimals, as toLocaleString('en-US'). */
export const formatNumber = numberFormatter();

/** A count of people or deaths: "7,237". */
export const formatCount = formatNumber;

/** A share (a fraction: 0.101) as a percentage with one decimal always: "10.1%". */
export const formatPercent = numberFormatter({
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
