import { describe, expect, test } from 'vitest';
import { hostCentroid, missionMapLayout, type PlacedMark } from '../../../src/charts/missionMapLayout.ts';
import { estimateTextWidth } from '../../../src/charts/textWidth.ts';
import { markupOf } from '../golden/golden.ts';
import { crowdedMarks, mark, missionsGoldens, square } from '../golden/missions.tsx';

const overlapping = (a: PlacedMark, b: PlacedMark) => Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r - 0.01;

function labelBox(m: PlacedMark) {
  const w = estimateTextWidth(m.label, 11);
  const x0 = m.labelAnchor === 'start' ? m.labelX : m.labelAnchor === 'end' ? m.labelX - w : m.labelX - w / 2;
  return { x0, x1: x0 + w, y0: m.labelY - 6.5, y1: m.labelY + 6.5 };
}

describe('the map of where a country serves', () => {
  test('draws one circle per mission with personnel, largest first', () => {
    const layout = missionMapLayout([...crowdedMarks(), mark('NONE', 0, 0, 0)], [], { width: 390 });
    expect(layout.marks.map((m) => m.id)).toEqual([
      'MONUSCO',
      'MINUSMA',
      'UNMISS',
      'MINUSCA',
      'UNISFA',
      'UNIFIL',
      'MINURSO',
      'UNITAMS',
      'UNFICYP',
      'UNMHA',
      'UNSMIL',
    ]);
  });

  test('circle areas follow personnel (sqrt scale) and the smallest missions keep a visible minimum radius', () => {
    const layout = missionMapLayout(crowdedMarks(), [], { width: 390, maxRadius: 28, minRadius: 3.5 });
    const byId = new Map(layout.marks.map((m) => [m.id, m]));
    expect(byId.get('MONUSCO')?.r).toBeCloseTo(28);
    expect(byId.get('UNISFA')?.r).toBeCloseTo(28 * Math.sqrt(511 / 1839));
    expect(byId.get('UNFICYP')?.r).toBe(3.5);
    expect(byId.get('UNSMIL')?.r).toBe(3.5);
  });

  test('at 390 px no two circles overlap, every circle is inside the map, and nudged ones say so', () => {
    const layout = missionMapLayout(crowdedMarks(), [], { width: 390 });
    const marks = layout.marks;
    for (let i = 0; i < marks.length; i++) {
      for (let j = i + 1; j < marks.length; j++) {
        const a = marks[i];
        const b = marks[j];
        if (a && b) expect(overlapping(a, b), `${a.id} overlaps ${b.id}`).toBe(false);
      }
    }
    for (const m of marks) {
      expect(m.x - m.r).toBeGreaterThanOrEqual(-0.01);
      expect(m.x + m.r).toBeLessThanOrEqual(layout.width + 0.01);
      expect(m.y - m.r).toBeGreaterThanOrEqual(-0.01);
      expect(m.y + m.r).toBeLessThanOrEqual(layout.height + 0.01);
      expect(m.isNudged).toBe(Math.hypot(m.x - m.anchorX, m.y - m.anchorY) > 0.5);
    }
    expect(marks.some((m) => m.isNudged)).toBe(true);
  });

  test('at 390 px no two labels overlap and every label is inside the map', () => {
    const layout = missionMapLayout(crowdedMarks(), [], { width: 390 });
    const boxes = layout.marks.map(labelBox);
    boxes.forEach((a, i) => {
      expect(a.x0).toBeGreaterThanOrEqual(0);
      expect(a.x1).toBeLessThanOrEqual(layout.width);
      boxes.slice(i + 1).forEach((b) => {
        expect(a.x0 < b.x1 && a.x1 > b.x0 && a.y0 < b.y1 && a.y1 > b.y0).toBe(false);
      });
    });
  });

  test('an export gives the height it has, and every circle stays inside it', () => {
    const layout = missionMapLayout(crowdedMarks(), [], { width: 1760, height: 700 });
    expect(layout.height).toBe(700);
    for (const m of layout.marks) expect(m.y + m.r).toBeLessThanOrEqual(700.01);
    expect(missionMapLayout(crowdedMarks(), [], { width: 1760 }).height).toBe(520);
  });

  test('two missions in the same host are both shown, side by side', () => {
    const layout = missionMapLayout([mark('MONE', 100, 10, 10), mark('MTWO', 100, 10, 10)], [], {
      width: 390,
    });
    const [a, b] = layout.marks;
    if (!a || !b) throw new Error('two marks expected');
    expect(overlapping(a, b)).toBe(false);
    expect(a.isNudged && b.isNudged).toBe(true);
  });

  test('a mission across two hosts stands at their joint centroid', () => {
    const centroid = hostCentroid([square('AAA', 0, 0), square('BBB', 10, 0), square('CCC', 40, 40)]);
    const both = centroid(['AAA', 'BBB']);
    expect(both?.[0]).toBeCloseTo(10, 1);
    expect(both?.[1]).toBeCloseTo(5, 0);
    expect(centroid(['AAA'])?.[0]).toBeCloseTo(5, 1);
    expect(centroid(['ZZZ'])).toBeNull();
  });

  test('nothing to draw gives an empty map, not an error', () => {
    expect(missionMapLayout([], [], { width: 390 }).marks).toEqual([]);
  });

  test('draws a circle per mission, its personnel in words and the land (picture: tests/unit/golden)', () => {
    const markup = markupOf(missionsGoldens, 'mission-map');
    expect(markup.match(/<circle [^>]*data-mission=/g)).toHaveLength(11);
    expect(markup).toContain('aria-label="MONUSCO: 1,839 personnel"');
    expect(markup.match(/<path /g)).toHaveLength(3);
  });
});
