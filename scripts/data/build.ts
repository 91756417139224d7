// npm run data [-- --sources DIR]: rebuilds data/ from the raw sources, atomically.
import path from 'node:path';
import { existsSync } from 'node:fs';
import { buildDataset, parseSourcesArg } from './buildDataset.ts';
import { writeFolderAtomically } from './assemble/writeAtomically.ts';

const root = path.resolve(import.meta.dirname, '../..');

async function main(): Promise<void> {
  const started = Date.now();
  const sourcesDir = parseSourcesArg(process.argv.slice(2), root);
  if (!existsSync(sourcesDir)) throw new Error(`no sources at ${sourcesDir}; pass --sources DIR`);
  console.log(`Reading sources from ${sourcesDir}`);
  const { files, summary } = await buildDataset({ sourcesDir, log: (line) => console.log(line) });
  writeFolderAtomically(path.join(root, 'data'), files);
  const peak = process.resourceUsage().maxRSS / 1024;
  console.log('\nSummary');
  for (const line of summary) console.log(`  ${line}`);
  console.log(`  Wrote data/ in ${((Date.now() - started) / 1000).toFixed(1)} s; peak memory ${peak.toFixed(0)} MB`);
}

main().catch((error: unknown) => {
  console.error(`\nnpm run data failed; data/ was left as it was.\n${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
