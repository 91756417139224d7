/**
 * Orders codes — ISO 3166 alpha-3 country codes, mission acronyms — by code point: for these uppercase
 * ASCII codes the same order localeCompare gives, without a call into the locale collator per
 * comparison (ranking every contributor for every month sorts hundreds of thousands of pairs).
 */
export function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
