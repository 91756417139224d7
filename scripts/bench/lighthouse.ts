// Lighthouse 12 (the npm CLI, in a child process) against Debian's Chromium with the project's
// Chromium flags: the mobile preset (Lighthouse's default: Moto G Power emulation, simulated slow 4G
// and 4× CPU slowdown) and the desktop preset, per route.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { CHROME_ARGS, CHROME_PATH } from '../perf/browser.ts';

const run = promisify(execFile);

export type Preset = 'mobile' | 'desktop';

export interface LighthouseResult {
  preset: Preset;
  url: string;
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  fcpMs: number | null;
  /** Failed audits of the accessibility and best-practices categories (ids), and perf hints. */
  failed: string[];
  lcpElement: string | null;
  error?: string;
}

interface LhAudit {
  score: number | null;
  numericValue?: number;
  scoreDisplayMode?: string;
  details?: { items?: { items?: { node?: { snippet?: string; selector?: string } }[] }[] };
}
interface LhReport {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, LhAudit>;
  runtimeError?: { message: string };
}

/** One run, retried once: on a loaded machine Chromium now and then drops the page mid-run. */
/** The Lighthouse CLI in Debian's Chromium with the bench's flags; the JSON report is written to `out`. */
export async function runLighthouseCli(
  root: string,
  url: string,
  out: string,
  preset: Preset,
  categories: readonly string[],
): Promise<void> {
  await run(
    process.execPath,
    [
      path.join(root, 'node_modules/lighthouse/cli/index.js'),
      url,
      '--output=json',
      `--output-path=${out}`,
      '--quiet',
      `--only-categories=${categories.join(',')}`,
      `--chrome-flags=${CHROME_ARGS.join(' ')}`,
      ...(preset === 'desktop' ? ['--preset=desktop'] : []),
    ],
    { env: { ...process.env, CHROME_PATH }, timeout: 180_000, maxBuffer: 64 * 1024 * 1024 },
  );
}

export async function runLighthouse(root: string, url: string, preset: Preset): Promise<LighthouseResult> {
  const first = await runLighthouseOnce(root, url, preset);
  return first.performance === null ? runLighthouseOnce(root, url, preset) : first;
}

async function runLighthouseOnce(root: string, url: string, preset: Preset): Promise<LighthouseResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bh-lh-'));
  const out = path.join(dir, 'report.json');
  const empty: LighthouseResult = {
    preset,
    url,
    performance: null,
    accessibility: null,
    bestPractices: null,
    lcpMs: null,
    tbtMs: null,
    cls: null,
    fcpMs: null,
    failed: [],
    lcpElement: null,
  };
  try {
    await runLighthouseCli(root, url, out, preset, ['performance', 'accessibility', 'best-practices']);
    const report = JSON.parse(readFileSync(out, 'utf8')) as LhReport;
    const score = (id: string) => report.categories[id]?.score ?? null;
    const num = (id: string) => report.audits[id]?.numericValue ?? null;
    const failed = ['accessibility', 'best-practices'].flatMap((cat) =>
      (report.categories[cat]?.auditRefs ?? [])
        .filter((ref) => {
          const a = report.audits[ref.id];
          return (
            a &&
            a.score !== null &&
            a.score < 1 &&
            a.scoreDisplayMode !== 'informative' &&
            a.scoreDisplayMode !== 'notApplicable'
          );
        })
        .map((ref) => `${cat}:${ref.id}`),
    );
    const lcpItem = report.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node;
    return {
      ...empty,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      lcpMs: num('largest-contentful-paint'),
      tbtMs: num('total-blocking-time'),
      cls: num('cumulative-layout-shift'),
      fcpMs: num('first-contentful-paint'),
      failed,
      lcpElement: lcpItem?.snippet ?? lcpItem?.selector ?? null,
      error: report.runtimeError?.message,
    };
  } catch (error) {
    return { ...empty, error: (error as Error).message.split('\n')[0] };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
