// Small pictures of the charts in the playlist, kept apart from the playlist itself (which travels in
// links and files and stays small): a PNG data: URL per entry, in localStorage, at most one per entry
// of a full playlist. A shared playlist, or a browser without storage, lists its entries without one.
import type { PlaylistItem } from './playlist.ts';
import { MAX_PLAYLIST_ITEMS } from './playlist.ts';

export const THUMBNAIL_STORAGE_KEY = 'blue-helmets:playlist-thumbnails';

type Thumbnails = Record<string, string>;

export function thumbnailKey(item: Pick<PlaylistItem, 'route' | 'query' | 'chart'>): string {
  return `${item.route}?${item.query}#${item.chart ?? ''}`;
}

function read(): Thumbnails {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(THUMBNAIL_STORAGE_KEY) ?? '{}');
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
    const result: Thumbnails = {};
    for (const [key, url] of Object.entries(value as Record<string, unknown>)) {
      // Only pictures this site made: PNG data URLs of a sensible size.
      if (typeof url === 'string' && url.startsWith('data:image/png;base64,') && url.length < 200_000)
        result[key] = url;
    }
    return result;
  } catch {
    return {};
  }
}

export function thumbnailOf(item: PlaylistItem): string | undefined {
  return read()[thumbnailKey(item)];
}

export function saveThumbnail(item: Pick<PlaylistItem, 'route' | 'query' | 'chart'>, url: string): void {
  try {
    const all = read();
    const key = thumbnailKey(item);
    delete all[key];
    all[key] = url;
    const keys = Object.keys(all);
    for (const old of keys.slice(0, Math.max(0, keys.length - MAX_PLAYLIST_ITEMS))) delete all[old];
    localStorage.setItem(THUMBNAIL_STORAGE_KEY, JSON.stringify(all));
  } catch {
    // Storage full or off: the entry is listed without its picture.
  }
}
