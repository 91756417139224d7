// Writes the table of chart ids in docs/URLS.md (between the "chart ids" markers) from the registries,
// src/features/<view>/<view>Charts.ts. tests/unit/state/chartIdDocs.test.ts checks that it is current.
// Usage: npx tsx scripts/dev/chartIds.ts
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chartIdTable, CHART_IDS_END, CHART_IDS_START } from './chartIdTable.ts';

const file = path.resolve(import.meta.dirname, '../../docs/URLS.md');
const docs = readFileSync(file, 'utf8');
const start = docs.indexOf(CHART_IDS_START);
const end = docs.indexOf(CHART_IDS_END);
if (start < 0 || end < start) throw new Error(`docs/URLS.md has no ${CHART_IDS_START} … ${CHART_IDS_END}`);
const table = await chartIdTable();
writeFileSync(file, `${docs.slice(0, start + CHART_IDS_START.length)}\n${table}${docs.slice(end)}`);
console.log(table);
