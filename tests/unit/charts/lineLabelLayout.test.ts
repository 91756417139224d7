import { describe, expect, it } from 'vitest';
import { layoutLineLabels, type LabelRequest } from '../../../src/charts/lineLabelLayout.ts';

function requests(ys: readonly number[], height = 14): LabelRequest[] {
  return ys.map((y, i) => ({ id: `s${i}`, y, height }));
}

function overlaps(placed: ReturnType<typeof layoutLineLabels>, height: number): boolean {
  const ys = placed
    .filter((p) => p.isVisible)
    .map((p) => p.y)
    .sort((a, b) => a - b);
  return ys.some((y, i) => i > 0 && y - (ys[i - 1] ?? -Infinity) < height - 1e-6);
}

describe('layoutLineLabels', () => {
  it('leaves labels that do not collide where they want to be', () => {
    const placed = layoutLineLabels(requests([20, 100, 180]), [0, 200]);
    expect(placed.map((p) => p.y)).toEqual([20, 100, 180]);
  });

  it('nudges colliding labels apart around their wanted positions', () => {
    const placed = layoutLineLabels(requests([100, 102, 104]), [0, 200]);
    expect(overlaps(placed, 14)).toBe(false);
    const mean = placed.reduce((sum, p) => sum + p.y, 0) / placed.length;
    expect(mean).toBeCloseTo(102, 5);
  });

  it('keeps labels inside the bounds', () => {
    const placed = layoutLineLabels(requests([0, 1, 2, 198, 199]), [0, 200]);
    expect(overlaps(placed, 14)).toBe(false);
    for (const p of placed) {
      expect(p.y - 7).toBeGreaterThanOrEqual(-1e-6);
      expect(p.y + 7).toBeLessThanOrEqual(200 + 1e-6);
    }
  });

  it('never overlaps on many crowded labels', () => {
    const ys = Array.from({ length: 12 }, (_, i) => 50 + ((i * 37) % 23));
    const placed = layoutLineLabels(requests(ys), [0, 300]);
    expect(placed.every((p) => p.isVisible)).toBe(true);
    expect(overlaps(placed, 14)).toBe(false);
  });

  it('drops the lowest-priority labels when they cannot all fit', () => {
    const placed = layoutLineLabels(requests([10, 10, 10, 10]), [0, 30]);
    expect(placed.map((p) => p.isVisible)).toEqual([true, true, false, false]);
    expect(overlaps(placed, 14)).toBe(false);
  });
});
