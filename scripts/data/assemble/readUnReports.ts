import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { readReport } from '../pdf/readReport.ts';
import { readPdfCreationDate } from '../pdf/pdfText.ts';
import type { ParsedReport } from '../model.ts';
import { lookupMission } from '../missions/missions.ts';
import { establishMonth, type ReportFacts } from './establishMonth.ts';

export interface ReadReport {
  file: string;
  monthKey: string;
  report: ParsedReport;
  /** For a report that prints no date: how its month was established (one sentence each). */
  datedBy?: string[];
}

export interface SkippedReport {
  file: string;
  sameAs: string;
  /** The report date printed inside the file (the same as inside `sameAs`). */
  holds: string | null;
  reason: string;
}

export interface UnReports {
  reports: ReadReport[];
  skipped: SkippedReport[];
  /** Files that print no report date and whose month the evidence does not pin down (see establishMonth.ts). */
  undated: { file: string; fileMonth: string; reason: string }[];
}

const FILE_PATTERN = /^UN_country_contributions_(\d{4})_(\d{2})\.pdf$/;

/**
 * Reads every monthly PDF. The month comes from the date printed inside each report; a file whose
 * bytes or printed date repeat another file's is reported and left out, so no month is counted twice.
 */
export async function readUnReports(dir: string, log: (line: string) => void): Promise<UnReports> {
  const files = readdirSync(dir)
    .filter((f) => f.toLowerCase().endsWith('.pdf'))
    .sort();
  const reports: ReadReport[] = [];
  const skipped: SkippedReport[] = [];
  const undated: UnReports['undated'] = [];
  const undatedReports: { file: string; fileMonth: string | null; report: ParsedReport }[] = [];
  const byHash = new Map<string, string>();
  const byMonth = new Map<string, ReadReport>();

  for (const file of files) {
    const fileMonth = fileMonthOf(file);
    const full = path.join(dir, file);
    const hash = createHash('sha256').update(readFileSync(full)).digest('hex');
    const twin = byHash.get(hash);
    if (twin) {
      const twinReport = reports.find((r) => r.file === twin);
      const asOf = twinReport ? ` (both hold the report as of ${twinReport.report.reportDate})` : '';
      // Keep the name that agrees with the content, so the CSV's `source` column is not misleading.
      if (twinReport && fileMonth === twinReport.monthKey && fileMonthOf(twin) !== fileMonth) {
        twinReport.file = file;
        byHash.set(hash, file);
        skipped.push({
          file: twin,
          sameAs: file,
          holds: twinReport.report.reportDate,
          reason: `byte-identical to ${file}${asOf}; its own month is missing`,
        });
      } else {
        skipped.push({
          file,
          sameAs: twin,
          holds: twinReport?.report.reportDate ?? null,
          reason: `byte-identical to ${twin}${asOf}; not counted again`,
        });
      }
      log(`  ${file}: identical to ${twin}${asOf}, counted once`);
      continue;
    }
    byHash.set(hash, file);
    const started = Date.now();
    const report = await readReport(full);
    const ms = Date.now() - started;
    if (report.reportDate === null) {
      undatedReports.push({ file, fileMonth, report });
      log(
        `  ${file}: ${report.layout}, ${report.cells.length} rows, ${report.checkedTotals} printed totals checked, NO printed date (${ms} ms)`,
      );
      continue;
    }
    const monthKey = report.reportDate.slice(0, 7);
    const earlier = byMonth.get(monthKey);
    if (earlier) {
      // Two different files print the same month: keep the one whose name agrees with its content.
      const keepNew = fileMonth === monthKey && fileMonthOf(earlier.file) !== monthKey;
      const [kept, dropped] = keepNew
        ? [{ file, monthKey, report }, earlier]
        : [earlier, { file, monthKey, report }];
      skipped.push({
        file: dropped.file,
        sameAs: kept.file,
        holds: report.reportDate,
        reason: `prints the same report date (${report.reportDate}) as ${kept.file}; not counted twice`,
      });
      byMonth.set(monthKey, kept);
      if (keepNew) reports.splice(reports.indexOf(earlier), 1, kept);
      log(`  ${file}: also dated ${report.reportDate}, kept ${kept.file}`);
      continue;
    }
    const read = { file, monthKey, report };
    byMonth.set(monthKey, read);
    reports.push(read);
    const note = fileMonth !== monthKey ? ` — file name says ${fileMonth}, content says ${monthKey}` : '';
    log(
      `  ${file}: ${report.layout}, ${report.reportDate}, ${report.cells.length} rows, ${report.checkedTotals} printed totals checked (${ms} ms)${note}`,
    );
  }

  // A report without a date joins the series only when the evidence pins its month (establishMonth.ts).
  for (const { file, fileMonth, report } of undatedReports) {
    const established = establishMonth(
      { file, fileMonth, creationDate: await readPdfCreationDate(path.join(dir, file)), ...factsOf(report) },
      reports.map((r): ReportFacts => ({ file: r.file, month: r.monthKey, ...factsOf(r.report) })),
      (acronym) => lookupMission(acronym),
    );
    if (established.month === null) {
      undated.push({ file, fileMonth: fileMonth ?? '?', reason: established.reason });
      log(`  ${file}: left out — ${established.reason}`);
      continue;
    }
    reports.push({ file, monthKey: established.month, report, datedBy: established.evidence });
    log(`  ${file}: placed in ${established.month} by evidence — ${established.evidence.join(' ')}`);
  }
  reports.sort((a, b) => a.monthKey.localeCompare(b.monthKey));
  return { reports, skipped, undated };
}

function factsOf(report: ParsedReport): { missions: Set<string>; total: number } {
  const missions = new Set<string>();
  let total = 0;
  for (const c of report.cells) {
    total += c.total;
    if (c.mission !== null) missions.add(lookupMission(c.mission)?.acronym ?? c.mission.toUpperCase());
  }
  return { missions, total };
}

function fileMonthOf(file: string): string | null {
  const match = FILE_PATTERN.exec(file);
  return match ? `${match[1]}-${match[2]}` : null;
}
