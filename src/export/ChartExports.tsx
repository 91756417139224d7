import { download } from './download.ts';
import { Suspense, useEffect, useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import { csvLine } from './csvFormat.ts';
import { safeFileName, type ChartExportSpec } from './chartExport.ts';
import { useDisplayMode } from '../state/displayMode.ts';
import { useViewLink, type ViewLink } from './useViewLink.ts';
import { copyText } from './clipboard.ts';
import type { ImageKind } from './imageExport.ts';
import type { RenderModel } from './modelPicture.tsx';
import { EmbedDialog } from './EmbedDialog.tsx';
import { CiteDialog } from './CiteDialog.tsx';
import { addToPlaylist, saveProblem } from '../present/playlistStore.ts';
import { saveEntryLook } from '../present/thumbnails.ts';
// Styles: exports.css, which charts.css imports (so they come with the view, not after it).

const IMAGE_CHOICES: readonly { kind: ImageKind; label: string; hint: string }[] = [
  { kind: 'png', label: 'PNG', hint: 'at screen size' },
  { kind: 'png-2x', label: 'PNG 2×', hint: 'double size, for print' },
  { kind: 'svg', label: 'SVG', hint: 'for vector editors' },
  { kind: 'slide', label: 'Slide', hint: '16:9, 1920×1080 PNG' },
  { kind: 'slide-svg', label: 'Slide SVG', hint: '16:9, for slide software' },
];

/** Views that a playlist or an embed cannot show: these pages are not views. */
const NOT_SHAREABLE = new Set(['playlist', 'embed']);

/**
 * Share and export controls for one chart: copy link, CSV (exactly the rows of the chart's table),
 * images (PNG 1× and 2×, SVG, a 16:9 slide), embed code, citation, and "add to playlist". The chart's
 * drawing is found from the controls' own place in the page (the enclosing <figure>), so a view only
 * hands over its ChartExportSpec. Shown in the full site only; embeds and presentations drop them.
 */
export function ChartExports({ spec }: { spec: ChartExportSpec }) {
  const mode = useDisplayMode();
  const link = useViewLink();
  const rootRef = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState<ReactNode>('');
  const [dialog, setDialog] = useState<'embed' | 'cite' | null>(null);
  const [linkField, setLinkField] = useState(false);
  // The chart's own component at an export's size, drawn off screen while an image is made.
  const [exportSize, setExportSize] = useState<{
    width: number;
    height: number;
    resolve: (host: HTMLElement) => void;
  } | null>(null);
  const exportHostRef = useRef<HTMLDivElement>(null);
  // One drawing off screen at a time: an image export and the playlist's picture take turns.
  const exportQueue = useRef<Promise<unknown>>(Promise.resolve());
  const withModel = <T,>(job: (renderModel: RenderModel) => Promise<T>): Promise<T> => {
    const renderModel: RenderModel = (size) =>
      new Promise<HTMLElement>((resolve) => setExportSize({ ...size, resolve }));
    const run = exportQueue.current.then(() => job(renderModel).finally(() => setExportSize(null)));
    exportQueue.current = run.catch(() => undefined);
    return run;
  };
  const linkFieldRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!linkField) return;
    const field = linkFieldRef.current;
    if (!field) return;
    // The clipboard API was refused: select the link and try the old copy command on it.
    void copyText(link.permalink, field).then((isCopied) =>
      setStatus(isCopied ? 'Link copied.' : 'Press Ctrl+C (⌘C on a Mac) to copy the selected link.'),
    );
  }, [linkField, link.permalink]);

  if (mode.kind !== 'full') return null;

  const figure = () => rootRef.current?.closest('figure') ?? null;

  const copyLink = async () => {
    if (await copyText(link.permalink)) {
      setLinkField(false);
      setStatus('Link copied.');
    } else {
      setLinkField(true);
    }
  };

  const downloadCsv = () => {
    const text = [csvLine(spec.columns), ...spec.rows.map((r) => csvLine(r))].join('\n') + '\n';
    download(new Blob([text], { type: 'text/csv;charset=utf-8' }), safeFileName(spec.name, 'csv'));
    setStatus(`Downloaded ${spec.rows.length} rows as CSV.`);
  };

  const exportImage = async (kind: ImageKind) => {
    const frame = figure();
    if (!frame) {
      setStatus('The chart could not be found on the page.');
      return;
    }
    setStatus('Preparing the image…');
    try {
      const { chartImage } = await import('./imageExport.ts');
      const file = await withModel((renderModel) =>
        chartImage(kind, frame, spec, link.permalink, renderModel),
      );
      download(file.blob, file.fileName);
      setStatus(file.summary);
    } catch (error) {
      setStatus(error instanceof Error ? error.message : 'The image could not be made.');
    }
  };

  const isShareable = link.view !== null && !NOT_SHAREABLE.has(link.view);

  const addToList = () => {
    const entry = {
      route: link.path,
      query: link.query.toString(),
      title: spec.title,
      ...(spec.chart ? { chart: spec.chart } : {}),
    };
    const result = addToPlaylist(entry);
    const frame = figure();
    if (result.kind === 'added' || result.kind === 'already') {
      if (spec.label)
        saveEntryLook(entry, { label: spec.units ? `${spec.label} (${spec.units})` : spec.label });
      // A small picture of the chart for the playlist's list, drawn from the chart's model.
      if (frame)
        void import('./imageExport.ts')
          .then((m) => withModel((renderModel) => m.chartThumbnail(frame, spec, renderModel)))
          .then((picture) => saveEntryLook(entry, { picture }))
          .catch(() => undefined);
    }
    const open = <a href="#/playlist">Open the playlist</a>;
    if (result.kind === 'added')
      setStatus(
        <>
          Added to the playlist ({views(result.count)}). {open}
        </>,
      );
    else if (result.kind === 'already')
      setStatus(
        <>
          Already in the playlist ({views(result.count)}). {open}
        </>,
      );
    else if (result.kind === 'full') setStatus(<>The playlist is full. {open}</>);
    else if (result.kind === 'unreadable')
      setStatus(
        <>
          Nothing was added. {saveProblem(result)} {open}
        </>,
      );
    else setStatus(saveProblem(result));
  };

  return (
    <div className="bh-exports" ref={rootRef}>
      <button type="button" onClick={() => void copyLink()} data-testid="copy-link">
        Copy link
      </button>
      <button type="button" onClick={downloadCsv} data-testid="export-csv">
        CSV
      </button>
      <ImageMenu onChoose={(kind) => void exportImage(kind)} />
      {isShareable && (
        <>
          <button
            type="button"
            onClick={() => setDialog('embed')}
            data-testid="export-embed"
            aria-haspopup="dialog"
          >
            Embed
          </button>
          <button
            type="button"
            onClick={() => setDialog('cite')}
            data-testid="export-cite"
            aria-haspopup="dialog"
          >
            Cite
          </button>
          <button type="button" onClick={addToList} data-testid="add-to-playlist">
            Add to playlist
          </button>
        </>
      )}
      {linkField && (
        <input
          ref={linkFieldRef}
          className="bh-exports-link"
          type="text"
          readOnly
          value={link.permalink}
          aria-label="Link to this view"
          onFocus={(e) => e.currentTarget.select()}
        />
      )}
      <span className="bh-exports-status" role="status" data-testid="export-status">
        {status}
      </span>
      {dialog === 'embed' && link.view !== null && (
        <EmbedDialog
          spec={spec}
          link={link as ViewLink & { view: string }}
          figure={figure()}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'cite' && <CiteDialog spec={spec} link={link} onClose={() => setDialog(null)} />}
      {exportSize && spec.model && (
        <div
          ref={exportHostRef}
          className="bh-export-root"
          aria-hidden="true"
          style={{ position: 'absolute', left: -100000, top: 0, width: exportSize.width }}
        >
          <Suspense fallback={null}>
            {spec.model.render({ width: exportSize.width, height: exportSize.height })}
            <WhenDrawn hostRef={exportHostRef} onDrawn={exportSize.resolve} />
          </Suspense>
        </div>
      )}
    </div>
  );
}

