import path from 'node:path';

/** The raw sources: ../shared/data/sources beside the project, or BH_SOURCES. */
export const SOURCES_DIR =
  process.env.BH_SOURCES ?? path.resolve(import.meta.dirname, '../../../shared/data/sources');
export const PDF_DIR = path.join(SOURCES_DIR, 'contributions_un_dpo_monthly_pdf');
export const DATA_DIR = path.resolve(import.meta.dirname, '../../data');
