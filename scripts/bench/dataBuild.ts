// `npm run data` timed in a scratch copy of the repository (the real run rewrites data/, which the
// benchmark must not touch): wall time measured here, peak memory as the pipeline itself reports it
// (process.resourceUsage().maxRSS of the process that builds the dataset).
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface DataBuildResult {
  seconds: number;
  peakMB: number | null;
  ok: boolean;
  sources: string;
  note?: string;
}

export async function runDataBuild(root: string): Promise<DataBuildResult> {
  const sources = path.resolve(root, process.env.BH_SOURCES ?? '../shared/data/sources');
  if (!existsSync(sources))
    return { seconds: NaN, peakMB: null, ok: false, sources, note: `no sources at ${sources}` };
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'bh-data-'));
  try {
    for (const entry of [
      'package.json',
      'tsconfig.json',
      'tsconfig.node.json',
      'tsconfig.app.json',
      'scripts',
      'src',
      // The pipeline keeps a generated block of docs/DATA.md fresh (the withheld values).
      'docs',
    ]) {
      cpSync(path.join(root, entry), path.join(scratch, entry), { recursive: true });
    }
    symlinkSync(path.join(root, 'node_modules'), path.join(scratch, 'node_modules'), 'dir');
    const started = performance.now();
    const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve) => {
      const child = spawn('npm', ['run', '--silent', 'data', '--', '--sources', sources], {
        cwd: scratch,
        // The page cache off: the figure is what a fresh machine takes, not a re-run.
        env: { ...process.env, CI: 'true', BH_PDF_CACHE: 'off' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let text = '';
      child.stdout.on('data', (b: Buffer) => (text += b.toString()));
      child.stderr.on('data', (b: Buffer) => (text += b.toString()));
      child.on('close', (c) => resolve({ code: c, output: text }));
    });
    const seconds = (performance.now() - started) / 1000;
    const peak = /peak memory (\d+(?:\.\d+)?) MB/.exec(output);
    return {
      seconds,
      peakMB: peak ? Number(peak[1]) : null,
      ok: code === 0,
      sources,
      note: code === 0 ? undefined : output.trim().split('\n').slice(-3).join(' '),
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
