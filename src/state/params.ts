// Query-parameter codecs. The URL is the view: every control that changes what is shown is a
// parameter, and parsing never throws — it says valid, invalid (with a reason) or missing, so an
// invalid value falls back to its default and the page can say in words what it ignored.

export type Parsed<T> =
  { kind: 'valid'; value: T } | { kind: 'invalid'; reason: string } | { kind: 'missing' };

/** What a codec may check a raw value against: the dataset's countries and months. */
export interface ParamContext {
  countries: ReadonlySet<string>;
  /** Month keys 'YYYY-MM' of the dataset, oldest first. */
  months: readonly string[];
  /** Each country's first month with personnel deployed ('YYYY-MM'), for defaults that follow it. */
  firstMonths?: ReadonlyMap<string, string>;
  /** Mission acronyms of the dataset (manifest.missions order); views without a mission leave it out. */
  missions?: readonly string[];
}

export interface ParamCodec<T> {
  parse(raw: string, context: ParamContext): Parsed<T>;
  serialize(value: T): string;
  equals(a: T, b: T): boolean;
  /**
   * A few values this codec accepts in the given context, for generated round-trip tests
   * (tests/unit/state/viewRoundTrip.ts). Optional: a codec without samples is tested with its default.
   */
  samples?(context: ParamContext): T[];
}

/** Longest raw value we look at; anything longer is rejected without being echoed back in full. */
export const MAX_PARAM_LENGTH = 200;

const valid = <T>(value: T): Parsed<T> => ({ kind: 'valid', value });
const invalid = <T>(reason: string): Parsed<T> => ({ kind: 'invalid', reason });

/**
 * Characters shown as '?' when a value is quoted back: control characters, and the invisible ones that
 * could make the quote read differently from what the link holds — bidirectional overrides and
 * isolates (an unclosed U+202E would mirror the rest of the sentence), zero-width characters, line and
 * paragraph separators.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point: they are replaced
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/** `text` with unprintable characters as '?', cut after `max` characters (never inside a surrogate pair). */
export function visibleText(text: string, max: number): string {
  const chars = Array.from(text.length > max * 2 + 2 ? text.slice(0, max * 2 + 2) : text);
  const cut = chars.length > max ? `${chars.slice(0, max).join('')}…` : chars.join('');
  return cut.replace(UNPRINTABLE, '?');
}

/** Shortens a hostile or huge value before it is quoted back to the reader (React escapes it). */
export function quote(raw: string): string {
  return `“${visibleText(raw, 40)}”`;
}

/** At most `max` problems in a sentence; the rest are counted, so a long hostile list gives a short notice. */
export function listProblems(problems: readonly string[], max = 3): string {
  const shown = problems.slice(0, max).join('; ');
  return problems.length > max ? `${shown}; and ${problems.length - max} more` : shown;
}

export function enumParam<T extends string>(values: readonly T[], what: string): ParamCodec<T> {
  return {
    parse: (raw) =>
      (values as readonly string[]).includes(raw)
        ? valid(raw as T)
        : invalid(`${quote(raw)} is not a ${what}; choose one of ${values.join(', ')}`),
    serialize: (v) => v,
    equals: (a, b) => a === b,
    samples: () => [...values],
  };
}

export function booleanParam(): ParamCodec<boolean> {
  return {
    parse: (raw) =>
      raw === '1' || raw === 'true'
        ? valid(true)
        : raw === '0' || raw === 'false'
          ? valid(false)
          : invalid(`${quote(raw)} is not 0 or 1`),
    serialize: (v) => (v ? '1' : '0'),
    equals: (a, b) => a === b,
    samples: () => [true, false],
  };
}

export function intParam(min: number, max: number, what: string): ParamCodec<number> {
  return {
    parse: (raw) => {
      if (!/^-?\d{1,9}$/.test(raw)) return invalid(`${quote(raw)} is not a whole number (${what})`);
      const n = Number(raw);
      if (n < min || n > max) return invalid(`${what} must be between ${min} and ${max}, not ${n}`);
      return valid(n);
    },
    serialize: (v) => String(v),
    equals: (a, b) => a === b,
    samples: () => [...new Set([min, max, Math.round((min + max) / 2), Math.min(max, Math.max(min, 0))])],
  };
}

function checkCountry(raw: string, context: ParamContext): Parsed<string> {
  // Latin letters only, before upper-casing: 'ınd' (dotless i) upper-cases to 'IND' and would
  // silently select India from a look-alike.
  if (!/^[A-Za-z]{3}$/.test(raw)) {
    return invalid(
      /^[A-Z]{3}$/.test(raw.toUpperCase())
        ? `${quote(raw)} is not a country code: it has letters that only look like A–Z (type the code in plain letters, such as BGD)`
        : `${quote(raw)} is not a country code (three letters, such as BGD)`,
    );
  }
  const code = raw.toUpperCase();
  if (!context.countries.has(code)) return invalid(`${code} is not a contributor in this dataset`);
  return valid(code);
}

