// The reader's own playlist, kept in localStorage (validated on every read: storage is input too).
// Components subscribe with useStoredPlaylist(); other tabs' changes arrive through the storage event.
//
// What cannot be read is never overwritten behind the reader's back: a stored list that fails
// validation (one bad entry, a newer version, too many views, damaged JSON) is reported as unreadable
// with its reason and its text, kept as it is, and a save over it is refused unless the reader chose to
// replace it (savePlaylist's `replaceUnreadable`).
import { useSyncExternalStore } from 'react';
import {
  checkPlaylist,
  emptyPlaylist,
  MAX_PLAYLIST_ITEMS,
  type Playlist,
  type PlaylistItem,
} from './playlist.ts';

export const PLAYLIST_STORAGE_KEY = 'blue-helmets:playlist';

export type StoredPlaylist =
  | { kind: 'readable'; playlist: Playlist }
  /** `text` is the stored entry exactly as found, for the reader to download. */
  | { kind: 'unreadable'; reason: string; text: string };

let cachedText: string | null | undefined;
let cached: StoredPlaylist = { kind: 'readable', playlist: emptyPlaylist() };

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage disabled (privacy settings, sandboxed iframe)
  }
}

/** What the browser holds: a playlist (empty when nothing is stored), or an entry that cannot be read. */
export function readStoredPlaylist(): StoredPlaylist {
  let text: string | null;
  try {
    text = storage()?.getItem(PLAYLIST_STORAGE_KEY) ?? null;
  } catch {
    text = null;
  }
  if (text === cachedText) return cached;
  cachedText = text;
  cached = storedFromText(text);
  return cached;
}

export function storedFromText(text: string | null): StoredPlaylist {
  if (text === null) return { kind: 'readable', playlist: emptyPlaylist() };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { kind: 'unreadable', reason: 'it is damaged (it is not JSON)', text };
  }
  const parsed = checkPlaylist(json);
  if (parsed.kind === 'valid') return { kind: 'readable', playlist: parsed.value };
  return { kind: 'unreadable', reason: parsed.kind === 'invalid' ? parsed.reason : 'it is empty', text };
}

const listeners = new Set<() => void>();

export type SaveResult =
  | { kind: 'saved' }
  /** The stored entry cannot be read and the caller did not choose to replace it: nothing was written. */
  | { kind: 'unreadable' }
  /** The browser's storage for this site is full. */
  | { kind: 'quota' }
  /** The browser does not let the site store anything. */
  | { kind: 'off' };

/** Saves the playlist, unless the stored one cannot be read and `replaceUnreadable` is not set. */
export function savePlaylist(playlist: Playlist, options: { replaceUnreadable?: boolean } = {}): SaveResult {
  const store = storage();
  if (!store) return { kind: 'off' };
  if (!options.replaceUnreadable && readStoredPlaylist().kind === 'unreadable') return { kind: 'unreadable' };
  try {
    store.setItem(PLAYLIST_STORAGE_KEY, JSON.stringify(playlist));
  } catch (error) {
    return { kind: isQuotaError(error) ? 'quota' : 'off' };
  }
  for (const listener of listeners) listener();
  return { kind: 'saved' };
}

/** Chromium and Safari name it QuotaExceededError (legacy code 22), Firefox NS_ERROR_DOM_QUOTA_REACHED. */
function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return (
    name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014
  );
}

/** What a failed save means for the reader, in one sentence. */
export function saveProblem(result: Exclude<SaveResult, { kind: 'saved' }>): string {
  switch (result.kind) {
    case 'unreadable':
      return 'Your saved playlist could not be read, so it was left as it is: the Playlist page says what is wrong and lets you download it.';
    case 'quota':
      return 'The playlist could not be saved: this browser’s storage for the site is full. Free some space (for example, clear other sites’ data) and try again.';
    case 'off':
      return 'This browser does not let the site save a playlist (storage is off).';
  }
}

export type AddResult =
  | { kind: 'added'; count: number }
  | { kind: 'full' }
  | { kind: 'already'; count: number }
  | Exclude<SaveResult, { kind: 'saved' }>;

/** Adds a view at the end, unless the same view and chart is already there or the list is full. */
export function addToPlaylist(item: PlaylistItem): AddResult {
  const stored = readStoredPlaylist();
  if (stored.kind === 'unreadable') return { kind: 'unreadable' };
  const playlist = stored.playlist;
  const isSame = (other: PlaylistItem) =>
    other.route === item.route && other.query === item.query && (other.chart ?? '') === (item.chart ?? '');
  if (playlist.items.some(isSame)) return { kind: 'already', count: playlist.items.length };
  if (playlist.items.length >= MAX_PLAYLIST_ITEMS) return { kind: 'full' };
  const next = { ...playlist, items: [...playlist.items, item] };
  const saved = savePlaylist(next);
  return saved.kind === 'saved' ? { kind: 'added', count: next.items.length } : saved;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === PLAYLIST_STORAGE_KEY || event.key === null) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

const SERVER_SNAPSHOT: StoredPlaylist = { kind: 'readable', playlist: emptyPlaylist() };

export function useStoredPlaylist(): StoredPlaylist {
  return useSyncExternalStore(subscribe, readStoredPlaylist, () => SERVER_SNAPSHOT);
}
