// A view's state is a record of parameters, each with a codec and a default. parseView and
// serializeView are pure, so `parseView(serializeView(view))` can be tested for every view.
import {
  MAX_PARAM_LENGTH,
  quote,
  visibleText,
  type ParamCodec,
  type ParamContext,
  type Parsed,
} from './params.ts';

/**
 * Bumped only when a parameter's meaning changes. No version has changed a meaning yet, so there is no
 * migration step: the day one does, parseView rewrites the old form first (docs/URLS.md, "Versions").
 */
export const URL_SCHEMA_VERSION = 1;

export interface ParamSpec<T> {
  codec: ParamCodec<T>;
  /**
   * The default may depend on the dataset (the latest month, say) and on the parameters before it in
   * the spec (the time range on the country's first month with personnel).
   */
  fallback: (context: ParamContext, view?: Readonly<Record<string, unknown>>) => T;
  /** Human name used in notices: "country", "time range". */
  label: string;
}

export type ViewSpec<V> = { [K in keyof V]: ParamSpec<V[K]> };

export interface ViewNotice {
  param: string;
  message: string;
}

export interface ParsedView<V> {
  view: V;
  notices: ViewNotice[];
}

/**
 * What follows a second '#' in the address (HashRouter keeps it apart as the location's hash): no view
 * reads it, and the page says so rather than dropping it in silence.
 */
export function secondHashNotice(tail: string): ViewNotice {
  return { param: '#', message: `The link has text after a second “#” (${quote(tail)}); it was ignored.` };
}

/** Parameters of the display, not of the view: every view accepts them silently (see docs/URLS.md). */
export const MODE_PARAMS = ['present', 'chart'] as const;
const RESERVED = new Set(['v', 'embed', ...MODE_PARAMS]);

export function parseView<V>(
  spec: ViewSpec<V>,
  params: URLSearchParams,
  context: ParamContext,
): ParsedView<V> {
  const view = {} as V;
  const earlier = view as Readonly<Record<string, unknown>>;
  const notices: ViewNotice[] = [];
  for (const key of Object.keys(spec) as (keyof V & string)[]) {
    const param = spec[key];
    const all = params.getAll(key);
    const raw = all[0];
    if (all.length > 1) {
      notices.push({
        param: key,
        message: `The ${param.label} was given ${all.length} times; used the first.`,
      });
    }
    if (raw === undefined || raw === '') {
      view[key] = param.fallback(context, earlier);
      continue;
    }
    if (raw.length > MAX_PARAM_LENGTH) {
      view[key] = param.fallback(context, earlier);
      notices.push({
        param: key,
        message: `The ${param.label} in the link is ${raw.length.toLocaleString('en')} characters long and was ignored; showing the default.`,
      });
      continue;
    }
    const parsed = safeParse(param.codec, raw, context);
    if (parsed.kind === 'valid') {
      view[key] = parsed.value;
      continue;
    }
    if (parsed.kind === 'invalid') {
      view[key] = param.fallback(context, earlier);
      notices.push({
        param: key,
        message: `Ignored the ${param.label}: ${parsed.reason}. Showing the default instead.`,
      });
      continue;
    }
    view[key] = param.fallback(context, earlier);
  }
  for (const key of new Set(params.keys())) {
    // Own keys only: '__proto__', 'constructor' or 'toString' in a link are unknown parameters too.
    if (!Object.hasOwn(spec, key) && !RESERVED.has(key)) {
      notices.push({
        param: key,
        message: `The link has a parameter this view does not know (${quoteKey(key)}); it was ignored.`,
      });
    }
  }
  const version = params.get('v');
  if (version !== null && version !== String(URL_SCHEMA_VERSION)) {
    notices.push({
      param: 'v',
      message: `The link says it was made for URL version ${quoteKey(version)}; read it as version ${URL_SCHEMA_VERSION}.`,
    });
  }
  return { view, notices };
}

function quoteKey(key: string): string {
  return `“${visibleText(key, 30)}”`;
}

/** A codec that throws (a bug, or input nobody foresaw) gives a notice, not a crashed view. */
function safeParse<T>(codec: ParamCodec<T>, raw: string, context: ParamContext): Parsed<T> {
  try {
    return codec.parse(raw, context);
  } catch {
    return { kind: 'invalid', reason: `${quote(raw)} could not be read` };
  }
}

const EMPTY_CONTEXT: ParamContext = { countries: new Set(), months: [] };

export interface SerializeOptions {
  /**
   * Also write the parameters whose default follows the dataset (the latest month, the full range),
   * so that a permalink or a citation still shows the same view after the data is updated.
   */
  isPinned?: boolean;
}

function dependsOnData<T>(param: ParamSpec<T>, fallback: T): boolean {
  try {
    return !param.codec.equals(fallback, param.fallback(EMPTY_CONTEXT));
  } catch {
    return true; // a fallback that cannot run without data certainly depends on it
  }
}

/** Writes only the parameters that differ from their default, plus the URL schema version. */
export function serializeView<V>(
  spec: ViewSpec<V>,
  view: V,
  context: ParamContext,
  options: SerializeOptions = {},
): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(spec) as (keyof V & string)[]) {
    const param = spec[key];
    const value = view[key];
    const fallback = param.fallback(context, view as Readonly<Record<string, unknown>>);
    const isDefault = param.codec.equals(value, fallback);
    // A default that changes when the dataset is empty depends on the dataset (fallbacks are pure).
    const followsData = options.isPinned === true && dependsOnData(param, fallback);
    if (isDefault && !followsData) continue;
    params.set(key, param.codec.serialize(value));
  }
  if ([...params.keys()].length > 0) params.set('v', String(URL_SCHEMA_VERSION));
  return params;
}

/**
 * The view after `patch`, where every parameter the patch leaves alone that was at its default stays at
 * its default under the new values (a time range that followed the old country follows the new one);
 * a parameter the reader set is kept as it is.
 */
export function withFollowingDefaults<V>(
  spec: ViewSpec<V>,
  view: V,
  patch: Partial<V>,
  context: ParamContext,
): V {
  const next = { ...view, ...patch };
  for (const key of Object.keys(spec) as (keyof V & string)[]) {
    if (Object.hasOwn(patch, key)) continue;
    const param = spec[key];
    const wasDefault = param.codec.equals(
      view[key],
      param.fallback(context, view as Readonly<Record<string, unknown>>),
    );
    if (wasDefault) next[key] = param.fallback(context, next);
  }
  return next;
}
