// The reader's own playlist, kept in localStorage (validated on every read: storage is input too).
// Components subscribe with usePlaylist(); other tabs' changes arrive through the storage event.
import { useSyncExternalStore } from 'react';
import {
  checkPlaylist,
  emptyPlaylist,
  MAX_PLAYLIST_ITEMS,
  type Playlist,
  type PlaylistItem,
} from './playlist.ts';

export const PLAYLIST_STORAGE_KEY = 'blue-helmets:playlist';

let cachedText: string | null | undefined;
let cached: Playlist = emptyPlaylist();

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage disabled (privacy settings, sandboxed iframe)
  }
}

export function readPlaylist(): Playlist {
  const text = storage()?.getItem(PLAYLIST_STORAGE_KEY) ?? null;
  if (text === cachedText) return cached;
  cachedText = text;
  cached = emptyPlaylist();
  if (text !== null) {
    try {
      const parsed = checkPlaylist(JSON.parse(text));
      if (parsed.kind === 'valid') cached = parsed.value;
    } catch {
      // A damaged entry reads as an empty playlist; the next save replaces it.
    }
  }
  return cached;
}

const listeners = new Set<() => void>();

/** Saves the playlist; false when the browser refuses storage. */
export function savePlaylist(playlist: Playlist): boolean {
  const store = storage();
  if (!store) return false;
  try {
    store.setItem(PLAYLIST_STORAGE_KEY, JSON.stringify(playlist));
  } catch {
    return false;
  }
  for (const listener of listeners) listener();
  return true;
}

export type AddResult =
  | { kind: 'added'; count: number }
  | { kind: 'full' }
  | { kind: 'already'; count: number }
  | { kind: 'unsaved' };

/** Adds a view at the end, unless the same view and chart is already there or the list is full. */
export function addToPlaylist(item: PlaylistItem): AddResult {
  const playlist = readPlaylist();
  const isSame = (other: PlaylistItem) =>
    other.route === item.route && other.query === item.query && (other.chart ?? '') === (item.chart ?? '');
  if (playlist.items.some(isSame)) return { kind: 'already', count: playlist.items.length };
  if (playlist.items.length >= MAX_PLAYLIST_ITEMS) return { kind: 'full' };
  const next = { ...playlist, items: [...playlist.items, item] };
  return savePlaylist(next) ? { kind: 'added', count: next.items.length } : { kind: 'unsaved' };
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

const SERVER_SNAPSHOT = emptyPlaylist();

export function usePlaylist(): Playlist {
  return useSyncExternalStore(subscribe, readPlaylist, () => SERVER_SNAPSHOT);
}
