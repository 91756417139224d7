// The golden-picture harness, in the manner of Observable Plot's snapshot tests: each view's module lists
// named fixtures ({ name, about, render }), views.ts lists the modules, and golden.test.tsx runs one loop
// that draws every fixture and compares it with __golden__/<view>/<name>.svg (or .html). Adding a chart's
// picture is one entry in its view's list. Update with `npx vitest run -u tests/unit/golden` and review
// the diff.
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { extractSvg, normaliseSvg } from './normaliseSvg.ts';

export interface Golden {
  /** The golden file's name within its view, without the extension. */
  name: string;
  /** What the picture shows, in words: the test's name. */
  about: string;
  render: () => ReactElement;
  /**
   * 'svg' (the default) keeps just the <svg> element, so the file opens as an image; 'html' keeps the
   * whole markup, for a chart drawn as several SVGs.
   */
  output?: 'svg' | 'html';
}

/** The golden file of a fixture, relative to golden.test.tsx. */
export function goldenFile(view: string, golden: Golden): string {
  return `./__golden__/${view}/${golden.name}.${golden.output ?? 'svg'}`;
}

/** What the golden file holds: the markup normalised (rounded numbers, stable ids, one element a line). */
export function goldenText(golden: Golden): string {
  const markup = renderToStaticMarkup(golden.render());
  return golden.output === 'html' ? normaliseSvg(markup) : `${extractSvg(normaliseSvg(markup))}\n`;
}

/** The raw markup of one named fixture, for tests that check what it says beside the picture. */
export function markupOf(goldens: readonly Golden[], name: string): string {
  const golden = goldens.find((g) => g.name === name);
  if (!golden) throw new Error(`No golden fixture named ${name}.`);
  return renderToStaticMarkup(golden.render());
}
