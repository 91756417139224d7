// Every UN report layout family has one reader. The dispatcher in scripts/data/pdf/readReport.ts
// tries them in this order; each reader's `matches` must recognise only its own family.
import type { ReportReader } from '../../model.ts';

export const REPORT_READERS: ReportReader[] = [
  // Registered by each reader's author, one line each:
];
