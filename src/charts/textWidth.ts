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

/**
 * Words wrapped into at most `maxLines` lines of `maxWidth` px (a series name in a narrow right margin:
 * "All UN" / "uniformed" / "personnel" instead of "All UN un…"); only what still does not fit is cut.
 */
export function wrapToWidth(text: string, maxWidth: number, fontSize = 12, maxLines = 3): string[] {
  if (estimateTextWidth(text, fontSize) <= maxWidth) return [text];
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if (!current || estimateTextWidth(candidate, fontSize) <= maxWidth) current = candidate;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  const kept = lines.slice(0, maxLines);
  if (lines.length > maxLines)
    kept[maxLines - 1] = `${kept[maxLines - 1] ?? ''} ${lines.slice(maxLines).join(' ')}`;
  return kept.map((line) => truncateToWidth(line, maxWidth, fontSize));
}
