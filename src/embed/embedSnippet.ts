// The HTML a reader pastes into another site to show one chart. Plain and dependency-free: an
// <iframe> that works alone, and an optional script (served by this deployment) that fits its height.
import { embedHref, resizerScriptHref } from '../state/viewLinks.ts';

function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface EmbedSnippetInput {
  baseURI: string;
  view: string;
  query: URLSearchParams | string;
  chart?: string;
  title: string;
  /** Starting height in pixels, used as is when the resizer script is left out. */
  height: number;
  hasResizer: boolean;
}

export function embedSnippet(input: EmbedSnippetInput): string {
  const src = embedHref(input.baseURI, input.view, input.query, input.chart);
  const height = Math.max(200, Math.min(4000, Math.round(input.height)));
  const iframe =
    `<iframe src="${attribute(src)}" title="${attribute(`${input.title} (Blue Helmets)`)}" ` +
    `width="100%" height="${height}" loading="lazy" style="border:0;max-width:100%"></iframe>`;
  if (!input.hasResizer) return iframe;
  return `${iframe}\n<script src="${attribute(resizerScriptHref(input.baseURI))}" async></script>`;
}
