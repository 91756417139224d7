import { Suspense, useEffect, useMemo, useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import {
  NavigationType,
  UNSAFE_LocationContext,
  useLocation,
  useNavigate,
  useSearchParams,
} from 'react-router';
import { DisplayModeContext, type DisplayMode } from '../state/displayMode.ts';
import { absoluteHref, hashHref, viewNameOfPath } from '../state/viewLinks.ts';
import { quote } from '../state/params.ts';
import { ViewBoundary } from '../ui/ViewBoundary.tsx';
import { useViewPages } from '../ui/viewPagesContext.ts';
import { ChartCheck } from '../ui/ChartCheck.tsx';
import { FitToScreen } from '../ui/FitToScreen.tsx';
import { entryLook } from './thumbnails.ts';
import { copyText } from '../export/clipboard.ts';
import { download } from '../export/download.ts';
import { safeFileName } from '../export/chartExport.ts';
import {
  decodePlaylist,
  emptyPlaylist,
  encodePlaylist,
  MAX_FILE_BYTES,
  MAX_LINK_CHARS,
  parsePlaylistFile,
  playlistFileText,
  type Playlist,
  type PlaylistItem,
} from './playlist.ts';
import {
  savePlaylist,
  saveProblem,
  useStoredPlaylist,
  type SaveResult,
  type StoredPlaylist,
} from './playlistStore.ts';
import './present.css';
import './playlist.css';
import { useDocumentTitle } from '../ui/useDocumentTitle.ts';

/**
 * #/playlist — saved views to present one after another. Lists and edits the reader's playlist (or
 * one that came in a ?list= link), shares it as a link or a file, and with ?present=1 shows one view
 * at a time, full screen if asked, stepping with ← and →.
 */
export default function PlaylistPage() {
  const [params, setParams] = useSearchParams();
  const stored = useStoredPlaylist();
  useDocumentTitle('Playlist');
  const own = useMemo(() => (stored.kind === 'readable' ? stored.playlist : emptyPlaylist()), [stored]);
  const listRaw = params.get('list');
  const shared = useMemo(() => (listRaw === null ? null : decodePlaylist(listRaw)), [listRaw]);
  const playlist = shared?.kind === 'valid' ? shared.value : own;
  const isPresenting = params.get('present') === '1';
  const count = playlist.items.length;
  const at = Math.min(Math.max(1, Number.parseInt(params.get('at') ?? '1', 10) || 1), Math.max(1, count));

  const goTo = (position: number) => {
    const next = new URLSearchParams(params);
    next.set('at', String(Math.min(Math.max(1, position), count)));
    setParams(next, { replace: true });
  };

  const leave = () => {
    const next = new URLSearchParams(params);
    next.delete('present');
    next.delete('at');
    setParams(next, { replace: true });
  };

  if (isPresenting && count > 0) {
    return <Stage items={playlist.items} at={at} onGo={goTo} onLeave={leave} />;
  }
  return (
    <Manage
      playlist={playlist}
      stored={stored}
      isShared={shared?.kind === 'valid'}
      problem={shared?.kind === 'invalid' ? shared.reason : null}
      listRaw={shared?.kind === 'valid' ? listRaw : null}
      isPresentingEmpty={isPresenting}
    />
  );
}

function presentHref(listRaw: string | null, at = 1): string {
  const query = new URLSearchParams();
  if (listRaw) query.set('list', listRaw);
  query.set('present', '1');
  query.set('at', String(at));
  return hashHref('/playlist', query);
}

const views = (n: number) => (n === 1 ? '1 view' : `${n} views`);

/** A list the reader asked to make their own, waiting for them to confirm that it replaces theirs. */
interface Replacement {
  playlist: Playlist;
  /** "the link", "“talk.json”" */
  from: string;
  /** Runs once it is saved (e.g. leave the shared link for the reader's own list). */
  after?: () => void;
}

function Manage({
  playlist,
  stored,
  isShared,
  problem,
  listRaw,
  isPresentingEmpty,
}: {
  playlist: Playlist;
  stored: StoredPlaylist;
  isShared: boolean;
  problem: string | null;
  listRaw: string | null;
  isPresentingEmpty: boolean;
}) {
  const [status, setStatus] = useState<ReactNode>('');
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [replacement, setReplacement] = useState<Replacement | null>(null);
  const [isDiscarding, setDiscarding] = useState(false);
  const shareFieldRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLDivElement>(null);
  const [shareLink, setShareLink] = useState<string | null>(null);
  const items = playlist.items;
  const navigate = useNavigate();
  const ownItems = stored.kind === 'readable' ? stored.playlist.items : null;

  useEffect(() => {
    if (replacement || isDiscarding) confirmRef.current?.focus();
  }, [replacement, isDiscarding]);

  const report = (result: SaveResult, message: ReactNode) =>
    setStatus(result.kind === 'saved' ? message : saveProblem(result));
  /** Puts a readable list back after Empty, Remove or Replace. */
  const undoTo = (previous: Playlist) => (
    <button
      type="button"
      onClick={() =>
        report(savePlaylist(previous), `Your playlist is back (${views(previous.items.length)}).`)
      }
    >
      Undo
    </button>
  );
  const replaceOwn = (next: PlaylistItem[], message: string, isUndoable = false) => {
    const previous = stored.kind === 'readable' ? stored.playlist : null;
    report(
      savePlaylist({ ...playlist, items: next }),
      isUndoable && previous ? (
        <>
          {message} {undoTo(previous)}
        </>
      ) : (
        message
      ),
    );
  };
  const move = (index: number, by: -1 | 1) => {
    const next = [...items];
    const [item] = next.splice(index, 1);
    if (!item) return;
    next.splice(index + by, 0, item);
    replaceOwn(next, `Moved “${item.title}” ${by < 0 ? 'up' : 'down'} to place ${index + by + 1}.`);
  };
  const remove = (index: number) => {
    const item = items[index];
    replaceOwn(
      items.filter((_, i) => i !== index),
      `Removed “${item?.title ?? ''}”.`,
      true,
    );
  };

  /** Makes another list the reader's own: at once over an empty one, after a confirmation otherwise. */
  const offerReplacement = (next: Replacement) => {
    setFileProblem(null);
    if (ownItems !== null && ownItems.length === 0) saveReplacement(next);
    else setReplacement(next);
  };
  const saveReplacement = ({ playlist: next, from, after }: Replacement) => {
    const previous = stored.kind === 'readable' && stored.playlist.items.length > 0 ? stored.playlist : null;
    const result = savePlaylist(next, { replaceUnreadable: true });
    setReplacement(null);
    report(
      result,
      <>
        Saved the {views(next.items.length)} from {from} as your playlist.{' '}
        {previous ? undoTo(previous) : null}
      </>,
    );
    if (result.kind === 'saved') after?.();
  };
  const discardUnreadable = () => {
    setDiscarding(false);
    report(
      savePlaylist(emptyPlaylist(), { replaceUnreadable: true }),
      'The unreadable playlist was discarded; your playlist is now empty.',
    );
  };
  const downloadOwn = () => {
    const isReadable = stored.kind === 'readable';
    download(
      new Blob([isReadable ? playlistFileText(stored.playlist) : stored.text], { type: 'application/json' }),
      safeFileName(isReadable ? 'blue-helmets-playlist' : 'blue-helmets-playlist-unreadable', 'json'),
    );
    setStatus(
      isReadable
        ? `Downloaded your playlist (${views(stored.playlist.items.length)}) as a file.`
        : 'Downloaded the saved playlist exactly as it is stored.',
    );
  };

  const share = async () => {
    const encoded = encodePlaylist(playlist);
    if (encoded.length > MAX_LINK_CHARS) {
      setStatus('This playlist is too long to share as a link. Download it as a file instead.');
      return;
    }
    const href = absoluteHref(document.baseURI, '/playlist', new URLSearchParams({ list: encoded }));
    setShareLink(href);
    const isCopied = await copyText(href, shareFieldRef.current);
    setStatus(
      isCopied ? 'Link to this playlist copied.' : 'Select the link below and press Ctrl+C (⌘C on a Mac).',
    );
  };

  const downloadFile = () => {
    download(
      new Blob([playlistFileText(playlist)], { type: 'application/json' }),
      safeFileName('blue-helmets-playlist', 'json'),
    );
    setStatus(`Downloaded the playlist (${items.length} views) as a file.`);
  };

  const loadFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const name = quote(file.name);
    if (file.size > MAX_FILE_BYTES) {
      setFileProblem(
        `${name} could not be loaded: it is ${Math.round(file.size / 1000)} kB, and a playlist file is at most ${MAX_FILE_BYTES / 1000} kB.`,
      );
      return;
    }
    const parsed = parsePlaylistFile(await file.text());
    if (parsed.kind !== 'valid') {
      setFileProblem(
        `${name} could not be loaded: ${parsed.kind === 'invalid' ? parsed.reason : 'it is empty'}. Your playlist is unchanged.`,
      );
      return;
    }
    offerReplacement({
      playlist: parsed.value,
      from: name,
      ...(isShared ? { after: () => void navigate('/playlist') } : {}),
    });
  };

  return (
    <article className="page playlist">
      <h1>Playlist</h1>
      <p className="lede">
        Views saved for a talk or a class, shown one at a time in large type. Add any chart with &ldquo;Add to
        playlist&rdquo; under it; present with the arrow keys ← and →.
      </p>
      {problem && (
        <div className="notice" role="alert" data-testid="playlist-problem">
          <p>The playlist in this link could not be used: {problem}.</p>
          <p>Showing your own playlist instead.</p>
        </div>
      )}
      {stored.kind === 'unreadable' && (
        <div className="error-panel" role="alert" data-testid="playlist-unreadable">
          <h2>Your saved playlist could not be read</h2>
          <p>
            The playlist saved in this browser could not be read: {stored.reason}. It is kept exactly as it
            was; nothing replaces it until you choose to. Download it to keep a copy (it may be mended by
            hand, or read by a newer version of the site), or start a new playlist.
          </p>
          <p>
            <button type="button" onClick={downloadOwn} data-testid="playlist-download-unreadable">
              Download it as it is
            </button>{' '}
            {!isDiscarding && (
              <button type="button" onClick={() => setDiscarding(true)}>
                Start a new playlist…
              </button>
            )}
          </p>
          {isDiscarding && (
            <div ref={confirmRef} tabIndex={-1} data-testid="playlist-confirm-discard">
              <p>Discard the saved playlist for good and start an empty one?</p>
              <p>
                <button type="button" onClick={discardUnreadable}>
                  Discard it
                </button>{' '}
                <button type="button" onClick={() => setDiscarding(false)}>
                  Keep it
                </button>
              </p>
            </div>
          )}
        </div>
      )}
      {replacement && (
        <div className="notice" ref={confirmRef} tabIndex={-1} data-testid="playlist-confirm-replace">
          <p>
            {stored.kind === 'unreadable'
              ? 'Your saved playlist could not be read; replacing it discards it.'
              : `This replaces your playlist of ${views(ownItems?.length ?? 0)}.`}{' '}
            Make the {views(replacement.playlist.items.length)} from {replacement.from} your playlist?
          </p>
          <p>
            <button type="button" onClick={() => saveReplacement(replacement)}>
              Replace my playlist
            </button>{' '}
            <button type="button" onClick={downloadOwn}>
              Download mine first
            </button>{' '}
            <button
              type="button"
              onClick={() => {
                setReplacement(null);
                setStatus('Your playlist is unchanged.');
              }}
            >
              Cancel
            </button>
          </p>
        </div>
      )}
      {isPresentingEmpty && items.length === 0 && (
        <p className="notice" role="status">
          There is nothing to present yet: the playlist is empty.
        </p>
      )}
      {isShared && (
        <div className="notice" data-testid="playlist-shared">
          <p>This playlist came with the link ({items.length} views). It is not saved in this browser.</p>
          <p>
            <button
              type="button"
              onClick={() =>
                offerReplacement({ playlist, from: 'the link', after: () => void navigate('/playlist') })
              }
            >
              Save as my playlist
            </button>{' '}
            <a href="#/playlist">Show my own playlist</a>
          </p>
        </div>
      )}
      {items.length === 0 && !isShared && stored.kind === 'unreadable' ? null : items.length === 0 ? (
        <p data-testid="playlist-empty">
          The playlist is empty. Open a view, then choose &ldquo;Add to playlist&rdquo; under a chart — or
          load a playlist file.
        </p>
      ) : (
        <ol className="playlist-items" data-testid="playlist-items">
          {items.map((item, index) => (
            <li key={`${index}-${item.route}-${item.query}-${item.chart ?? ''}`}>
              <Thumbnail item={item} />
              <div className="playlist-item-text">
                <a href={hashHref(item.route, item.query)} data-testid="playlist-item-title">
                  <bdi>{item.title}</bdi>
                </a>
                <span className="playlist-item-meta">{itemMeta(item)}</span>
              </div>
              <div className="playlist-item-actions">
                <a href={presentHref(listRaw, index + 1)}>Present from here</a>
                {!isShared && (
                  <>
                    <button
                      type="button"
                      disabled={index === 0}
                      onClick={() => move(index, -1)}
                      aria-label={`Move “${item.title}” up`}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      disabled={index === items.length - 1}
                      onClick={() => move(index, 1)}
                      aria-label={`Move “${item.title}” down`}
                    >
                      ↓
                    </button>
                    <button type="button" onClick={() => remove(index)} aria-label={`Remove “${item.title}”`}>
                      Remove
                    </button>
                  </>
                )}
              </div>
            </li>
          ))}
        </ol>
      )}
      <div className="playlist-actions">
        {items.length > 0 && (
          <a className="playlist-present" href={presentHref(listRaw)} data-testid="playlist-present">
            Present
          </a>
        )}
        {items.length > 0 && (
          <button type="button" onClick={() => void share()}>
            Copy link to this playlist
          </button>
        )}
        {items.length > 0 && (
          <button type="button" onClick={downloadFile} data-testid="playlist-download">
            Download as a file
          </button>
        )}
        <label className="playlist-load">
          <span>Load a playlist file</span>
          <input
            type="file"
            accept="application/json,.json"
            onChange={(e) => void loadFile(e)}
            data-testid="playlist-load"
          />
        </label>
        {!isShared && items.length > 0 && (
          <button type="button" onClick={() => replaceOwn([], 'The playlist is now empty.', true)}>
            Empty the playlist
          </button>
        )}
      </div>
      {shareLink && (
        <input
          ref={shareFieldRef}
          className="playlist-share-link"
          type="text"
          readOnly
          value={shareLink}
          aria-label="Link to this playlist"
          onFocus={(e) => e.currentTarget.select()}
        />
      )}
      {fileProblem && (
        <p className="error-panel" role="alert" data-testid="playlist-file-problem">
          {fileProblem}
        </p>
      )}
      <p role="status" data-testid="playlist-status">
        {status}
      </p>
    </article>
  );
}

