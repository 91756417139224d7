import type { Manifest } from '../schema.ts';
import { monthLabel } from './months.ts';

const SOURCE_NAMES: Record<string, string> = {
  'un-pdf': 'UN DPO monthly contribution reports',
  'ipi-countries': 'IPI Peacekeeping Database',
  'ipi-gender': 'IPI Peacekeeping Database',
};

export interface SourceSpan {
  source: string;
  name: string;
  firstFile: string;
  lastFile: string;
  firstMonth: string;
  lastMonth: string;
  reports: number;
}

/** The report files behind a range of months, one entry per source and file pattern, oldest first. */
export function sourceSpans(manifest: Manifest, from: number, to: number): SourceSpan[] {
  const spans: SourceSpan[] = [];
  for (let i = Math.max(0, from); i <= Math.min(to, manifest.months.length - 1); i++) {
    const info = manifest.monthInfo[i];
    const month = manifest.months[i] ?? '';
    if (info?.status !== 'ok') continue;
    const last = spans[spans.length - 1];
    // IPI's per-country files and its gender file are different files of one database.
    const key = info.source === 'un-pdf' ? info.source : `${info.source}|${info.file}`;
    const lastKey = last ? (last.source === 'un-pdf' ? last.source : `${last.source}|${last.firstFile}`) : '';
    if (last && lastKey === key) {
      last.lastFile = info.file;
      last.lastMonth = month;
      last.reports += 1;
    } else {
      spans.push({
        source: info.source,
        name: SOURCE_NAMES[info.source] ?? info.source,
        firstFile: info.file,
        lastFile: info.file,
        firstMonth: month,
        lastMonth: month,
        reports: 1,
      });
    }
  }
  return spans;
}

/**
 * A chart's source line in words: each source with its files and months, e.g. "UN DPO monthly
 * contribution reports, UN_country_contributions_2015_01.pdf … UN_country_contributions_2025_07.pdf
 * (121 reports, January 2015 – July 2025)".
 */
export function sourceLine(manifest: Manifest, from: number, to: number, extra?: string): string {
  const spans = sourceSpans(manifest, from, to);
  if (spans.length === 0) return `Source: no report covers the months shown.${extra ? ` ${extra}` : ''}`;
  const parts = spans.map((s) => {
    const months =
      s.firstMonth === s.lastMonth
        ? monthLabel(s.firstMonth)
        : `${monthLabel(s.firstMonth)} – ${monthLabel(s.lastMonth)}`;
    if (s.source === 'un-pdf') {
      const files = s.firstFile === s.lastFile ? s.firstFile : `${s.firstFile} … ${s.lastFile}`;
      return `${s.name}, ${files} (${s.reports} ${s.reports === 1 ? 'report' : 'reports'}, ${months})`;
    }
    return `${s.name}, ${s.firstFile} (${months})`;
  });
  const gapCount = manifest.monthInfo
    .slice(Math.max(0, from), to + 1)
    .filter((m) => m.status === 'gap').length;
  const gaps =
    gapCount > 0
      ? ` ${gapCount} ${gapCount === 1 ? 'month has' : 'months have'} no report (listed on the Sources page).`
      : '';
  return `Source: ${parts.join('; ')}.${gaps}${extra ? ` ${extra}` : ''}`;
}

/** The report file of one month, for labels such as "UN report as of 31 March 2023 (…pdf)". */
export function monthSource(
  manifest: Manifest,
  month: number,
): { name: string; file: string; date: string } | null {
  const info = manifest.monthInfo[month];
  if (info?.status !== 'ok') return null;
  return {
    name: SOURCE_NAMES[info.source] ?? info.source,
    file: info.file,
    date: manifest.months[month] ?? '',
  };
}
