/** A plain-text table with right-aligned numeric columns; also valid Markdown. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const isNumeric = header.map(
    (_, i) =>
      rows.length > 0 && rows.every((r) => /^[-+~<>≤≥]?[\d.,]+( ?[a-z%×]+)?$|^[–-]$|^$/.test(r[i] ?? '')),
  );
  const cell = (text: string, i: number) =>
    isNumeric[i] ? text.padStart(widths[i] ?? 0) : text.padEnd(widths[i] ?? 0);
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => cell(c, i)).join(' | ')} |`;
  const rule = `| ${widths.map((w, i) => (isNumeric[i] ? `${'-'.repeat(Math.max(1, w - 1))}:` : '-'.repeat(w))).join(' | ')} |`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}
