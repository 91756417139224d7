import os from 'node:os';
import { execFileSync } from 'node:child_process';

export interface Machine {
  cpu: string;
  cores: number;
  ramGB: number;
  os: string;
  node: string;
  date: string;
  browser: string;
  /** 1-minute load average when the run started and ended: other work on the machine skews timings. */
  load: string;
}

export function describeMachine(browserVersion: string, chromePath: string): Machine {
  let browser = `Chromium ${browserVersion}`;
  try {
    browser = execFileSync(chromePath, ['--version'], { encoding: 'utf8' }).trim() || browser;
  } catch {
    // keep the version Playwright reported
  }
  let distro = `${os.type()} ${os.release()}`;
  try {
    const release = execFileSync('cat', ['/etc/os-release'], { encoding: 'utf8' });
    const pretty = /^PRETTY_NAME="?([^"\n]+)"?/m.exec(release)?.[1];
    if (pretty) distro = `${pretty}, kernel ${os.release()}`;
  } catch {
    // not Linux
  }
  return {
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown CPU',
    cores: os.cpus().length,
    ramGB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    os: distro,
    node: process.version,
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    browser,
    load: os.loadavg()[0]?.toFixed(1) ?? '?',
  };
}
