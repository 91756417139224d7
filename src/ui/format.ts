// The one home of number formatting: every count, share and rate the app prints goes through these
// en-US formatters, so a column never mixes two rules. d3-format's conventions are kept — a true
// minus sign (−), no "−0" for a value that rounds to zero — without shipping d3-format to every page
// (2.2 kB gzip on each chart route's first load).
//
// Written out rather than Intl.NumberFormat: the first Intl call of a page loads the browser's locale
// data, 20–40 ms of one task on this machine (×4 under Lighthouse's mobile CPU), in the middle of
// drawing the first chart. The rules are Intl's, and tests/unit/ui/format.test.ts checks them against
// Intl.NumberFormat for thousands of values: the decimal the number prints as (its shortest form,
// as String(n)), rounded half away from zero; percent moves the point two places, exactly.

const MINUS = '\u2212';

/** The options the app uses, with Intl.NumberFormat's meaning and defaults. */
export interface NumberFormatOptions {
  style?: 'decimal' | 'percent';
  minimumFractionDigits?: number;
  maximumFractionDigits?: number;
  /** When given, the fraction digit options are ignored (as Intl's default rounding priority does). */
  maximumSignificantDigits?: number;
}

/** A formatter for en-US numbers with the given options: grouping on, true minus, no negative zero. */
export function numberFormatter(options: NumberFormatOptions = {}): (n: number) => string {
  const isPercent = options.style === 'percent';
  const minFraction = options.minimumFractionDigits ?? 0;
  const maxFraction = Math.max(minFraction, options.maximumFractionDigits ?? (isPercent ? 0 : 3));
  const significant = options.maximumSignificantDigits;
  return (n) => {
    if (Number.isNaN(n)) return 'NaN';
    if (!Number.isFinite(n)) return `${n < 0 ? MINUS : ''}∞${isPercent ? '%' : ''}`;
    const { digits, point } = decimalDigits(Math.abs(n), isPercent ? 2 : 0);
    const rounded =
      significant === undefined
        ? roundDigits(digits, point, point + maxFraction)
        : roundDigits(digits, point, significant);
    const text = writeDecimal(rounded.digits, rounded.point, significant === undefined ? minFraction : 0);
    const isZero = /^0*$/.test(rounded.digits);
    return `${n < 0 && !isZero ? MINUS : ''}${text}${isPercent ? '%' : ''}`;
  };
}

/**
 * The decimal digits of a non-negative number as it prints (String(n): the shortest form that reads
 * back as the same number) and where the point falls: 1234.5 → "12345", 4; 0.00123 → "123", -2.
 * `shift` moves the point right (2 for a percentage).
 */
function decimalDigits(n: number, shift: number): { digits: string; point: number } {
  const [mantissa = '0', exponent = '0'] = String(n).split('e');
  const [whole = '0', fraction = ''] = mantissa.split('.');
  const all = whole + fraction;
  const leading = all.length - all.replace(/^0+/, '').length;
  const digits = all.slice(leading).replace(/0+$/, '');
  return { digits, point: whole.length - leading + Number(exponent) + shift };
}

/** Keeps `keep` digits (counted from the first), rounding half away from zero. */
function roundDigits(digits: string, point: number, keep: number): { digits: string; point: number } {
  if (keep >= digits.length) return { digits, point };
  if (keep < 0) return { digits: '', point };
  const isUp = (digits.charCodeAt(keep) ?? 48) >= 53; // '5'
  let kept = digits.slice(0, keep);
  if (!isUp) return { digits: kept.replace(/0+$/, ''), point };
  // Add one at the last kept digit, carrying left; a carry past the first digit adds a digit.
  let i = kept.length - 1;
  while (i >= 0 && kept[i] === '9') i--;
  if (i < 0) return { digits: '1', point: point + 1 };
  kept = kept.slice(0, i) + String(Number(kept[i]) + 1);
  return { digits: kept, point };
}

/** Digits and point as en-US text with thousands separators and at least `minFraction` decimals. */
function writeDecimal(digits: string, point: number, minFraction: number): string {
  if (digits === '') return minFraction > 0 ? `0.${'0'.repeat(minFraction)}` : '0';
  const whole = point <= 0 ? '0' : digits.slice(0, point) + '0'.repeat(Math.max(0, point - digits.length));
  let fraction = point < 0 ? '0'.repeat(-point) + digits : digits.slice(Math.max(0, point));
  fraction = fraction.replace(/0+$/, '');
  if (fraction.length < minFraction) fraction += '0'.repeat(minFraction - fraction.length);
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction ? `${grouped}.${fraction}` : grouped;
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
