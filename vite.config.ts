import { defineConfig, minify, type Plugin, type ResolvedConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync, readdirSync, existsSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { packSeries } from './src/data/packedSeries.ts';
import { missionChunkFile, type CountryCells, type Manifest } from './src/data/schema.ts';
import { missionCellsFromCountries } from './src/data/selectors/missionContributors.ts';

const DATA_DIR = path.resolve(import.meta.dirname, 'data');

/** Every file under data/, relative to it (chunks live one or two levels deep). */
function listDataFiles(dir = DATA_DIR, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? listDataFiles(full, `${prefix}${name}/`) : [`${prefix}${name}`];
  });
}

/**
 * The bytes dist/data/ gets for a chunk: its long count series packed as differences
 * (src/data/packedSeries.ts) when that is at least 5 % smaller after gzip — totals.json and
 * population.json — else the file as it is. fetchChunk unpacks either form; data/ stays plain.
 */
function transportForm(plain: Buffer): Buffer {
  const packed = Buffer.from(JSON.stringify(packSeries(JSON.parse(plain.toString('utf8')))));
  const gzip = (b: Buffer) => gzipSync(b, { level: 9 }).length;
  return gzip(packed) < gzip(plain) * 0.95 ? packed : plain;
}

/**
 * One chunk per mission (missions/<file>.json), derived from the country chunks: a mission's page then
 * loads one small file instead of every contributor's (MINUSCA: 14.5 kB gzip instead of 147 country
 * chunks, 379 kB). Derived here, from the committed data, so the pipeline and data/ stay as they are.
 */
function missionChunks(): Map<string, Buffer> {
  const chunks = new Map<string, Buffer>();
  const manifestFile = path.join(DATA_DIR, 'manifest.json');
  const countriesDir = path.join(DATA_DIR, 'countries');
  if (!existsSync(manifestFile) || !existsSync(countriesDir)) return chunks;
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
  const countries = readdirSync(countriesDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(countriesDir, f), 'utf8')) as CountryCells);
  for (const mission of manifest.missions) {
    const cells = missionCellsFromCountries(manifest, countries, mission.acronym);
    if (cells) chunks.set(missionChunkFile(mission.acronym), Buffer.from(JSON.stringify(cells)));
  }
  return chunks;
}

/**
 * Serves the committed dataset (data/) at ./data/ in dev and copies it into dist/data/ on build.
 * The dataset stays out of public/ so that the pipeline owns one folder and nothing else writes there.
 */
function bundledDataset(): Plugin {
  return {
    name: 'blue-helmets-dataset',
    configureServer(server) {
      server.middlewares.use('/data/', (req, res, next) => {
        let rel: string;
        try {
          rel = decodeURIComponent((req.url ?? '').split('?')[0] ?? '').replace(/^\/+/, '');
        } catch {
          return next(); // broken percent-encoding ('%E0%A4%A'): not one of our files, and no 500
        }
        if (rel.startsWith('missions/')) {
          const chunk = missionChunks().get(rel);
          if (!chunk) return next();
          res.setHeader('Content-Type', 'application/json');
          res.end(chunk);
          return;
        }
        const file = path.resolve(DATA_DIR, rel);
        if (!file.startsWith(DATA_DIR + path.sep) || !existsSync(file) || statSync(file).isDirectory()) {
          return next();
        }
        res.setHeader('Content-Type', 'application/json');
        res.end(readFileSync(file));
      });
    },
    generateBundle() {
      for (const rel of listDataFiles()) {
        if (!rel.endsWith('.json')) continue;
        this.emitFile({
          type: 'asset',
          fileName: `data/${rel}`,
          source: transportForm(readFileSync(path.join(DATA_DIR, rel))),
        });
      }
      for (const [rel, chunk] of missionChunks()) {
        this.emitFile({ type: 'asset', fileName: `data/${rel}`, source: chunk });
      }
    },
  };
}

