/**
 * Okabe–Ito categorical colours (Okabe & Ito, "Color Universal Design", 2008): the family the chart
 * palettes below are drawn from. Three of them (orange, sky blue, yellow) are fainter than 3:1 on white,
 * so the light palette does not use them as they are.
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

/**
 * The series colours charts.css sets as --bh-series-1 … --bh-series-8, per theme. Chosen so that every
 * colour has at least 3:1 contrast (WCAG 1.4.11, graphics) on the page and panel backgrounds of its theme,
 * and every pair stays apart (CIEDE2000 ≥ 10) for normal vision and simulated protanopia, deuteranopia and
 * tritanopia (Machado et al. 2009) — tests/unit/charts/palette.test.ts checks both. The first four are
 * Okabe–Ito in both themes; then black/near-white, and three darker (light) or lighter (dark) companions.
 * End labels, tooltips and the table still name every series, so colour is never the only carrier.
 */
export const SERIES_PALETTE = {
  light: ['#0072B2', '#D55E00', '#009E73', '#C4719F', '#000000', '#772200', '#000099', '#554455'],
  dark: ['#56B4E9', '#D55E00', '#009E73', '#CC79A7', '#F0F0F0', '#E69F00', '#F0E442', '#8844CC'],
} as const;

/** CSS colour for the series at `position` (0-based), cycling through the palette. */
export function seriesColor(position: number): string {
  const n = SERIES_PALETTE.light.length;
  const i = ((position % n) + n) % n;
  return `var(--bh-series-${i + 1}, ${SERIES_PALETTE.light[i] ?? SERIES_PALETTE.light[0]})`;
}

/** Theme colours the app defines; the fallbacks keep a chart legible on its own (and in exports). */
export const themeColor = {
  fg: 'var(--bh-fg, #1a1a1a)',
  bg: 'var(--bh-bg, #ffffff)',
  muted: 'var(--bh-muted, #5f6368)',
  grid: 'var(--bh-grid, #dadce0)',
  accent: 'var(--bh-accent, #0072B2)',
} as const;
