// The layering of DEVELOPERS.md as a check (npm run layers; part of npm test):
//   data → state → charts and shared UI (ui) → export / embed / present → features → app shell
// A module may import from its own layer or the layers before it, never after. No cycles; no feature
// imports another feature. Scripts (the data pipeline) never import the app, and the app never the
// pipeline, except for the declarations both share in src/data/ (personnel types, schema).
const LAYERS = {
  data: ['^src/data/'],
  state: ['^src/state/'],
  kit: ['^src/charts/', '^src/ui/'],
  outputs: ['^src/export/', '^src/embed/', '^src/present/'],
  features: ['^src/features/'],
};

/** Layers a module of `layer` must not import: every layer after it. */
function laterThan(layer) {
  const order = Object.keys(LAYERS);
  const after = order.slice(order.indexOf(layer) + 1).flatMap((name) => LAYERS[name]);
  return [...after, '^src/app/', '^src/main\\.tsx$'];
}

module.exports = {
  forbidden: [
    ...['data', 'state', 'kit', 'outputs', 'features'].map((layer) => ({
      name: `layer-${layer}`,
      comment: `${layer} (${LAYERS[layer].join(', ')}) imports a later layer: data → state → charts/ui → export/embed/present → features → app`,
      severity: 'error',
      from: { path: LAYERS[layer] },
      to: { path: laterThan(layer) },
    })),
    {
      name: 'no-cross-feature',
      comment:
        'A feature imports another feature: move what both need to data/selectors/, the chart kit or ui/.',
      severity: 'error',
      from: { path: '^src/features/([^/]+)/' },
      to: { path: '^src/features/', pathNot: '^src/features/$1/' },
    },
    {
      name: 'no-circular',
      comment:
        'An import cycle: modules that need each other belong together, or the shared part moves down a layer.',
      severity: 'error',
      from: {},
      // A chart registry loads each chart with import() and the chart names its props type from the
      // registry: that loop has a dynamic import in it, so nothing runs in a cycle. Every other loop counts.
      to: { circular: true, viaOnly: { dependencyTypesNot: ['dynamic-import'] } },
    },
    {
      name: 'app-not-pipeline',
      comment: 'The app imports the data pipeline (scripts/): share declarations through src/data/ instead.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^scripts/' },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that does not resolve to a file.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|dist-bench|reports|data)/' },
    tsConfig: { fileName: 'tsconfig.app.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
