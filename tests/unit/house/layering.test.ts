// The layering check (.dependency-cruiser.cjs) must fail on the imports it exists to stop. Each case
// writes a tiny source tree into a temporary folder and runs the real depcruise command with the
// project's real rules, as `npm run layers` does on src/.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const CONFIG = join(ROOT, '.dependency-cruiser.cjs');
const DEPCRUISE = join(ROOT, 'node_modules/.bin/depcruise');
const TSCONFIG = {
  compilerOptions: {
    module: 'ESNext',
    moduleResolution: 'bundler',
    allowImportingTsExtensions: true,
    noEmit: true,
  },
};

let dir = '';
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = '';
});

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

/** Writes the files (path → source) and returns the rules depcruise reports broken. */
function violationsOf(files: Record<string, string>): Violation[] {
  dir = mkdtempSync(join(tmpdir(), 'bh-layers-'));
  writeFileSync(join(dir, 'tsconfig.app.json'), JSON.stringify(TSCONFIG));
  for (const [path, source] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), source);
  }
  let out: string;
  try {
    out = execFileSync(DEPCRUISE, ['src', '--config', CONFIG, '--output-type', 'json'], {
      cwd: dir,
      encoding: 'utf8',
    });
  } catch (error) {
    // depcruise exits non-zero when it finds violations; its report is still on stdout.
    out = String((error as { stdout?: string }).stdout ?? '');
  }
  const report = JSON.parse(out) as { summary: { violations: Violation[] } };
  return report.summary.violations;
}

const FEATURE = "export const page = 'deployments';\n";

describe('the layering check', () => {
  it('passes a tree that imports only downwards', () => {
    const violations = violationsOf({
      'src/data/months.ts': 'export const months = 12;\n',
      'src/state/view.ts': "import { months } from '../data/months.ts';\nexport const view = months;\n",
      'src/features/deployments/page.ts':
        "import { view } from '../../state/view.ts';\nexport const page = view;\n",
    });
    expect(violations).toEqual([]);
  }, 30_000);

  it('fails when the data layer imports a feature', () => {
    const violations = violationsOf({
      'src/features/deployments/page.ts': FEATURE,
      'src/data/selector.ts':
        "import { page } from '../features/deployments/page.ts';\nexport const s = page;\n",
    });
    expect(violations.map((v) => v.rule.name)).toEqual(['layer-data']);
  }, 30_000);

  it('fails when the chart kit reaches up into the app shell', () => {
    const violations = violationsOf({
      'src/app/viewPages.ts': 'export const pages = [];\n',
      'src/charts/Chart.ts': "import { pages } from '../app/viewPages.ts';\nexport const c = pages;\n",
    });
    expect(violations.map((v) => v.rule.name)).toEqual(['layer-kit']);
  }, 30_000);

  it('fails when one feature imports another', () => {
    const violations = violationsOf({
      'src/features/deployments/page.ts': FEATURE,
      'src/features/claims/claims.ts':
        "import { page } from '../deployments/page.ts';\nexport const c = page;\n",
    });
    expect(violations.map((v) => v.rule.name)).toEqual(['no-cross-feature']);
  }, 30_000);

  it('lets a registry load its charts with import() while the charts name the registry types', () => {
    const violations = violationsOf({
      'src/features/women/womenCharts.ts':
        "export interface Props { n: number }\nexport const load = () => import('./charts/Share.ts');\n",
      'src/features/women/charts/Share.ts':
        "import type { Props } from '../womenCharts.ts';\nexport const share = (p: Props) => p.n;\n",
    });
    expect(violations).toEqual([]);
  }, 30_000);

  it('fails on an import cycle, even inside one layer', () => {
    const violations = violationsOf({
      'src/export/a.ts': "import { b } from './b.ts';\nexport const a = () => b;\n",
      'src/export/b.ts': "import { a } from './a.ts';\nexport const b = () => a;\n",
    });
    expect(new Set(violations.map((v) => v.rule.name))).toEqual(new Set(['no-circular']));
  }, 30_000);
});
