// Stacked yearly counts: finished segments (data units) for the bar marks. Zero-height segments are
// dropped so a year with no deaths of a kind adds no empty element.
export interface YearSeries {
  id: string;
  label: string;
  color: string;
  values: readonly number[];
}

export interface YearSegment {
  id: string;
  label: string;
  color: string;
  year: number;
  value: number;
  y0: number;
  y1: number;
}

export function stackYears(
  years: readonly number[],
  series: readonly YearSeries[],
): { segments: YearSegment[]; yMax: number } {
  const segments: YearSegment[] = [];
  let yMax = 0;
  years.forEach((year, i) => {
    let base = 0;
    for (const s of series) {
      const value = s.values[i] ?? 0;
      if (value > 0) {
        segments.push({ id: s.id, label: s.label, color: s.color, year, value, y0: base, y1: base + value });
        base += value;
      }
    }
    yMax = Math.max(yMax, base);
  });
  return { segments, yMax };
}
