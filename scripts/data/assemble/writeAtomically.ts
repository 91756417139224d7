import { mkdirSync, rmSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Writes every file into a fresh temporary folder beside `target`, then swaps it in with two renames.
 * A run that fails before the swap leaves the previous dataset whole.
 */
export function writeFolderAtomically(target: string, files: Map<string, string>): void {
  const parent = path.dirname(path.resolve(target));
  const tmp = path.join(parent, `.data-tmp-${process.pid}`);
  const old = path.join(parent, `.data-old-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  try {
    for (const [rel, text] of files) {
      const file = path.join(tmp, rel);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
  if (existsSync(target)) renameSync(target, old);
  renameSync(tmp, target);
  rmSync(old, { recursive: true, force: true });
}
