import { useCallback, useEffect, useMemo } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import type { Manifest } from '../data/schema.ts';
import type { ParamContext } from './params.ts';
import {
  MODE_PARAMS,
  parseView,
  secondHashNotice,
  serializeView,
  withFollowingDefaults,
  type ViewNotice,
  type ViewSpec,
} from './viewState.ts';
import { clearPinnedView, publishPinnedView } from './pinnedView.ts';
import { queryText } from './viewLinks.ts';

export function paramContextOf(manifest: Manifest): ParamContext {
  return {
    countries: new Set(manifest.countries.map((c) => c.iso3)),
    months: manifest.months.map((m) => m.slice(0, 7)),
    firstMonths: new Map(
      manifest.countries.map((c) => [c.iso3, manifest.months[c.firstMonth]?.slice(0, 7) ?? '']),
    ),
    missions: manifest.missions.map((m) => m.acronym),
  };
}

export interface ViewHandle<V> {
  view: V;
  notices: ViewNotice[];
  /** Changes some parameters; the URL is rewritten from the whole view, so ignored values drop out. */
  update: (patch: Partial<V>) => void;
  /** The query string that reproduces this view (for links, embeds and citations). */
  search: string;
}

/**
 * The view the address describes, read only: for a part of the page drawn apart from the view's body
 * (a heading), which must not publish the pinned view or rewrite the address a second time.
 */
export function useViewValue<V>(spec: ViewSpec<V>, manifest: Manifest): V {
  const [params] = useSearchParams();
  const context = useMemo(() => paramContextOf(manifest), [manifest]);
  return useMemo(() => parseView(spec, params, context).view, [spec, params, context]);
}

export function useView<V>(spec: ViewSpec<V>, manifest: Manifest): ViewHandle<V> {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const context = useMemo(() => paramContextOf(manifest), [manifest]);
  const parsed = useMemo(() => parseView(spec, params, context), [spec, params, context]);
  const update = useCallback(
    (patch: Partial<V>) => {
      const next = serializeView(spec, withFollowingDefaults(spec, parsed.view, patch, context), context);
      // Modes that are not part of the view (present, embed) survive a control change.
      for (const keep of MODE_PARAMS) {
        const value = params.get(keep);
        if (value !== null) next.set(keep, value);
      }
      // Written through navigate, not setSearchParams (which would escape commas as %2C): the address
      // bar shows the query as every link of the site writes it (docs/URLS.md).
      const q = queryText(next);
      void navigate({ pathname, search: q ? `?${q}` : '' }, { replace: true });
    },
    [spec, parsed.view, context, params, navigate, pathname],
  );
  const search = useMemo(
    () => queryText(serializeView(spec, parsed.view, context)),
    [spec, parsed.view, context],
  );
  // Share and export controls link to the pinned view: defaults that follow the data written out.
  const pinned = useMemo(
    () => serializeView(spec, parsed.view, context, { isPinned: true }).toString(),
    [spec, parsed.view, context],
  );
  useEffect(() => {
    const own = { pathname, search: pinned };
    publishPinnedView(own);
    return () => clearPinnedView(own);
  }, [pathname, pinned]);
  // HashRouter keeps what follows a second '#' apart as the location's hash; no view reads it.
  const { hash } = useLocation();
  const notices = useMemo(
    () => (hash.length > 1 ? [...parsed.notices, secondHashNotice(hash.slice(1))] : parsed.notices),
    [hash, parsed.notices],
  );
  return { view: parsed.view, notices, update, search };
}
