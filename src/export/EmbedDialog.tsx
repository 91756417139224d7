import { useId, useRef, useState } from 'react';
import type { ChartExportSpec } from './chartExport.ts';
import type { ViewLink } from './useViewLink.ts';
import { copyText } from './clipboard.ts';
import { embedSnippet } from '../embed/embedSnippet.ts';
import { embedHref } from '../state/viewLinks.ts';
import { Dialog } from './Dialog.tsx';

/** The code to show this chart on another site: an <iframe>, and optionally the resizer script. */
export function EmbedDialog({
  spec,
  link,
  figure,
  onClose,
}: {
  spec: ChartExportSpec;
  link: ViewLink & { view: string };
  figure: Element | null;
  onClose: () => void;
}) {
  const id = useId();
  const [hasResizer, setResizer] = useState(true);
  const [status, setStatus] = useState('');
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  // Start at about the chart's height on this page (plus the embed's link line).
  const [height] = useState(() => Math.round((figure?.getBoundingClientRect().height ?? 480) + 40));
  const code = embedSnippet({
    baseURI: link.baseURI,
    view: link.view,
    query: link.query,
    chart: spec.chart,
    title: spec.title,
    height,
    hasResizer,
  });
  const preview = embedHref(link.baseURI, link.view, link.query, spec.chart);
  return (
    <Dialog title="Embed this chart" onClose={onClose} testId="embed-dialog">
      <p>
        Paste this code into a web page to show the chart there, with its title, source line and a link back
        to the full view. It needs nothing else from this site.
      </p>
      {!spec.chart && (
        <p className="bh-dialog-note">
          This chart has no id in its view yet, so the embed shows every chart of the view.
        </p>
      )}
      <label className="bh-dialog-check" htmlFor={`${id}-resizer`}>
        <input
          id={`${id}-resizer`}
          type="checkbox"
          checked={hasResizer}
          onChange={(e) => setResizer(e.target.checked)}
        />{' '}
        Include the small script that fits the frame&rsquo;s height to the chart (optional)
      </label>
      <label className="bh-dialog-label" htmlFor={`${id}-code`}>
        Embed code
      </label>
      <textarea
        id={`${id}-code`}
        ref={fieldRef}
        className="bh-dialog-code"
        readOnly
        rows={hasResizer ? 6 : 4}
        value={code}
        data-testid="embed-code"
        onFocus={(e) => e.currentTarget.select()}
      />
      <p className="bh-dialog-actions">
        <button
          type="button"
          onClick={() =>
            void copyText(code, fieldRef.current).then((isCopied) =>
              setStatus(
                isCopied ? 'Embed code copied.' : 'Press Ctrl+C (⌘C on a Mac) to copy the selected code.',
              ),
            )
          }
        >
          Copy code
        </button>{' '}
        <a href={preview} target="_blank" rel="noopener">
          Preview the embed
        </a>{' '}
        <span role="status">{status}</span>
      </p>
    </Dialog>
  );
}