const VIEW_LABEL: Record<string, string> = {
  overview: 'Overview',
  deployments: 'Deployments',
  women: 'Women',
  fatalities: 'Fatalities',
  compare: 'Per capita',
  claims: 'Claims checked',
  sources: 'Sources',
};

/** "Deployments · Rank among contributors": the view and the chart's human name, never its id. */
function itemMeta(item: PlaylistItem): string {
  const view = viewNameOfPath(item.route);
  const viewLabel = view ? (VIEW_LABEL[view] ?? view) : item.route;
  if (!item.chart) return `${viewLabel} · the whole view`;
  return `${viewLabel} · ${entryLook(item).label ?? 'one chart'}`;
}

function Thumbnail({ item }: { item: PlaylistItem }) {
  const url = entryLook(item).picture;
  return url ? (
    <img className="playlist-thumb" src={url} alt="" width={120} height={68} data-testid="playlist-thumb" />
  ) : (
    <span className="playlist-thumb playlist-thumb--none" aria-hidden="true" />
  );
}

/** Keys that belong to the focused control, not to the slide show. */
function isOwnedByControl(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return (
    target.closest(
      'input, select, textarea, [contenteditable="true"], [role="tablist"], [role="slider"], [role="listbox"], [role="grid"]',
    ) !== null
  );
}

