// What every chart hands to the export menu: exactly the numbers it shows, and how to cite them.
import type { ModelChart } from './modelPicture.tsx';

export interface ChartExportSpec {
  /** File-name stem, lower-case words joined by dashes: "bangladesh-personnel-by-type". */
  name: string;
  title: string;
  /** The chart's source line as plain text. */
  source: string;
  /** CSV header and rows: exactly what the chart shows (same rows as its table). */
  columns: string[];
  rows: ReadonlyArray<ReadonlyArray<string | number | null>>;
  /**
   * The chart's stable id in its view (the one the view passes to isChartShown), for embeds and
   * playlists. Without it, an embed or a playlist entry shows the whole view.
   */
  chart?: string;
  /** The chart's human name in its registry, for the playlist. */
  label?: string;
  /** The chart's subtitle and its units (from its registry entry), for slides. */
  subtitle?: string;
  units?: string;
  /** The short source line of the registry, for slides (the permalink leads to the full one). */
  shortSource?: string;
  /** The chart's own component at a given size: images are drawn from it, not from the page. */
  model?: ModelChart;
}

// Letters that NFD does not split into a base letter and an accent.
const LIGATURES: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŋ: 'n',
};

/** Names Windows keeps for devices, whatever the extension ("con.csv" cannot be created). */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

export const MAX_FILE_STEM = 80;

/**
 * Safe on Windows, macOS and Linux: ASCII letters, digits and dashes, at most 80 characters before
 * the extension, never a reserved device name, never empty.
 */
export function safeFileName(stem: string, extension: string): string {
  let cleaned = stem
    .toLowerCase()
    .replace(/[ßæœøđðłþıħŋ]/g, (c) => LIGATURES[c] ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_FILE_STEM)
    .replace(/-+$/g, '');
  if (WINDOWS_RESERVED.test(cleaned)) cleaned = `${cleaned}-chart`;
  const ext =
    extension
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '')
      .slice(0, 8) || 'txt';
  return `${cleaned || 'blue-helmets-chart'}.${ext}`;
}
