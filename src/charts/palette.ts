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
 * The series colours charts.css sets as --bh-series-1 … --bh-series-8: ONE colour per position, the same
 * in the light and the dark theme, so a series (a personnel type, a contributor, "all") keeps its colour
 * everywhere. Each is a mid-tone with at least 3:1 contrast (WCAG 1.4.11, graphics) on the page and panel
 * backgrounds of BOTH themes — no black, no white, no near-white — and every pair stays apart
 * (CIEDE2000 ≥ 10) for normal vision and simulated protanopia, deuteranopia and tritanopia (Machado et
 * al. 2009); tests/unit/charts/palette.test.ts checks all of it. Found by a search over sRGB for the
 * colours in the luminance band both themes allow (0.135–0.27), starting from Okabe–Ito's blue.
 * Position 4 is the neutral grey kept for totals ("all types", "All UN"). End labels, tooltips and the
 * table still name every series, so colour is never the only carrier.
 */
const SERIES_COLORS = [
  '#0077BB', // blue: troops
  '#CC7766', // salmon: staff officers
  '#337733', // green: experts on mission
  '#EE1188', // magenta: formed police units
  '#778088', // grey: all types, all UN
  '#8877FF', // lavender: individual police
  '#AA4466', // plum: police (not split)
  '#559900', // olive: experts (old layout)
] as const;

export const SERIES_PALETTE = { light: SERIES_COLORS, dark: SERIES_COLORS } as const;

/** Position of the neutral colour for totals: "all types", "All UN". */
export const TOTAL_COLOR_INDEX = 4;

/** CSS colour for the series at `position` (0-based), cycling through the palette. */
export function seriesColor(position: number): string {
  const n = SERIES_COLORS.length;
  const i = ((position % n) + n) % n;
  return `var(--bh-series-${i + 1}, ${SERIES_COLORS[i] ?? SERIES_COLORS[0]})`;
}

/** Palette positions a contributor can take (all but the grey kept for totals). */
const CONTRIBUTOR_POSITIONS = [0, 1, 2, 3, 5, 6, 7] as const;

/**
 * Own palette positions (indexes into CONTRIBUTOR_POSITIONS) of the contributors the views open on and
 * compare most, chosen so the largest seven never share a colour; every other code hashes (FNV-1a).
 */
const OWN_POSITION: Readonly<Record<string, number>> = {
  BGD: 0,
  IND: 1,
  NPL: 2,
  RWA: 3,
  PAK: 4,
  ETH: 5,
  GHA: 6,
  BTN: 5,
  FJI: 6,
};

/** A contributor's own palette position, from its ISO3 code: the same on every page. */
function preferredPosition(id: string): number {
  const own = OWN_POSITION[id];
  if (own !== undefined) return own;
  let hash = 0x811c9dc5;
  for (const ch of id) hash = Math.imul(hash ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return hash % CONTRIBUTOR_POSITIONS.length;
}

/**
 * Colours for a set of contributors (ISO3 codes): each takes its own colour (preferredPosition), so a
 * country is the same colour wherever it appears; when two in the set want the same one, the later code
 * in alphabetical order takes the next free colour — the result depends on the set, never on its order.
 * With more contributors than colours, colours repeat (the chart's labels still name each line).
 */
export function contributorColors(ids: readonly string[]): Map<string, string> {
  const taken = new Set<number>();
  const colors = new Map<string, string>();
  for (const id of [...new Set(ids)].sort()) {
    const start = preferredPosition(id);
    let slot = start;
    for (let k = 0; k < CONTRIBUTOR_POSITIONS.length; k++) {
      const candidate = (start + k) % CONTRIBUTOR_POSITIONS.length;
      if (!taken.has(candidate)) {
        slot = candidate;
        break;
      }
    }
    if (taken.size >= CONTRIBUTOR_POSITIONS.length) taken.clear();
    taken.add(slot);
    colors.set(id, seriesColor(CONTRIBUTOR_POSITIONS[slot] ?? 0));
  }
  return colors;
}

/** The series with each contributor's colour (contributorColors over their ids). */
export function withContributorColors<T extends { id: string }>(
  series: readonly T[],
): (T & { color: string })[] {
  const colors = contributorColors(series.map((s) => s.id));
  return series.map((s) => ({ ...s, color: colors.get(s.id) ?? seriesColor(0) }));
}

/** Theme colours the app defines; the fallbacks keep a chart legible on its own (and in exports). */
export const themeColor = {
  fg: 'var(--bh-fg, #1a1a1a)',
  bg: 'var(--bh-bg, #ffffff)',
  muted: 'var(--bh-muted, #5f6368)',
  grid: 'var(--bh-grid, #dadce0)',
  accent: 'var(--bh-accent, #0072B2)',
} as const;
