/**
 * Orders codes — ISO 3166 alpha-3 country codes, mission acronyms — by code point: for these uppercase
 * ASCII codes the same order localeCompare gives, without a call into the locale collator per
 * comparison (ranking every contributor for every month sorts hundreds of thousands of pairs).
 */
export function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Orders names — countries, missions, series labels — alphabetically, ignoring accents and case as
 * localeCompare does for these English names, without the locale collator: a page's first
 * localeCompare call loads the collation data, 9–11 ms of one task at 1x CPU in Chromium (×4 on a
 * phone). tests/unit/data/codeOrder.test.ts checks the order against localeCompare on every country
 * and mission name in the dataset.
 */
export function compareNames(a: string, b: string): number {
  const x = foldName(a);
  const y = foldName(b);
  return x < y ? -1 : x > y ? 1 : compareCodes(a, b);
}

const COMBINING_MARKS = /[\u0300-\u036f]/g;

function foldName(name: string): string {
  return name.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
}
