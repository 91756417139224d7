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

/** Which point a scatter reading is on (an index into the model's points), and whether keys moved it. */
export interface ScatterReading {
  index: number | null;
  isKeyboard: boolean;
}

export const initialScatterReading: ScatterReading = { index: null, isKeyboard: false };

/**
 * Keyboard reading of a scatter, pure (like timeHoverState.ts): left and right step through the points
 * in order of x, up and down in order of y, Home and End jump to the ends of the x order, Escape stops.
 * The first key starts on the point furthest right. Returns the same object when nothing changes.
 */
export function scatterKey(
  reading: ScatterReading,
  key: string,
  points: readonly { x: number; y: number }[],
): ScatterReading | null {
  const byX = points.map((_, i) => i).sort((a, b) => (points[a]?.x ?? 0) - (points[b]?.x ?? 0) || a - b);
  const byY = points.map((_, i) => i).sort((a, b) => (points[a]?.y ?? 0) - (points[b]?.y ?? 0) || a - b);
  const step = (order: number[], delta: number): number | null => {
    if (order.length === 0) return null;
    if (reading.index === null) return order[order.length - 1] ?? null;
    const at = order.indexOf(reading.index);
    return order[Math.min(order.length - 1, Math.max(0, at + delta))] ?? null;
  };
  let index: number | null;
  switch (key) {
    case 'ArrowRight':
      index = step(byX, 1);
      break;
    case 'ArrowLeft':
      index = step(byX, -1);
      break;
    case 'ArrowUp':
      index = step(byY, 1);
      break;
    case 'ArrowDown':
      index = step(byY, -1);
      break;
    case 'Home':
      index = byX[0] ?? null;
      break;
    case 'End':
      index = byX[byX.length - 1] ?? null;
      break;
    case 'Escape':
      return reading.index === null ? reading : initialScatterReading;
    default:
      return null;
  }
  if (index === reading.index && reading.isKeyboard) return reading;
  return { index, isKeyboard: true };
}

export interface LabelBox {
  id: string;
  /** Anchor point (the dot) in pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** A selected dot: when no spot is clear of dots, its label may cross dots (never another label). */
  isRequired?: boolean;
}

export interface PlacedPointLabel {
  id: string;
  x: number;
  y: number;
  anchor: 'start' | 'end' | 'middle';
}

/**
 * Labels for notable dots without collisions: each candidate, in priority order, takes the first of
 * right, left, above and below its dot where its box stays inside the plot and clear of every label
 * placed before it and of every other dot (a selected dot's label may cross dots if it must); a label
 * with no such spot is left out (the dot is still read by hover, tap and keyboard).
 */
export function placePointLabels(
  candidates: readonly LabelBox[],
  dots: readonly { x: number; y: number }[],
  plot: { width: number; height: number },
  gap = 7,
): PlacedPointLabel[] {
  const placed: { label: PlacedPointLabel; box: [number, number, number, number] }[] = [];
  const overlaps = (a: [number, number, number, number], b: [number, number, number, number]) =>
    a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
  for (const c of candidates) {
    const spots: {
      x: number;
      y: number;
      anchor: PlacedPointLabel['anchor'];
      box: [number, number, number, number];
    }[] = [
      {
        x: c.x + gap,
        y: c.y,
        anchor: 'start',
        box: [c.x + gap, c.y - c.height / 2, c.x + gap + c.width, c.y + c.height / 2],
      },
      {
        x: c.x - gap,
        y: c.y,
        anchor: 'end',
        box: [c.x - gap - c.width, c.y - c.height / 2, c.x - gap, c.y + c.height / 2],
      },
      {
        x: c.x,
        y: c.y - gap - c.height / 2,
        anchor: 'middle',
        box: [c.x - c.width / 2, c.y - gap - c.height, c.x + c.width / 2, c.y - gap],
      },
      {
        x: c.x,
        y: c.y + gap + c.height / 2,
        anchor: 'middle',
        box: [c.x - c.width / 2, c.y + gap, c.x + c.width / 2, c.y + gap + c.height],
      },
    ];
    const isFree = (b: [number, number, number, number]) =>
      b[0] >= 0 &&
      b[1] >= 0 &&
      b[2] <= plot.width &&
      b[3] <= plot.height &&
      placed.every((p) => !overlaps(p.box, b));
    const isClearOfDots = (b: [number, number, number, number]) =>
      dots.every((d) => (d.x === c.x && d.y === c.y) || !overlaps([d.x - 3, d.y - 3, d.x + 3, d.y + 3], b));
    const spot =
      spots.find((sp) => isFree(sp.box) && isClearOfDots(sp.box)) ??
      (c.isRequired ? spots.find((sp) => isFree(sp.box)) : undefined);
    if (spot) placed.push({ label: { id: c.id, x: spot.x, y: spot.y, anchor: spot.anchor }, box: spot.box });
  }
  return placed.map((p) => p.label);
}
