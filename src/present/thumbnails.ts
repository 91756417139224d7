// What the playlist's list shows beside each entry, kept apart from the playlist itself (which travels
// in links and files and stays small): the chart's human name with its units, and a small picture (a
// PNG data: URL), in localStorage, at most one per entry of a full playlist. A shared playlist, or a
// browser without storage, lists its entries without them.
import type { PlaylistItem } from './playlist.ts';
import { MAX_PLAYLIST_ITEMS } from './playlist.ts';

export const THUMBNAIL_STORAGE_KEY = 'blue-helmets:playlist-thumbnails';

export interface EntryLook {
  /** "Rank among contributors (rank by uniformed personnel, 1 = largest)". */
  label?: string;
  picture?: string;
}

type Thumbnails = Record<string, EntryLook>;

export function thumbnailKey(item: Pick<PlaylistItem, 'route' | 'query' | 'chart'>): string {
  return `${item.route}?${item.query}#${item.chart ?? ''}`;
}

function read(): Thumbnails {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(THUMBNAIL_STORAGE_KEY) ?? '{}');
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
    const result: Thumbnails = {};
    for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
      if (typeof entry !== 'object' || entry === null) continue;
      const { label, picture } = entry as Record<string, unknown>;
      const look: EntryLook = {};
      if (typeof label === 'string' && label.length <= 300) look.label = label;
      // Only pictures this site made: PNG data URLs of a sensible size.
      if (
        typeof picture === 'string' &&
        picture.startsWith('data:image/png;base64,') &&
        picture.length < 200_000
      )
        look.picture = picture;
      result[key] = look;
    }
    return result;
  } catch {
    return {};
  }
}

export function entryLook(item: PlaylistItem): EntryLook {
  return read()[thumbnailKey(item)] ?? {};
}

export function saveEntryLook(item: Pick<PlaylistItem, 'route' | 'query' | 'chart'>, look: EntryLook): void {
  try {
    const all = read();
    const key = thumbnailKey(item);
    const before = all[key] ?? {};
    delete all[key];
    all[key] = { ...before, ...look };
    const keys = Object.keys(all);
    for (const old of keys.slice(0, Math.max(0, keys.length - MAX_PLAYLIST_ITEMS))) delete all[old];
    localStorage.setItem(THUMBNAIL_STORAGE_KEY, JSON.stringify(all));
  } catch {
    // Storage full or off: the entry is listed without its picture.
  }
}
