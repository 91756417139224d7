// Addresses of views. Routes are hash routes, so every link is the deployment's address (the
// document's base URI, passed in: nothing here reads window.location) with a new fragment. A view's
// name is its route segment ('/fatalities' → 'fatalities'); the index route is the 'overview'.
import { MODE_PARAMS } from './viewState.ts';

export const INDEX_VIEW = 'overview';
const VIEW_NAME = /^[a-z][a-z0-9-]{0,39}$/;

/** The view a route path shows: '/' → 'overview', '/compare' → 'compare'; null for anything deeper. */
export function viewNameOfPath(pathname: string): string | null {
  const trimmed = pathname.replace(/\/+$/, '');
  if (trimmed === '') return INDEX_VIEW;
  const name = trimmed.slice(1);
  return trimmed.startsWith('/') && VIEW_NAME.test(name) ? name : null;
}

/** The route path of a view: 'overview' → '/', 'compare' → '/compare'. */
export function pathOfView(name: string): string {
  return name === INDEX_VIEW ? '/' : `/${name}`;
}

export function isViewName(name: string): boolean {
  return VIEW_NAME.test(name);
}

/** The query without the display parameters (present, chart): what a view is, not how it is shown. */
export function viewQuery(search: string | URLSearchParams): URLSearchParams {
  const params = new URLSearchParams(search);
  for (const key of MODE_PARAMS) params.delete(key);
  return params;
}

/**
 * A query as the site writes it (without '?'): commas and colons unescaped. Both are legal in a query
 * (RFC 3986 sub-delimiters) and read better in the address bar and a citation (docs/URLS.md);
 * URLSearchParams reads `%2C` and `,` alike, so older links with `%2C` still open.
 */
export function queryText(query: URLSearchParams | string): string {
  return query.toString().replace(/%2C/gi, ',').replace(/%3A/gi, ':');
}

/** '#/path?query' — a link inside this deployment, relative to the page (for hrefs). */
export function hashHref(path: string, query: URLSearchParams | string = ''): string {
  const q = queryText(query);
  return `#${path}${q ? `?${q}` : ''}`;
}

/** The absolute address of a route in this deployment. */
export function absoluteHref(baseURI: string, path: string, query: URLSearchParams | string = ''): string {
  return new URL(hashHref(path, query), baseURI).href;
}

/** The embed address of one chart of a view: '#/embed/<view>?<query>&chart=<id>'. */
export function embedHref(
  baseURI: string,
  view: string,
  query: URLSearchParams | string,
  chart?: string,
): string {
  const params = viewQuery(query);
  if (chart) params.set('chart', chart);
  return absoluteHref(baseURI, `/embed/${view}`, params);
}

/** The address of the resizer script that ships beside index.html (public/embed-resize.js). */
export function resizerScriptHref(baseURI: string): string {
  const url = new URL('embed-resize.js', baseURI);
  url.hash = '';
  url.search = '';
  return url.href;
}
