import { readPdfPages, groupLines } from '../data/pdf/pdfText.ts';
const [file, maxLines = '60', pageArg] = process.argv.slice(2);
const pages = await readPdfPages(file!);
console.log('pages', pages.length);
for (const p of pages) {
  if (pageArg && String(p.pageNumber) !== pageArg) continue;
  const lines = groupLines(p);
  for (const l of lines.slice(0, Number(maxLines)))
    console.log(p.pageNumber, l.y.toFixed(1), l.items.map((i) => `${i.str}@${i.x.toFixed(0)}`).join(' | '));
  if (!pageArg) break;
}
