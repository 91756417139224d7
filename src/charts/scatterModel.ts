export interface ScatterInput {
  id: string;
  label: string;
  x: number | null;
  y: number | null;
}

export interface ScatterPoint {
  id: string;
  label: string;
  x: number;
  y: number;
}

export interface ScatterModel {
  points: ScatterPoint[];
  /** Items that cannot sit on a log–log plot (null or ≤ 0), listed so a note can say how many. */
  excluded: ScatterInput[];
  xDomain: [number, number];
  yDomain: [number, number];
}

function decadeDomain(values: readonly number[]): [number, number] {
  if (values.length === 0) return [1, 10];
  const lo = Math.floor(Math.log10(Math.min(...values)));
  let hi = Math.ceil(Math.log10(Math.max(...values)));
  if (hi <= lo) hi = lo + 1;
  return [10 ** lo, 10 ** hi];
}

export function scatterModel(items: readonly ScatterInput[]): ScatterModel {
  const points: ScatterPoint[] = [];
  const excluded: ScatterInput[] = [];
  for (const item of items) {
    const { x, y } = item;
    if (x !== null && y !== null && x > 0 && y > 0 && Number.isFinite(x) && Number.isFinite(y)) {
      points.push({ id: item.id, label: item.label, x, y });
    } else {
      excluded.push(item);
    }
  }
  return {
    points,
    excluded,
    xDomain: decadeDomain(points.map((p) => p.x)),
    yDomain: decadeDomain(points.map((p) => p.y)),
  };
}

/**
 * The part of the line y = ratio·x inside both domains (data units), or null when it misses the plot.
 * On log–log axes these are the straight diagonals of equal ratio, e.g. personnel per million people.
 */
export function ratioLineSegment(
  ratio: number,
  xDomain: readonly [number, number],
  yDomain: readonly [number, number],
): { x1: number; y1: number; x2: number; y2: number } | null {
  if (!(ratio > 0)) return null;
  const x1 = Math.max(xDomain[0], yDomain[0] / ratio);
  const x2 = Math.min(xDomain[1], yDomain[1] / ratio);
  if (!(x2 > x1)) return null;
  return { x1, y1: x1 * ratio, x2, y2: x2 * ratio };
}
