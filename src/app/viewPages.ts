// The page component of every view, by view name, shared by the site's routes (App.tsx), the embed
// route (#/embed/<view>) and the playlist stage. A view is a folder src/features/<name>/ with a
// default-exported <Name>Page.tsx; its route is '/<name>' ('/' for the overview, see viewLinks.ts).
// Each page stays its own lazily loaded chunk.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

type PageModule = { default: ComponentType };

const modules = import.meta.glob<PageModule>('../features/*/*Page.tsx');

function pagesByView(): Map<string, LazyExoticComponent<ComponentType>> {
  const pages = new Map<string, LazyExoticComponent<ComponentType>>();
  for (const [file, load] of Object.entries(modules)) {
    const match = /\/features\/([^/]+)\/([^/]+)Page\.tsx$/.exec(file);
    if (!match || match[1] === undefined || match[2] === undefined) continue;
    // features/compare/ComparePage.tsx is the compare view; a second page in a folder is not a view.
    if (match[2].toLowerCase() !== match[1].toLowerCase()) continue;
    pages.set(match[1], lazy(load));
  }
  return pages;
}

const PAGES = pagesByView();

/** The lazy page of a view, or undefined when there is no such view. */
export function viewPage(name: string): LazyExoticComponent<ComponentType> | undefined {
  return PAGES.get(name);
}

/**
 * A page the site's routes expect. If its file has gone, the route shows the view's error panel
 * (the rest of the site keeps working) rather than the whole app failing at start-up.
 */
export function requireViewPage(name: string): LazyExoticComponent<ComponentType> {
  return (
    PAGES.get(name) ??
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
