import { readPdfPages, groupLines } from './pdfText.ts';
import { REPORT_READERS } from './readers/index.ts';
import { ReportCheckError, type ParsedReport } from '../model.ts';

/** Reads one UN monthly PDF with the reader whose layout it matches. */
export async function readReport(file: string): Promise<ParsedReport> {
  const pages = await readPdfPages(file);
  const first = pages[0];
  if (!first) throw new ReportCheckError(file, null, 'the PDF has no pages');
  const firstPageText = groupLines(first)
    .map((l) => l.text)
    .join('\n');
  const reader = REPORT_READERS.find((r) => r.matches(firstPageText));
  if (!reader) {
    const found = firstPageText
      .split('\n')
      .slice(0, 3)
      .map((line) => `"${line.length > 100 ? `${line.slice(0, 100)}…` : line}"`)
      .join(' / ');
    throw new ReportCheckError(
      file,
      1,
      `no reader recognises this layout. Expected the first page of a UN contributions report in one of the ` +
        `${REPORT_READERS.length} known layouts (${REPORT_READERS.map((r) => r.layout).join(', ')}); ` +
        `found ${found || 'no text'}. If the UN changed its layout, add a reader in scripts/data/pdf/readers/ ` +
        `and register it in readers/index.ts`,
    );
  }
  return reader.read(pages, file);
}
