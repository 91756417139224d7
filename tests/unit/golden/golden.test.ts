// One loop over every golden fixture (views.ts): draw it, normalise it, compare it with its file.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goldenFile, goldenText } from './golden.ts';
import { normaliseSvg } from './normaliseSvg.ts';
import { goldenViews } from './views.ts';

for (const [view, goldens] of Object.entries(goldenViews)) {
  describe(`golden pictures of ${view}`, () => {
    for (const golden of goldens) {
      it(`${golden.name}: ${golden.about}`, async () => {
        await expect(goldenText(golden)).toMatchFileSnapshot(goldenFile(view, golden));
      });
    }
  });
}

describe('the golden harness', () => {
  it('has exactly one fixture for every golden file, so no picture is left unchecked', () => {
    const root = new URL('./__golden__/', import.meta.url);
    const files = readdirSync(root).flatMap((view) =>
      readdirSync(new URL(`${view}/`, root)).map((f) => `./__golden__/${view}/${f}`),
    );
    const expected = Object.entries(goldenViews).flatMap(([view, goldens]) =>
      goldens.map((g) => goldenFile(view, g)),
    );
    expect(new Set(expected).size).toBe(expected.length);
    expect([...files].sort()).toEqual([...expected].sort());
  });

  it('normaliseSvg rounds numbers and re-indexes ids', () => {
    expect(normaliseSvg('<g id="_R_3_-a"><use href="#_R_3_-a" x="1.26"/></g><p id="_R_7_"></p>')).toBe(
      '<g id="id1-a">\n<use href="#id1-a" x="1.3"/>\n</g>\n<p id="id2">\n</p>\n',
    );
  });
});
