/**
 * A cheap width estimate for label placement without a DOM (layouts must run in tests and on the
 * server). 0.6 em per character over-estimates most proportional fonts slightly, which errs on the
 * side of space between labels.
 */
export function estimateTextWidth(text: string, fontSize = 12): number {
  return text.length * fontSize * 0.6;
}

/** Shorten to fit a pixel budget, ending in an ellipsis. */
export function truncateToWidth(text: string, maxWidth: number, fontSize = 12): string {
  if (estimateTextWidth(text, fontSize) <= maxWidth) return text;
  const maxChars = Math.max(1, Math.floor(maxWidth / (fontSize * 0.6)) - 1);
  return `${text.slice(0, maxChars).trimEnd()}…`;
}