/**
 * The classic scripts in public/ (boot-check.js, embed-resize.js) are copied as written, comments and
 * all, and boot-check.js is fetched by every first load: minify the copies in dist/ (public/ keeps the
 * readable source). boot-check.js: 1.7 → 1.1 kB gzip.
 */
function minifiedPublicScripts(): Plugin {
  let config: ResolvedConfig | undefined;
  return {
    name: 'blue-helmets-minify-public-scripts',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      if (!config) return;
      for (const name of ['boot-check.js', 'embed-resize.js']) {
        const file = path.resolve(config.root, config.build.outDir, name);
        if (!existsSync(file)) continue;
        const result = await minify(name, readFileSync(file, 'utf8'), {});
        if (result.errors.length === 0) writeFileSync(file, result.code);
      }
    },
  };
}

/**
 * d3-shape's single-file build computes a few constants and every curve factory at load time
 * (`const sqrt3 = sqrt(3)`, `var cardinal = (function custom(tension) {…})(0)`). The bundler cannot tell
 * those calls are pure, so every page that draws a line also shipped all the curves and symbols it
 * never uses. Marking them /*#__PURE__*\/ lets tree-shaking drop what is not imported.
 */
function pureD3ShapeConstants(): Plugin {
  return {
    name: 'blue-helmets-pure-d3-shape',
    transform(code, id) {
      if (!/[\\/]d3-shape[\\/]dist[\\/]d3-shape\.mjs$/.test(id)) return null;
      const marked = code
        .split('\n')
        .map((line) =>
          /^(const|var) /.test(line)
            ? line
                .replace(/= \(function custom\(/, '= /*#__PURE__*/(function custom(')
                .replace(/\b(sqrt|sin|cos|curveRadial)\(/g, '/*#__PURE__*/$1(')
            : line,
        )
        .join('\n');
      return { code: marked, map: null };
    },
  };
}

/**
 * d3-scale's d3-interpolate, numbers only: keeps d3-color out of every chart's first load
 * (src/charts/numericInterpolate.ts says why). Only for d3-scale: the d3 bundle's other modules keep
 * the real package, which tree-shaking drops where unused.
 */
export function numericInterpolateForScales(): Plugin {
  const shim = path.resolve(import.meta.dirname, 'src/charts/numericInterpolate.ts');
  return {
    name: 'blue-helmets-numeric-interpolate',
    enforce: 'pre',
    resolveId(source, importer) {
      return source === 'd3-interpolate' && importer && /[\\/]d3-scale[\\/]/.test(importer) ? shim : null;
    },
  };
}

export default defineConfig({
  // Relative base + hash routes: dist/ works from any sub-path of any static server, and in iframes.
  base: './',
  plugins: [
    react(),
    bundledDataset(),
    minifiedPublicScripts(),
    pureD3ShapeConstants(),
    numericInterpolateForScales(),
  ],
  build: {
    target: 'es2022',
    // dist/.vite/manifest.json: the import graph scripts/budgets.ts reads to size each route's first load.
    manifest: true,
    reportCompressedSize: true,
    chunkSizeWarningLimit: 400,
    modulePreload: {
      // Vite's helper appends a <link rel=modulepreload> for every dependency of a lazily loaded chunk
      // before loading it, in the task that asks for it: ~0.5 ms per link at 1x CPU, and a chart
      // section has ~30. Only the views' pages, loaded from the entry chunk on the way to the first
      // paint, keep their preloads; a section's chunk is asked for while its data files download
      // (ChartList's prefetch), and the browser fetches the section's own imports in that time.
      // index.html keeps its own preloads (the entry chunk's imports, e.g. the React runtime chunk):
      // without them the entry's imports wait for the entry to be parsed, a round trip later.
      resolveDependencies: (_file, deps, { hostId, hostType }) =>
        hostType === 'html' || /(^|\/)index-[\w-]+\.js$/.test(hostId) ? deps : [],
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
