// The page component of every view, by view name, shared by the site's routes (App.tsx), the embed
// route (#/embed/<view>) and the playlist stage. A view is a folder src/features/<name>/ with a
// default-exported <Name>Page.tsx; its route is '/<name>' ('/' for the overview, see viewLinks.ts).
// Each page stays its own lazily loaded chunk.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

type PageModule = { default: ComponentType };

const modules = import.meta.glob<PageModule>('../features/*/*Page.tsx');

interface ViewPageEntry {
  page: LazyExoticComponent<ComponentType>;
  /** Starts loading the page's code (once); resolves when it has arrived. */
  preload: () => Promise<unknown>;
}

/**
 * A lazy page whose code can be fetched before React first asks for it. Once the module has arrived,
 * the lazy component is handed a thenable that answers at once, so React draws the page in the same
 * render instead of suspending: a page preloaded at start-up (main.tsx) never shows its "Loading the
 * … view" fallback, and React's hold on content that replaces a fallback (it keeps a fallback on
 * screen for at least 300 ms) never delays the page's first paint.
 */
function preloadable(load: () => Promise<PageModule>): ViewPageEntry {
  let module: PageModule | undefined;
  let loading: Promise<PageModule> | undefined;
  const preload = () =>
    (loading ??= load().then((m) => {
      module = m;
      return m;
    }));
  const answerNow = (m: PageModule): PromiseLike<PageModule> => ({
    then: (resolve) => (resolve ? resolve(m) : m) as never,
  });
  // React.lazy accepts any thenable; the cast is the type's wish for a Promise.
  const page = lazy(() => (module ? answerNow(module) : preload()) as Promise<PageModule>);
  return { page, preload };
}

function pagesByView(): Map<string, ViewPageEntry> {
  const pages = new Map<string, ViewPageEntry>();
  for (const [file, load] of Object.entries(modules)) {
    const match = /\/features\/([^/]+)\/([^/]+)Page\.tsx$/.exec(file);
    if (!match || match[1] === undefined || match[2] === undefined) continue;
    // features/compare/ComparePage.tsx is the compare view; a second page in a folder is not a view.
    if (match[2].toLowerCase() !== match[1].toLowerCase()) continue;
    pages.set(match[1], preloadable(load));
  }
  return pages;
}

const PAGES = pagesByView();

/** The lazy page of a view, or undefined when there is no such view. */
export function viewPage(name: string): LazyExoticComponent<ComponentType> | undefined {
  return PAGES.get(name)?.page;
}

/**
 * The view a location's hash opens ('#/deployments?…' → 'deployments', '#/' → 'overview',
 * '#/embed/women?…' → 'women'), or undefined for any other page (playlist, unknown paths).
 */
export function viewOfHash(hash: string): string | undefined {
  const path = hash.replace(/^#/, '').split('?')[0] ?? '';
  const parts = path.split('/').filter((p) => p !== '');
  const name = parts[0] === 'embed' ? parts[1] : parts.length === 0 ? 'overview' : parts[0];
  return name !== undefined && parts.length <= (parts[0] === 'embed' ? 2 : 1) && PAGES.has(name)
    ? name
    : undefined;
}

/** Starts loading the page of the view the address opens (main.tsx, before the first render). */
export function preloadOpenedView(): Promise<unknown> {
  return preloadViewOfHash(window.location.hash);
}

/** Starts loading the page of the view the hash opens; resolves when it has arrived (or failed). */
export function preloadViewOfHash(hash: string): Promise<unknown> {
  const name = viewOfHash(hash);
  const entry = name === undefined ? undefined : PAGES.get(name);
  return entry ? entry.preload().catch(() => undefined) : Promise.resolve();
}

/**
 * A page the site's routes expect. If its file has gone, the route shows the view's error panel
 * (the rest of the site keeps working) rather than the whole app failing at start-up.
 */
export function requireViewPage(name: string): LazyExoticComponent<ComponentType> {
  return (
    PAGES.get(name)?.page ??
    lazy(() =>
      Promise.reject(
        new Error(`No page for the ${name} view: expected src/features/${name}/<Name>Page.tsx.`),
      ),
    )
  );
}

export function viewNames(): string[] {
  return [...PAGES.keys()].sort();
}
