// "Cite this view": the permalink, the dataset version and the access date in two common styles.
// Plain text (what the copy button puts on the clipboard); the dialog italicises the APA title.

export interface CitationInput {
  /** The chart's title. */
  title: string;
  /** The pinned permalink of the view. */
  url: string;
  /** The dataset version from the manifest ("2025-07.00bfe9d5"). */
  datasetVersion: string;
  /** When the dataset was built (ISO date-time); its year is the publication year. */
  datasetBuiltAt?: string;
  /** The day the reader looked at the view (local date). */
  accessed: Date;
}

import { MONTH_NAMES } from '../data/selectors/months.ts';

export const CITATION_AUTHOR = 'Blue Helmets';

/** "November 23, 2026", whatever the browser's locale (citation styles are English here). */
export function longDate(date: Date): string {
  return `${MONTH_NAMES[date.getMonth()] ?? ''} ${date.getDate()}, ${date.getFullYear()}`;
}

function publicationYear(builtAt: string | undefined): string {
  const year = builtAt?.match(/^(\d{4})-/)?.[1];
  return year ?? 'n.d.';
}

function withFinalStop(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** APA 7th edition in three parts, so a page can italicise the title: before, title, after. */
export function apaParts(input: CitationInput): [string, string, string] {
  return [
    `${CITATION_AUTHOR}. (${publicationYear(input.datasetBuiltAt)}). `,
    input.title,
    ` [Interactive chart; dataset version ${input.datasetVersion}]. Retrieved ${longDate(input.accessed)}, from ${input.url}`,
  ];
}

/** APA 7th edition, reference-list entry for an interactive chart that changes over time. */
export function citeApa(input: CitationInput): string {
  return apaParts(input).join('');
}

/** Chicago Manual of Style 17th edition, bibliography entry. */
export function citeChicago(input: CitationInput): string {
  return (
    `${CITATION_AUTHOR}. “${withFinalStop(input.title)}” Interactive chart, dataset version ${input.datasetVersion}. ` +
    `Accessed ${longDate(input.accessed)}. ${input.url}.`
  );
}
