// Classes of the per-capita map. Missing is a value here too: a country without a population figure
// (or a shape the data cannot name) is "no data", drawn hatched — not the lightest colour.
export type MapValue =
  | { kind: 'value'; perMillion: number; personnel: number }
  /** A report exists and the country had no one deployed that month. */
  | { kind: 'none' }
  /** No population figure, no report for the month, or a shape without a country code. */
  | { kind: 'no-data'; reason: string };

export interface MapClass {
  id: string;
  label: string;
  /** CSS colour (a theme variable with its light-mode fallback). */
  fill: string;
  isHatched?: boolean;
}

/** Upper bounds (exclusive) of the colour steps, personnel per million people. */
export const PER_MILLION_STEPS = [1, 10, 50, 100, 250] as const;

// The lightest step is a clear blue, apart from the neutral "none deployed" (it was #deebf7 against
// #f1f3f4: CIEDE2000 6, read as the same colour).
const STEP_FALLBACKS = ['#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#08519c'] as const;

export const VALUE_CLASSES: readonly MapClass[] = STEP_FALLBACKS.map((fallback, i) => {
  const lo = i === 0 ? null : PER_MILLION_STEPS[i - 1];
  const hi = PER_MILLION_STEPS[i];
  const label = lo === null ? `under ${hi}` : hi === undefined ? `${lo} or more` : `${lo} to under ${hi}`;
  return { id: `step-${i + 1}`, label, fill: `var(--bh-map-${i + 1}, ${fallback})` };
});

export const NONE_CLASS: MapClass = {
  id: 'none',
  label: 'None deployed',
  fill: 'var(--bh-map-none, #f4f4f2)',
};
export const NO_DATA_CLASS: MapClass = {
  id: 'no-data',
  label: 'No data (no population figure or no country code)',
  fill: 'var(--bh-map-none, #f4f4f2)',
  isHatched: true,
};

export function classify(value: MapValue): MapClass {
  if (value.kind === 'none') return NONE_CLASS;
  if (value.kind === 'no-data') return NO_DATA_CLASS;
  const step = PER_MILLION_STEPS.findIndex((upper) => value.perMillion < upper);
  return VALUE_CLASSES[step === -1 ? VALUE_CLASSES.length - 1 : step] ?? NO_DATA_CLASS;
}

export interface MapShapeInput {
  /** ISO3, or null for a shape without a country code. */
  iso3: string | null;
  name: string;
}

export interface ClassifiedShape extends MapShapeInput {
  value: MapValue;
  cls: MapClass;
}

/** Each shape with its value and colour class; shapes the values do not mention count as `fallback`. */
export function classifyShapes(
  shapes: readonly MapShapeInput[],
  values: ReadonlyMap<string, MapValue>,
  fallback: MapValue,
): ClassifiedShape[] {
  return shapes.map((shape) => {
    const value: MapValue =
      shape.iso3 === null
        ? { kind: 'no-data', reason: 'no country code for this shape' }
        : (values.get(shape.iso3) ?? fallback);
    return { ...shape, value, cls: classify(value) };
  });
}

/** How many shapes fall in each class, in legend order. */
export function classCounts(shapes: readonly ClassifiedShape[]): { cls: MapClass; count: number }[] {
  return [...VALUE_CLASSES, NONE_CLASS, NO_DATA_CLASS].map((cls) => ({
    cls,
    count: shapes.filter((s) => s.cls.id === cls.id).length,
  }));
}

export interface MonthValuesInput {
  gapReason: string | null;
  ranked: readonly { iso3: string; personnel: number; perMillion: number }[];
  belowMinimum: readonly { iso3: string; personnel: number; perMillion: number | null }[];
  noPopulation: readonly { iso3: string; personnel: number }[];
}

/**
 * The value of every contributor that month and of every country drawn: contributors by their ratio
 * (the minimum size does not apply to the map), drawn countries without anyone deployed as "none",
 * and countries without a population figure as "no data".
 */
export function mapValues(
  month: MonthValuesInput,
  drawn: ReadonlySet<string>,
  hasPopulation: (iso3: string) => boolean,
): Map<string, MapValue> {
  const values = new Map<string, MapValue>();
  if (month.gapReason) {
    for (const iso3 of drawn) values.set(iso3, { kind: 'no-data', reason: 'no report for this month' });
    return values;
  }
  for (const r of [...month.ranked, ...month.belowMinimum]) {
    values.set(
      r.iso3,
      r.perMillion === null
        ? { kind: 'no-data', reason: 'no population figure' }
        : { kind: 'value', perMillion: r.perMillion, personnel: r.personnel },
    );
  }
  for (const r of month.noPopulation) values.set(r.iso3, { kind: 'no-data', reason: 'no population figure' });
  for (const iso3 of drawn) {
    if (values.has(iso3)) continue;
    values.set(
      iso3,
      hasPopulation(iso3) ? { kind: 'none' } : { kind: 'no-data', reason: 'no population figure' },
    );
  }
  return values;
}
