/**
 * Okabe–Ito categorical colours (Okabe & Ito, "Color Universal Design", 2008), ordered for a light
 * background: the pale yellow comes last because it is faint on white. They stay distinguishable
 * under protanopia, deuteranopia and tritanopia; end labels, tooltips and the table still name every
 * series, so colour is never the only carrier.
 *
 * Each colour is read through a CSS custom property (--bh-series-1 … --bh-series-8) with the hex as
 * fallback, so the app can swap them for dark mode and forced-colors mode overrides them in charts.css.
 */
export const OKABE_ITO = [
  '#0072B2', // blue
  '#D55E00', // vermillion
  '#009E73', // bluish green
  '#CC79A7', // reddish purple
  '#E69F00', // orange
  '#56B4E9', // sky blue
  '#000000', // black
  '#F0E442', // yellow
] as const;

/** CSS colour for the series at `position` (0-based), cycling through the palette. */
export function seriesColor(position: number): string {
  const i = ((position % OKABE_ITO.length) + OKABE_ITO.length) % OKABE_ITO.length;
  return `var(--bh-series-${i + 1}, ${OKABE_ITO[i] ?? OKABE_ITO[0]})`;
}

/** Theme colours the app defines; the fallbacks keep a chart legible on its own (and in exports). */
export const themeColor = {
  fg: 'var(--bh-fg, #1a1a1a)',
  bg: 'var(--bh-bg, #ffffff)',
  muted: 'var(--bh-muted, #5f6368)',
  grid: 'var(--bh-grid, #dadce0)',
  accent: 'var(--bh-accent, #0072B2)',
} as const;