/**
 * Calls `onDrawn` once the chart beside it is on the page — after any part loaded on demand (a map's
 * shapes, a lazily loaded chart) has arrived, the Suspense boundary around both holding it back till
 * then — and laid out by the browser.
 */
function WhenDrawn({
  hostRef,
  onDrawn,
}: {
  hostRef: RefObject<HTMLDivElement | null>;
  onDrawn: (host: HTMLElement) => void;
}) {
  useEffect(() => {
    let frame = 0;
    let tries = 0;
    const check = () => {
      const host = hostRef.current;
      // A part with its own loading message inside the chart: wait for it, up to about two seconds.
      const isDrawn = host?.querySelector('svg') != null && host.querySelector('.loading') === null;
      if (host && (isDrawn || tries >= 120)) onDrawn(host);
      else {
        tries += 1;
        frame = requestAnimationFrame(check);
      }
    };
    frame = requestAnimationFrame(check);
    return () => cancelAnimationFrame(frame);
  }, [hostRef, onDrawn]);
  return null;
}

function views(count: number): string {
  return `${count} view${count === 1 ? '' : 's'}`;
}

/** A disclosure button with the image formats; Escape or a click elsewhere closes it. */
function ImageMenu({ onChoose }: { onChoose: (kind: ImageKind) => void }) {
  const [isOpen, setOpen] = useState(false);
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!isOpen) return undefined;
    const onPointer = (event: PointerEvent) => {
      if (!ref.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [isOpen]);
  return (
    <div
      className="bh-exports-menu"
      ref={ref}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && isOpen) {
          event.stopPropagation();
          setOpen(false);
          buttonRef.current?.focus();
        }
      }}
    >
      <button
        type="button"
        ref={buttonRef}
        aria-expanded={isOpen}
        aria-controls={`${id}-images`}
        onClick={() => setOpen((open) => !open)}
        data-testid="export-image"
      >
        Image <span aria-hidden="true">▾</span>
      </button>
      <ul id={`${id}-images`} className="bh-exports-choices" hidden={!isOpen} aria-label="Image formats">
        {IMAGE_CHOICES.map((choice) => (
          <li key={choice.kind}>
            <button
              type="button"
              data-testid={`export-${choice.kind}`}
              onClick={() => {
                setOpen(false);
                onChoose(choice.kind);
              }}
            >
              {choice.label} <span className="bh-exports-hint">{choice.hint}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
