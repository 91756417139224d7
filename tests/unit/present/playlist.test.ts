import { describe, expect, test } from 'vitest';
import {
  checkPlaylist,
  decodePlaylist,
  encodePlaylist,
  MAX_LINK_CHARS,
  MAX_PLAYLIST_ITEMS,
  neutraliseTitle,
  parsePlaylistFile,
  playlistFileText,
  type Playlist,
  type PlaylistItem,
} from '../../../src/present/playlist.ts';

const item = (overrides: Partial<PlaylistItem> = {}): PlaylistItem => ({
  route: '/fatalities',
  query: 'country=NPL&v=1',
  chart: 'by-year',
  title: 'Nepal: fatalities per year',
  ...overrides,
});
const playlist = (...items: PlaylistItem[]): Playlist => ({ version: 1, items });
const base64url = (text: string) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(text)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
const encodeJson = (value: unknown) => base64url(JSON.stringify(value));

describe('the playlist in a link', () => {
  test('a playlist survives encoding, accents and all', () => {
    const list = playlist(
      item(),
      item({ route: '/', query: '', chart: undefined, title: 'Côte d’Ivoire — overview' }),
    );
    const encoded = encodePlaylist(list);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    const decoded = decodePlaylist(encoded);
    expect(decoded).toEqual({
      kind: 'valid',
      value: {
        version: 1,
        items: [list.items[0], { route: '/', query: '', title: 'Côte d’Ivoire — overview' }],
      },
    });
  });

  test('an empty value is missing, not an error', () => {
    expect(decodePlaylist('')).toEqual({ kind: 'missing' });
  });

  test('damaged text says it is damaged', () => {
    expect(decodePlaylist('not base64!')).toMatchObject({
      kind: 'invalid',
      reason: expect.stringContaining('not base64url'),
    });
    expect(decodePlaylist(encodeJson('x').slice(0, -2) + 'zz')).toMatchObject({ kind: 'invalid' });
    expect(decodePlaylist(base64url('{"version":1,'))).toMatchObject({
      kind: 'invalid',
      reason: expect.stringContaining('not JSON'),
    });
  });

  test('a link longer than the limit is refused unread', () => {
    const result = decodePlaylist('A'.repeat(MAX_LINK_CHARS + 1));
    expect(result).toMatchObject({ kind: 'invalid', reason: expect.stringContaining('characters long') });
  });

  test('more views than allowed are refused, with the number', () => {
    const many = {
      version: 1,
      items: Array.from({ length: MAX_PLAYLIST_ITEMS + 1 }, () => item({ title: 'x' })),
    };
    expect(decodePlaylist(encodeJson(many))).toEqual({
      kind: 'invalid',
      reason: `it has more than ${MAX_PLAYLIST_ITEMS} views`,
    });
  });

  test('an entry that is not a view is named by its place', () => {
    const hostile = playlist(item(), item({ route: 'javascript:alert(1)' }));
    expect(decodePlaylist(encodeJson(hostile))).toEqual({
      kind: 'invalid',
      reason: 'view 2 (route) is not a view of Blue Helmets',
    });
    expect(decodePlaylist(encodeJson(playlist(item({ route: '/playlist' }))))).toMatchObject({
      kind: 'invalid',
    });
    expect(decodePlaylist(encodeJson(playlist(item({ route: '/embed' }))))).toMatchObject({
      kind: 'invalid',
    });
    expect(decodePlaylist(encodeJson(playlist(item({ chart: '<script>' }))))).toMatchObject({
      kind: 'invalid',
      reason: expect.stringContaining('view 1 (chart)'),
    });
    expect(decodePlaylist(encodeJson(playlist(item({ title: '' }))))).toEqual({
      kind: 'invalid',
      reason: 'view 1 (title) is empty',
    });
  });

  test('another version or another shape is refused', () => {
    expect(decodePlaylist(encodeJson({ version: 0, items: [] }))).toEqual({
      kind: 'invalid',
      reason: 'it is not a version 1 Blue Helmets playlist',
    });
    expect(decodePlaylist(encodeJson({ version: 2, items: [] }))).toEqual({
      kind: 'invalid',
      reason:
        'it was made by a newer version of Blue Helmets (playlist version 2; this site reads version 1)',
    });
    expect(decodePlaylist(encodeJson([1, 2, 3]))).toMatchObject({ kind: 'invalid' });
  });
});

describe('the playlist as a file', () => {
  test('a downloaded file loads back as the same playlist', () => {
    const list = playlist(item(), item({ route: '/women', query: '', chart: undefined, title: 'Women' }));
    expect(parsePlaylistFile(playlistFileText(list))).toEqual({ kind: 'valid', value: list });
  });

  test('a file that is not JSON, or not a playlist, gets a sentence', () => {
    expect(parsePlaylistFile('<html>')).toMatchObject({
      kind: 'invalid',
      reason: expect.stringContaining('not JSON'),
    });
    expect(parsePlaylistFile('{"items": []}')).toMatchObject({
      kind: 'invalid',
      reason: expect.stringContaining('not a version 1'),
    });
    expect(parsePlaylistFile(' '.repeat(100_001))).toMatchObject({
      kind: 'invalid',
      reason: expect.stringContaining('larger than'),
    });
  });
});

describe('titles with bidirectional controls', () => {
  test('overrides, embeddings and isolates are removed, so a title reads as it is written', () => {
    const parsed = checkPlaylist(
      playlist(item({ title: '\u202Etxt.exe' }), item({ title: 'a\u2067b\u202Dc\u2069', query: 'x=1' })),
    );
    expect(parsed.kind).toBe('valid');
    if (parsed.kind !== 'valid') return;
    expect(parsed.value.items.map((i) => i.title)).toEqual(['txt.exe', 'abc']);
  });

  test('a right-to-left title keeps its letters; a title of controls alone gets a name', () => {
    expect(neutraliseTitle('نيبال: الوفيات')).toBe('نيبال: الوفيات');
    expect(neutraliseTitle('\u202E\u202C')).toBe('Untitled view');
  });
});
