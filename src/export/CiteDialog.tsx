import { useState } from 'react';
import { useManifest } from '../data/queries.ts';
import type { ChartExportSpec } from './chartExport.ts';
import type { ViewLink } from './useViewLink.ts';
import { copyText } from './clipboard.ts';
import { apaParts, citeApa, citeChicago } from './citation.ts';
import { Dialog } from './Dialog.tsx';

/** "Cite this view": APA and Chicago entries with the permalink, the dataset version and today's date. */
export function CiteDialog({
  spec,
  link,
  onClose,
}: {
  spec: ChartExportSpec;
  link: ViewLink;
  onClose: () => void;
}) {
  const manifest = useManifest();
  const [accessed] = useState(() => new Date());
  const [status, setStatus] = useState('');
  const version = manifest.data?.version;
  const input = version
    ? {
        title: spec.title,
        url: link.permalink,
        datasetVersion: version,
        datasetBuiltAt: manifest.data?.builtAt,
        accessed,
      }
    : null;
  const apa = input ? apaParts(input) : ['', '', ''];
  const copy = (what: string, text: string) =>
    void copyText(text).then((isCopied) =>
      setStatus(
        isCopied ? `${what} citation copied.` : `Select the ${what} citation and press Ctrl+C (⌘C on a Mac).`,
      ),
    );
  return (
    <Dialog title="Cite this view" onClose={onClose} testId="cite-dialog">
      {!input ? (
        <p role="status">Loading the dataset version…</p>
      ) : (
        <>
          <p>
            The link below reopens exactly this view. The dataset version says which data it showed; the
            access date says when you looked.
          </p>
          <h3>APA (7th edition)</h3>
          <p className="bh-citation" data-testid="cite-apa">
            {apa[0]}
            <i>{apa[1]}</i>
            {apa[2]}
          </p>
          <button type="button" onClick={() => copy('APA', citeApa(input))}>
            Copy APA
          </button>
          <h3>Chicago (17th edition)</h3>
          <p className="bh-citation" data-testid="cite-chicago">
            {citeChicago(input)}
          </p>
          <button type="button" onClick={() => copy('Chicago', citeChicago(input))}>
            Copy Chicago
          </button>
          <p className="bh-dialog-note">
            {/^sources?:/i.test(spec.source) ? spec.source : `Data: ${spec.source}`}
          </p>
          <p role="status">{status}</p>
        </>
      )}
    </Dialog>
  );
}
