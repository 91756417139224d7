// A transport form for chunks made of long monthly or yearly count series (totals.json,
// population.json): each series is sent as the differences between consecutive values, which gzip
// compresses far better than the values themselves (totals.json: 78 → 58 kB gzip). The build writes
// that form into dist/data/ where it is smaller (vite.config.ts); data/ in the repository keeps the
// plain form, and fetchChunk undoes the packing before validation, so every view sees the same data.
//
// A packed series is {"$d": [...]}: each number is the change from the previous number in the series
// (the first from 0); null stays null and does not reset the running value.

export const PACKED_KEY = '$d';

/** Shorter arrays are left as they are: the wrapper would cost more than it saves. */
const MIN_PACKED_LENGTH = 8;

type Count = number | null;

function isCountArray(value: unknown): value is Count[] {
  return Array.isArray(value) && value.every((v) => v === null || Number.isSafeInteger(v));
}

function isPackedSeries(value: unknown): value is { [PACKED_KEY]: Count[] } {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return (
    keys.length === 1 &&
    keys[0] === PACKED_KEY &&
    isCountArray((value as Record<string, unknown>)[PACKED_KEY])
  );
}

function deltas(series: readonly Count[]): Count[] {
  let previous = 0;
  return series.map((v) => {
    if (v === null) return null;
    const d = v - previous;
    previous = v;
    return d;
  });
}

function sums(packed: readonly Count[]): Count[] {
  let running = 0;
  return packed.map((d) => {
    if (d === null) return null;
    running += d;
    return running;
  });
}

/** Packs every array of at least 8 integers-or-null found anywhere in a parsed chunk. */
export function packSeries(value: unknown): unknown {
  if (isCountArray(value)) return value.length >= MIN_PACKED_LENGTH ? { [PACKED_KEY]: deltas(value) } : value;
  if (Array.isArray(value)) return value.map(packSeries);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      // A plain chunk that used the marker as a key could not be told apart from a packed one.
      if (key === PACKED_KEY) throw new Error(`cannot pack a chunk with a "${PACKED_KEY}" key`);
      out[key] = packSeries(v);
    }
    return out;
  }
  return value;
}

/**
 * Undoes packSeries on parsed JSON, in place (it is freshly parsed and nobody else holds it). A plain
 * chunk passes through unchanged; anything that only looks half like a packed series is left for the
 * schema to reject.
 */
export function unpackSeries(value: unknown): unknown {
  if (isPackedSeries(value)) return sums(value[PACKED_KEY]);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (isPackedSeries(item)) value[i] = sums(item[PACKED_KEY]);
      else if (item !== null && typeof item === 'object') unpackSeries(item);
    }
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const item = record[key];
      // defineProperty, not assignment: a key named "__proto__" must stay a plain property.
      if (isPackedSeries(item)) {
        Object.defineProperty(record, key, {
          value: sums(item[PACKED_KEY]),
          writable: true,
          enumerable: true,
          configurable: true,
        });
      } else if (item !== null && typeof item === 'object') {
        unpackSeries(item);
      }
    }
  }
  return value;
}