function Stage({
  items,
  at,
  onGo,
  onLeave,
}: {
  items: readonly PlaylistItem[];
  at: number;
  onGo: (position: number) => void;
  onLeave: () => void;
}) {
  const item = items[at - 1];
  const count = items.length;
  const [isFullscreen, setFullscreen] = useState(false);
  const canFullscreen = typeof document !== 'undefined' && document.fullscreenEnabled === true;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (
        event.defaultPrevented ||
        event.altKey ||
        event.ctrlKey ||
        event.metaKey ||
        isOwnedByControl(event.target)
      )
        return;
      const step =
        event.key === 'ArrowRight' || event.key === 'PageDown'
          ? at + 1
          : event.key === 'ArrowLeft' || event.key === 'PageUp'
            ? at - 1
            : event.key === 'Home'
              ? 1
              : event.key === 'End'
                ? count
                : null;
      if (event.key === 'Escape') {
        // Escape leaves the presentation (and full screen, which the browser itself ends on Escape).
        event.preventDefault();
        onLeave();
        return;
      }
      if (step === null) return;
      event.preventDefault();
      if (step >= 1 && step <= count && step !== at) onGo(step);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [at, count, onGo, onLeave]);

  useEffect(() => {
    const onChange = () => setFullscreen(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  const toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen().catch(() => undefined);
  };

  return (
    <section className="stage" aria-label="Presentation" data-testid="stage">
      <div className="stage-bar">
        <button
          type="button"
          onClick={() => onGo(at - 1)}
          disabled={at <= 1}
          aria-label="Previous view"
          data-testid="stage-previous"
        >
          ←
        </button>
        <p className="stage-position" aria-live="polite" data-testid="stage-position">
          {at} of {count}
          <span className="visually-hidden">
            : <bdi>{item?.title}</bdi>
          </span>
        </p>
        <button
          type="button"
          onClick={() => onGo(at + 1)}
          disabled={at >= count}
          aria-label="Next view"
          data-testid="stage-next"
        >
          →
        </button>
        {canFullscreen && (
          <button type="button" onClick={toggleFullscreen} data-testid="stage-fullscreen">
            {isFullscreen ? 'Leave full screen' : 'Full screen'}
          </button>
        )}
      </div>
      {item && (
        <FitToScreen className="stage-fit">
          <Slide key={at} item={item} />
        </FitToScreen>
      )}
    </section>
  );
}

/**
 * One saved view, rendered by its page component with the saved query: the page reads its state
 * from the router's location, so it is given one of its own (what <Routes location> does, without a
 * route table) — the address bar keeps the playlist's. Present mode with the saved chart drops the rest.
 */
function Slide({ item }: { item: PlaylistItem }) {
  const { pathname } = useLocation();
  const name = viewNameOfPath(item.route);
  const pages = useViewPages();
  const Page = name ? pages.page(name) : undefined;
  const mode = useMemo<DisplayMode>(() => ({ kind: 'present', chart: item.chart }), [item.chart]);
  if (!Page || !name) {
    return (
      <div className="error-panel" role="alert">
        <h2>This entry cannot be shown</h2>
        <p>
          It points to {quote(item.route)}, which is not a view of Blue Helmets (any more). Step on with →.
        </p>
      </div>
    );
  }
  const location = {
    location: { pathname, search: item.query ? `?${item.query}` : '', hash: '', state: null, key: 'slide' },
    navigationType: NavigationType.Pop,
  };
  return (
    <div className="stage-slide" data-testid="stage-slide">
      <DisplayModeContext.Provider value={mode}>
        <UNSAFE_LocationContext.Provider value={location}>
          <ChartCheck chart={item.chart} view={name} hint="Step on with →.">
            <ViewBoundary name={name}>
              <Suspense
                fallback={
                  <p className="loading" role="status">
                    Loading “<bdi>{item.title}</bdi>”…
                  </p>
                }
              >
                <Page />
              </Suspense>
            </ViewBoundary>
          </ChartCheck>
        </UNSAFE_LocationContext.Provider>
      </DisplayModeContext.Provider>
    </div>
  );
}
