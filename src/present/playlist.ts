// A playlist: an ordered list of saved views to step through on a projector. It travels three ways —
// in localStorage, in a link (?list=, base64url JSON) and as a small JSON file — and is validated the
// same way each time, with limits, so a hostile link or file gets a message rather than a page.
import * as z from '../data/shape.ts';
import type { Parsed } from '../state/params.ts';

export const PLAYLIST_VERSION = 1;
export const MAX_PLAYLIST_ITEMS = 40;
/** Longest ?list= value read; a longer one is refused unread. */
export const MAX_LINK_CHARS = 6000;
export const MAX_FILE_BYTES = 100_000;
export const MAX_TITLE_CHARS = 200;
export const MAX_QUERY_CHARS = 1000;

/** Routes a playlist may not show: itself and the embed route (a playlist inside a playlist never ends). */
const NOT_A_SLIDE = new Set(['playlist', 'embed']);

const itemSchema = z.object({
  /** Route path of the view: '/', '/fatalities'. */
  route: z.string().check(
    z.maxLength(41),
    z.refine(
      (route) =>
        route === '/' || (/^\/[a-z][a-z0-9-]{0,39}$/.test(route) && !NOT_A_SLIDE.has(route.slice(1))),
    ),
  ),
  /** The view's query without '?'; display parameters (present, chart) are not part of it. */
  query: z.string().check(z.maxLength(MAX_QUERY_CHARS)),
  /** One chart of the view, by its stable id; the whole view when absent. */
  chart: z.optional(z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,59}$/))),
  title: z.string().check(z.minLength(1), z.maxLength(MAX_TITLE_CHARS)),
});

const playlistSchema = z.object({
  version: z.literal(PLAYLIST_VERSION),
  items: z.array(itemSchema).check(z.maxLength(MAX_PLAYLIST_ITEMS)),
});

export type PlaylistItem = z.infer<typeof itemSchema>;
export type Playlist = z.infer<typeof playlistSchema>;

export const emptyPlaylist = (): Playlist => ({ version: PLAYLIST_VERSION, items: [] });

/** Validates anything (parsed JSON) as a playlist, with the first problem in words. */
export function checkPlaylist(value: unknown): Parsed<Playlist> {
  const version: unknown =
    typeof value === 'object' && value !== null
      ? Object.getOwnPropertyDescriptor(value, 'version')?.value
      : undefined;
  if (typeof version === 'number' && Number.isFinite(version) && version > PLAYLIST_VERSION) {
    return {
      kind: 'invalid',
      reason: `it was made by a newer version of Blue Helmets (playlist version ${version}; this site reads version ${PLAYLIST_VERSION})`,
    };
  }
  const result = z.safeParse(playlistSchema, value);
  if (result.success) {
    const items = result.data.items.map((item) => ({ ...item, title: neutraliseTitle(item.title) }));
    return { kind: 'valid', value: { ...result.data, items } };
  }
  const issue = result.error.issues[0];
  return { kind: 'invalid', reason: issue ? describeIssue(issue) : 'it is not a playlist' };
}

/**
 * Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) removed from a
 * title: an override makes text read differently from what it holds ("txt.exe" shown as "exe.txt")
 * and, left open, reverses the sentence it is quoted in. Right-to-left titles still read correctly:
 * the page shows each title isolated (<bdi>) and the browser orders its letters itself.
 */
export function neutraliseTitle(title: string): string {
  const cleaned = title.replace(/[\u202a-\u202e\u2066-\u2069]/g, '');
  return cleaned.trim() === '' ? 'Untitled view' : cleaned;
}

function describeIssue(issue: z.Issue): string {
  const [first, index, field] = issue.path;
  const where =
    first === 'items' && typeof index === 'number'
      ? `view ${index + 1}${field === undefined ? '' : ` (${String(field)})`}`
      : issue.path.length > 0
        ? issue.path.map(String).join('.')
        : 'the playlist';
  switch (issue.code) {
    case 'too_big':
      return first === 'items' && index === undefined
        ? `it has more than ${MAX_PLAYLIST_ITEMS} views`
        : `${where} is too long`;
    case 'too_small':
      return `${where} is empty`;
    case 'invalid_value':
      return first === 'version'
        ? `it is not a version ${PLAYLIST_VERSION} Blue Helmets playlist`
        : `${where} is not valid`;
    case 'invalid_type':
      return `${where} should be ${issue.expected === 'object' ? 'a list entry' : `a ${issue.expected}`}`;
    case 'custom':
      return `${where} is not a view of Blue Helmets`;
    default:
      return `${where} is not valid`;
  }
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** The ?list= value of a playlist: base64url of its JSON (UTF-8). */
export function encodePlaylist(playlist: Playlist): string {
  return toBase64Url(new TextEncoder().encode(JSON.stringify(playlist)));
}

/** Reads a ?list= value: valid, or invalid with a reason a reader can act on. */
export function decodePlaylist(raw: string): Parsed<Playlist> {
  if (raw.length === 0) return { kind: 'missing' };
  if (raw.length > MAX_LINK_CHARS) {
    return {
      kind: 'invalid',
      reason: `the playlist in the link is ${raw.length.toLocaleString('en')} characters long, more than the ${MAX_LINK_CHARS.toLocaleString('en')} allowed`,
    };
  }
  const bytes = fromBase64Url(raw);
  if (!bytes)
    return { kind: 'invalid', reason: 'the playlist in the link is damaged (it is not base64url text)' };
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return { kind: 'invalid', reason: 'the playlist in the link is damaged (it is not JSON)' };
  }
  return checkPlaylist(json);
}

/** The JSON file a playlist downloads as. */
export function playlistFileText(playlist: Playlist): string {
  return `${JSON.stringify({ version: playlist.version, items: playlist.items }, null, 2)}\n`;
}

/** Reads a loaded file's text (its size checked by the caller's File.size too). */
export function parsePlaylistFile(text: string): Parsed<Playlist> {
  if (text.length > MAX_FILE_BYTES) {
    return {
      kind: 'invalid',
      reason: `the file is larger than ${MAX_FILE_BYTES / 1000} kB; a playlist file is much smaller`,
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { kind: 'invalid', reason: 'the file is not JSON (was it saved from the playlist page?)' };
  }
  return checkPlaylist(json);
}
