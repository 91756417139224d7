// npm run data:check [-- --sources DIR]: rebuilds the dataset in memory and fails if any file differs
// from the committed data/ (the manifest's build date aside). Writes nothing.
import path from 'node:path';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { buildDataset, parseSourcesArg } from './buildDataset.ts';
import { withRecord } from './assemble/recordDoc.ts';

const root = path.resolve(import.meta.dirname, '../..');
const dataDir = path.join(root, 'data');

function committedFiles(dir = dataDir, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) =>
    statSync(path.join(dir, name)).isDirectory()
      ? committedFiles(path.join(dir, name), `${prefix}${name}/`)
      : [`${prefix}${name}`],
  );
}

/** The build date is the one field that legitimately differs between two builds of the same sources. */
function withoutBuildDate(text: string): string {
  return text.replace(/"builtAt":"[^"]*"/, '"builtAt":""');
}

async function main(): Promise<void> {
  const sourcesDir = parseSourcesArg(process.argv.slice(2), root);
  if (!existsSync(sourcesDir)) {
    console.log(`data:check skipped: no sources at ${sourcesDir}`);
    return;
  }
  const started = Date.now();
  const { files, manifest } = await buildDataset({ sourcesDir, log: () => {} });
  const committed = new Set(committedFiles());
  const problems: string[] = [];
  for (const [rel, text] of files) {
    if (!committed.has(rel)) {
      problems.push(`data/${rel} is missing from the committed dataset`);
      continue;
    }
    committed.delete(rel);
    const current = readFileSync(path.join(dataDir, rel), 'utf8');
    if (withoutBuildDate(current) !== withoutBuildDate(text))
      problems.push(`data/${rel} differs from a fresh build`);
  }
  for (const rel of committed)
    problems.push(`data/${rel} is committed but a fresh build does not produce it`);
  const docs = path.join(root, 'docs', 'DATA.md');
  const docText = readFileSync(docs, 'utf8');
  try {
    if (withRecord(docText, manifest) !== docText)
      problems.push('docs/DATA.md: the generated record differs from a fresh build');
  } catch (error) {
    problems.push((error as Error).message);
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (problems.length > 0) {
    console.error(`data:check failed (${seconds} s): the committed dataset does not match its sources.`);
    for (const p of problems.slice(0, 20)) console.error(`  - ${p}`);
    if (problems.length > 20) console.error(`  … and ${problems.length - 20} more`);
    console.error('Run `npm run data` and commit data/.');
    process.exit(1);
  }
  console.log(`data:check passed: ${files.size} files match a fresh build from ${sourcesDir} (${seconds} s)`);
}

main().catch((error: unknown) => {
  console.error(`data:check failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
