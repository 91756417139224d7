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
    throw new ReportCheckError(
      file,
      1,
      `no reader recognises this layout; its first line reads "${firstPageText.split('\n')[0] ?? ''}"`,
    );
  }
  return reader.read(pages, file);
}
