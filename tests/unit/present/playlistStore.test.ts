// @vitest-environment happy-dom
// The reader's own playlist in localStorage: what cannot be read is kept, reported and never
// overwritten unless the reader chooses to; a full storage is reported as full.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  addToPlaylist,
  PLAYLIST_STORAGE_KEY,
  readStoredPlaylist,
  savePlaylist,
  saveProblem,
} from '../../../src/present/playlistStore.ts';
import { MAX_PLAYLIST_ITEMS, type Playlist, type PlaylistItem } from '../../../src/present/playlist.ts';

const item = (overrides: Partial<PlaylistItem> = {}): PlaylistItem => ({
  route: '/fatalities',
  query: 'country=NPL&v=1',
  chart: 'by-year',
  title: 'Nepal: fatalities per year',
  ...overrides,
});
const playlist = (...items: PlaylistItem[]): Playlist => ({ version: 1, items });
const store = (value: unknown) =>
  localStorage.setItem(PLAYLIST_STORAGE_KEY, typeof value === 'string' ? value : JSON.stringify(value));
const stored = () => localStorage.getItem(PLAYLIST_STORAGE_KEY);

beforeEach(() => localStorage.clear());
afterEach(() => vi.unstubAllGlobals());

/** A storage that reads (nothing stored) and throws `error` on every write, as a browser does. */
function refuseWrites(error: Error) {
  vi.stubGlobal('localStorage', {
    getItem: () => null,
    setItem: () => {
      throw error;
    },
  });
}

describe('an unreadable stored playlist', () => {
  const cases: [string, unknown, RegExp][] = [
    [
      'one bad entry',
      playlist(item(), item({ route: 'javascript:alert(1)' })),
      /^view 2 \(route\) is not a view of Blue Helmets$/,
    ],
    [
      'a newer version',
      { version: 2, items: [item()] },
      /newer version of Blue Helmets \(playlist version 2; this site reads version 1\)/,
    ],
    [
      'too many views',
      playlist(...Array.from({ length: MAX_PLAYLIST_ITEMS + 1 }, (_, i) => item({ query: `v=1&n=${i}` }))),
      new RegExp(`more than ${MAX_PLAYLIST_ITEMS} views`),
    ],
    ['damaged JSON', '{"version":1,"items":[', /damaged \(it is not JSON\)/],
  ];
  for (const [what, value, reason] of cases) {
    test(`with ${what} is reported with its reason and its exact text, and Add to playlist leaves it alone`, () => {
      store(value);
      const before = stored();
      const read = readStoredPlaylist();
      expect(read.kind).toBe('unreadable');
      if (read.kind !== 'unreadable') return;
      expect(read.reason).toMatch(reason);
      expect(read.text).toBe(before);

      expect(addToPlaylist(item({ query: 'country=BGD&v=1' }))).toEqual({ kind: 'unreadable' });
      expect(stored()).toBe(before);
    });
  }

  test('is replaced only when the reader chose to replace it', () => {
    store({ version: 2, items: [] });
    expect(savePlaylist(playlist(item()))).toEqual({ kind: 'unreadable' });
    expect(readStoredPlaylist().kind).toBe('unreadable');
    expect(savePlaylist(playlist(item()), { replaceUnreadable: true })).toEqual({ kind: 'saved' });
    expect(readStoredPlaylist()).toEqual({ kind: 'readable', playlist: playlist(item()) });
  });

  test('is explained to the reader with a way to it', () => {
    expect(saveProblem({ kind: 'unreadable' })).toMatch(/could not be read, so it was left as it is/);
  });
});

describe('saving', () => {
  test('nothing stored reads as an empty playlist, and the first view is added', () => {
    expect(readStoredPlaylist()).toEqual({ kind: 'readable', playlist: playlist() });
    expect(addToPlaylist(item())).toEqual({ kind: 'added', count: 1 });
    expect(addToPlaylist(item())).toEqual({ kind: 'already', count: 1 });
  });

  test('a full storage is reported as full, not as storage being off', () => {
    refuseWrites(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const result = addToPlaylist(item());
    expect(result).toEqual({ kind: 'quota' });
    expect(saveProblem({ kind: 'quota' })).toMatch(/storage for the site is full/);
    expect(saveProblem({ kind: 'quota' })).not.toMatch(/storage is off/);
  });

  test('a storage that refuses for another reason is reported as off', () => {
    refuseWrites(new DOMException('The operation is insecure.', 'SecurityError'));
    expect(savePlaylist(playlist(item()))).toEqual({ kind: 'off' });
  });
});