export function countryParam(): ParamCodec<string> {
  return {
    parse: checkCountry,
    serialize: (v) => v,
    equals: (a, b) => a === b,
    samples: (context) => [...context.countries].slice(0, 5),
  };
}

/**
 * A mission acronym the dataset lists (MINUSCA). Letters are matched without regard to case and the
 * dataset's own spelling is kept (minusca → MINUSCA, "UNAVEM II", OSESyria).
 */
export function missionParam(): ParamCodec<string> {
  return {
    parse: (raw, context) => {
      if (!/^[A-Za-z][A-Za-z0-9 .-]{1,19}$/.test(raw)) {
        return invalid(`${quote(raw)} is not a mission acronym (letters, such as MINUSCA)`);
      }
      const wanted = raw.toUpperCase();
      const known = (context.missions ?? []).find((m) => m.toUpperCase() === wanted);
      if (known === undefined) return invalid(`${quote(raw)} is not a mission in this dataset`);
      return valid(known);
    },
    serialize: (v) => v,
    equals: (a, b) => a === b,
    samples: (context) => spread(context.missions ?? [], 5),
  };
}

/** A comma-separated list of ISO3 codes, at most `max`, without repeats. Unknown codes are dropped with a reason. */
export function countryListParam(max: number): ParamCodec<string[]> {
  return {
    parse: (raw, context) => {
      const parts = raw.split(',').filter((p) => p !== '');
      if (parts.length === 0) return invalid('the country list is empty');
      const kept: string[] = [];
      const problems: string[] = [];
      for (const part of parts) {
        const parsed = checkCountry(part, context);
        if (parsed.kind !== 'valid') problems.push(parsed.kind === 'invalid' ? parsed.reason : part);
        else if (!kept.includes(parsed.value)) kept.push(parsed.value);
      }
      if (kept.length > max) problems.push(`at most ${max} countries can be compared; kept the first ${max}`);
      if (problems.length > 0) return invalid(listProblems(problems));
      return valid(kept);
    },
    serialize: (v) => v.join(','),
    equals: (a, b) => a.length === b.length && a.every((x, i) => x === b[i]),
    samples: (context) => {
      const all = [...context.countries];
      // Lists of every length up to the maximum, and one in reverse order (order is part of the view).
      const lists = Array.from({ length: Math.min(max, all.length) }, (_, i) => all.slice(0, i + 1));
      if (all.length >= 2) lists.push(all.slice(0, Math.min(max, all.length)).reverse());
      return lists;
    },
  };
}

/** A month 'YYYY-MM' that the dataset covers. */
export function monthParam(): ParamCodec<string> {
  return {
    parse: (raw, context) => {
      if (!/^\d{4}-\d{2}$/.test(raw)) return invalid(`${quote(raw)} is not a month written as YYYY-MM`);
      if (!context.months.includes(raw)) {
        const first = context.months[0] ?? '';
        const last = context.months[context.months.length - 1] ?? '';
        return invalid(`${raw} is outside the data (${first} to ${last})`);
      }
      return valid(raw);
    },
    serialize: (v) => v,
    equals: (a, b) => a === b,
    samples: (context) => spread(context.months, 5),
  };
}

/** Up to `count` items spread evenly from first to last. */
function spread<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  return [
    ...new Set(
      Array.from({ length: count }, (_, i) => items[Math.round((i * (items.length - 1)) / (count - 1))] as T),
    ),
  ];
}

export interface MonthRange {
  from: string;
  to: string;
}

/** A time range 'YYYY-MM..YYYY-MM' inside the dataset; a reversed range is invalid, not silently swapped. */
export function rangeParam(): ParamCodec<MonthRange> {
  const month = monthParam();
  return {
    parse: (raw, context) => {
      const [fromRaw, toRaw, ...rest] = raw.split('..');
      if (fromRaw === undefined || toRaw === undefined || rest.length > 0) {
        return invalid(`${quote(raw)} is not a range written as YYYY-MM..YYYY-MM`);
      }
      const from = month.parse(fromRaw, context);
      const to = month.parse(toRaw, context);
      if (from.kind !== 'valid')
        return invalid(`range start: ${from.kind === 'invalid' ? from.reason : 'missing'}`);
      if (to.kind !== 'valid') return invalid(`range end: ${to.kind === 'invalid' ? to.reason : 'missing'}`);
      if (from.value > to.value) return invalid(`the range ${raw} ends before it starts`);
      return valid({ from: from.value, to: to.value });
    },
    serialize: (v) => `${v.from}..${v.to}`,
    equals: (a, b) => a.from === b.from && a.to === b.to,
    samples: (context) => {
      const points = spread(context.months, 5);
      const ranges: MonthRange[] = [];
      points.forEach((from, i) => {
        for (const to of points.slice(i)) ranges.push({ from, to });
      });
      return ranges;
    },
  };
}
