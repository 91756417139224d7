// The app's routes and each view's URL parameters, read from the source so that browser tests follow
// the app as views are added: routes from `export const routes` in src/app/App.tsx (it cannot be
// imported in Node: it creates a hash router at load), parameters from the view specs in
// src/features/<view>/*View.ts (plain modules). A nested route group would need this parser extended;
// hostileUrls.spec.ts cross-checks the result against the navigation the page actually renders.
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ParamContext } from '../../src/state/params.ts';
import { paramContextOf } from '../../src/state/useView.ts';
import type { ViewSpec } from '../../src/state/viewState.ts';
import type { Manifest } from '../../src/data/schema.ts';

const root = path.resolve(import.meta.dirname, '../..');

export interface AppRoute {
  /** '/fatalities', '/embed/:view'; '/' for the index route; '*' for the catch-all. */
  path: string;
  /** The name given to view(…) in App.tsx, when the route renders one. */
  view: string | null;
  /** Inside the site's layout (menu, footer), or a route of its own such as the embed route. */
  inLayout: boolean;
}

export function appRoutes(): AppRoute[] {
  const source = readFileSync(path.join(root, 'src/app/App.tsx'), 'utf8');
  const start = source.indexOf('export const routes');
  if (start < 0) throw new Error('src/app/App.tsx no longer exports `routes`; update tests/e2e/appRoutes.ts');
  const body = source.slice(start);
  const found: AppRoute[] = [];
  const entry =
    /\{\s*(?:index:\s*true|path:\s*['"]([^'"]*)['"])\s*,\s*element:\s*(?:view\(\s*['"]([^'"]+)['"])?/g;
  for (const match of body.matchAll(entry)) {
    const raw = match[1];
    const view = match[2] ?? null;
    // Children of the layout are written relative ('fatalities'), routes of their own absolute ('/embed/:view').
    if (raw === undefined) found.push({ path: '/', view, inLayout: true });
    else if (raw === '*') found.push({ path: '*', view: null, inLayout: true });
    else if (raw === '/' && view === null)
      continue; // the layout route
    else found.push({ path: `/${raw.replace(/^\/+/, '')}`, view, inLayout: !raw.startsWith('/') });
  }
  if (!found.some((r) => r.path === '/') || !found.some((r) => r.path === '*')) {
    throw new Error(`could not read the routes of src/app/App.tsx (found ${JSON.stringify(found)})`);
  }
  return found;
}

/** Every parameter spec exported by src/features/<view>/*View.ts, or null when the view has none. */
export async function viewSpecOf(view: string): Promise<ViewSpec<Record<string, unknown>> | null> {
  const dir = path.join(root, 'src/features', view);
  if (!existsSync(dir)) return null;
  for (const file of readdirSync(dir)
    .filter((f) => /View\.ts$/.test(f))
    .sort()) {
    const module = (await import(pathToFileURL(path.join(dir, file)).href)) as Record<string, unknown>;
    const specs = Object.entries(module).filter(([, value]) => isViewSpec(value));
    const preferred = specs.find(([name]) => name === `${view}Spec`) ?? specs[0];
    if (preferred) return preferred[1] as ViewSpec<Record<string, unknown>>;
  }
  return null;
}

function isViewSpec(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const entries = Object.values(value);
  return (
    entries.length > 0 &&
    entries.every(
      (p) =>
        typeof p === 'object' &&
        p !== null &&
        'codec' in p &&
        'fallback' in p &&
        typeof (p as { codec: { parse?: unknown } }).codec.parse === 'function',
    )
  );
}

/** The same context the app builds from the manifest. */
export function paramContextFromDataset(): ParamContext {
  const manifest = JSON.parse(readFileSync(path.join(root, 'data/manifest.json'), 'utf8')) as Manifest;
  return paramContextOf(manifest);
}

/** Views as src/app/viewPages.ts finds them: folders with a <Name>Page.tsx. */
export function viewFolders(): string[] {
  const features = path.join(root, 'src/features');
  return readdirSync(features)
    .filter((name) => {
      const dir = path.join(features, name);
      return (
        statSync(dir).isDirectory() && readdirSync(dir).some((f) => f.toLowerCase() === `${name}page.tsx`)
      );
    })
    .sort();
}
