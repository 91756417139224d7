// What every chart hands to the export menu: exactly the numbers it shows, and how to cite them.
export interface ChartExportSpec {
  /** File-name stem, lower-case words joined by dashes: "bangladesh-personnel-by-type". */
  name: string;
  title: string;
  /** The chart's source line as plain text. */
  source: string;
  /** CSV header and rows: exactly what the chart shows (same rows as its table). */
  columns: string[];
  rows: ReadonlyArray<ReadonlyArray<string | number | null>>;
}

/** Safe on Windows, macOS and Linux: ASCII letters, digits and dashes, at most 80 characters. */
export function safeFileName(stem: string, extension: string): string {
  const cleaned = stem
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
  return `${cleaned || 'blue-helmets-chart'}.${extension}`;
}
