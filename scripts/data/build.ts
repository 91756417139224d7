// npm run data [-- --sources DIR] [-- --out DIR]: rebuilds data/ (or DIR) from the raw sources,
// atomically: on any error the folder is left exactly as it was. Writing the project's own data/ also
// regenerates the record in docs/DATA.md (months placed by evidence, not reported, withheld).
import path from 'node:path';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { buildDataset, parseSourcesArg } from './buildDataset.ts';
import { writeFolderAtomically } from './assemble/writeAtomically.ts';
import { withRecord } from './assemble/recordDoc.ts';

const root = path.resolve(import.meta.dirname, '../..');

function parseOutArg(argv: string[]): string {
  const i = argv.indexOf('--out');
  const value = i >= 0 ? argv[i + 1] : undefined;
  if (i >= 0 && !value) throw new Error('--out needs a folder: npm run data -- --out DIR');
  return path.resolve(value ?? path.join(root, 'data'));
}

async function main(): Promise<void> {
  const started = Date.now();
  const argv = process.argv.slice(2);
  const sourcesDir = parseSourcesArg(argv, root);
  const outDir = parseOutArg(argv);
  if (!existsSync(sourcesDir)) throw new Error(`no sources at ${sourcesDir}; pass --sources DIR`);
  console.log(`Reading sources from ${sourcesDir}`);
  const { files, manifest, summary } = await buildDataset({ sourcesDir, log: (line) => console.log(line) });
  writeFolderAtomically(outDir, files);
  const docs = path.join(root, 'docs', 'DATA.md');
  const isProjectData = outDir === path.join(root, 'data');
  if (isProjectData) writeFileSync(docs, withRecord(readFileSync(docs, 'utf8'), manifest));
  const peak = process.resourceUsage().maxRSS / 1024;
  console.log('\nSummary');
  for (const line of summary) console.log(`  ${line}`);
  console.log(
    `  Wrote ${path.relative(root, outDir) || outDir}/${isProjectData ? ' and the record in docs/DATA.md' : ''} in ${((Date.now() - started) / 1000).toFixed(1)} s; peak memory ${peak.toFixed(0)} MB`,
  );
}

main().catch((error: unknown) => {
  console.error(
    `\nnpm run data failed; the data folder was left as it was.\n${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
