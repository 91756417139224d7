// Yearly series for the line chart: runs of years with a value (null breaks a run) and each series'
// last value, where its end label goes.
export interface YearLineSeries {
  id: string;
  label: string;
  values: readonly (number | null)[];
  color?: string;
}

export interface YearPoint {
  year: number;
  value: number;
}

export interface YearLineModel {
  series: { id: string; label: string; segments: YearPoint[][] }[];
  ends: { id: string; label: string; value: number }[];
  yMax: number;
}

export function yearLineModel(years: readonly number[], series: readonly YearLineSeries[]): YearLineModel {
  let yMax = 0;
  const ends: YearLineModel['ends'] = [];
  const out = series.map((s) => {
    const segments: YearPoint[][] = [];
    let current: YearPoint[] = [];
    let last: YearPoint | null = null;
    years.forEach((year, i) => {
      const value = s.values[i];
      if (value === null || value === undefined || !Number.isFinite(value)) {
        if (current.length > 0) segments.push(current);
        current = [];
        return;
      }
      current.push({ year, value });
      last = { year, value };
      yMax = Math.max(yMax, value);
    });
    if (current.length > 0) segments.push(current);
    const end = last as YearPoint | null;
    if (end) ends.push({ id: s.id, label: s.label, value: end.value });
    return { id: s.id, label: s.label, segments };
  });
  return { series: out, ends, yMax };
}
