// JavaScript a cold first load of each route fetches, from the build's own import graph
// (dist/.vite/manifest.json, written because vite.config.ts sets build.manifest).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSize } from './gzipSize.ts';
import type { AppRoute } from './routes.ts';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
export type ViteManifest = Record<string, ManifestChunk>;

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}

export function readViteManifest(dist: string): ViteManifest {
  const file = path.join(dist, '.vite/manifest.json');
  if (!existsSync(file)) {
    throw new Error(
      `${file} is missing: run \`npm run build\` (vite.config.ts must keep build.manifest: true)`,
    );
  }
  return JSON.parse(readFileSync(file, 'utf8')) as ViteManifest;
}

const sizeCache = new Map<string, FileSize>();
/** Raw and gzip (level 9) size of a file under dist/. */
export function fileSize(dist: string, rel: string): FileSize {
  const key = path.join(dist, rel);
  let size = sizeCache.get(key);
  if (!size) {
    const bytes = readFileSync(key);
    size = { file: rel, raw: bytes.length, gzip: gzipSize(bytes) };
    sizeCache.set(key, size);
  }
  return size;
}

/** A chunk's key plus every chunk it imports statically, transitively (what loads with it). */
function staticClosure(manifest: ViteManifest, key: string, into = new Set<string>()): Set<string> {
  if (into.has(key)) return into;
  into.add(key);
  for (const dep of manifest[key]?.imports ?? []) staticClosure(manifest, dep, into);
  return into;
}

export function entryKey(manifest: ViteManifest): string {
  const entries = Object.entries(manifest).filter(([, c]) => c.isEntry);
  const key = entries.find(([k]) => k === 'index.html')?.[0] ?? entries[0]?.[0];
  if (!key) throw new Error('the build manifest has no entry chunk');
  return key;
}

export interface RouteBundle {
  route: AppRoute;
  files: FileSize[];
  js: { raw: number; gzip: number };
  css: { raw: number; gzip: number };
}

/** Entry + its static imports + the route's lazy page chunk + its static imports, each file once. */
export function routeBundle(dist: string, manifest: ViteManifest, route: AppRoute): RouteBundle {
  if (!manifest[route.pageModule]) {
    throw new Error(`${route.pageModule} (route /${route.path}) is not in the build manifest`);
  }
  const keys = staticClosure(manifest, route.pageModule, staticClosure(manifest, entryKey(manifest)));
  const jsFiles = new Set<string>();
  const cssFiles = new Set<string>();
  for (const key of keys) {
    const chunk = manifest[key];
    if (!chunk) continue;
    if (chunk.file.endsWith('.js')) jsFiles.add(chunk.file);
    for (const css of chunk.css ?? []) cssFiles.add(css);
  }
  const files = [...jsFiles].map((f) => fileSize(dist, f));
  const cssSizes = [...cssFiles].map((f) => fileSize(dist, f));
  const sum = (xs: FileSize[]) => ({
    raw: xs.reduce((a, f) => a + f.raw, 0),
    gzip: xs.reduce((a, f) => a + f.gzip, 0),
  });
  return { route, files, js: sum(files), css: sum(cssSizes) };
}

/** Every file under a folder of dist/, relative to dist/. */
export function listFiles(dist: string, sub: string): string[] {
  const dir = path.join(dist, sub);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const rel = path.posix.join(sub, name);
    return statSync(path.join(dist, rel)).isDirectory() ? listFiles(dist, rel) : [rel];
  });
}

/**
 * The JavaScript of a route's cold first load: its static import graph plus whatever else the browser
 * fetched before the first chart appeared (chunks a page imports lazily but requests at once still
 * compete with the first chart for the network). Without a browser measurement, the graph alone.
 */
export function firstLoadJs(
  bundle: RouteBundle,
  fetchedBeforeFirstChart?: readonly FileSize[],
): { files: FileSize[]; raw: number; gzip: number } {
  const files = [...bundle.files];
  for (const f of fetchedBeforeFirstChart ?? []) if (!files.some((g) => g.file === f.file)) files.push(f);
  return { files, raw: files.reduce((a, f) => a + f.raw, 0), gzip: files.reduce((a, f) => a + f.gzip, 0) };
}
