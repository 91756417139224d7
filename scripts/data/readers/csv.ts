// A small RFC 4180 CSV parser, so the pipeline needs no CSV dependency. Every source CSV here is
// UTF-8 with a header line; fields may be quoted ("a, b", "say ""hi"""), lines end in LF or CRLF,
// and a quoted field may span lines. Rows carry the 1-based line on which they start, so a reader
// can name the exact line of a bad value.
import { readFileSync } from 'node:fs';
import { toMonthEnd } from '../model.ts';

export interface CsvRow {
  /** 1-based line number (in the file) where the row starts. */
  line: number;
  fields: string[];
}

export interface CsvTable {
  file: string;
  header: string[];
  /** Data rows, header excluded. */
  rows: CsvRow[];
}

/** A CSV that cannot be read as written. Names the file, line and (1-based) column. */
export class CsvError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number | null,
    readonly reason: string,
  ) {
    super(`${file}, line ${line}${column === null ? '' : `, column ${column}`}: ${reason}`);
    this.name = 'CsvError';
  }
}

/**
 * Splits CSV text into rows of fields. `file` is only used in error messages.
 * Blank lines (outside quotes) are skipped. A leading UTF-8 BOM is dropped.
 */
export function parseCsv(text: string, file: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  const n = text.length;

  while (i < n) {
    const rowLine = line;
    const fields: string[] = [];
    // Parse one record.
    for (;;) {
      const column = fields.length + 1;
      let value = '';
      if (text[i] === '"') {
        const openLine = line;
        i++;
        for (;;) {
          if (i >= n) {
            throw new CsvError(file, openLine, column, 'a quoted field is never closed');
          }
          const ch = text[i]!;
          if (ch === '"') {
            if (text[i + 1] === '"') {
              value += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (ch === '\n') line++;
          value += ch;
          i++;
        }
        const next = text[i];
        if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
          throw new CsvError(
            file,
            line,
            column,
            `unexpected character ${JSON.stringify(next)} after a closing quote`,
          );
        }
      } else {
        const start = i;
        while (i < n) {
          const ch = text[i]!;
          if (ch === ',' || ch === '\n' || ch === '\r') break;
          if (ch === '"') {
            throw new CsvError(
              file,
              line,
              column,
              'a quote inside an unquoted field (quote the whole field and double the quote)',
            );
          }
          i++;
        }
        value = text.slice(start, i);
      }
      fields.push(value);
      const sep = text[i];
      if (sep === ',') {
        i++;
        continue;
      }
      // End of record: CRLF, LF, lone CR or end of text.
      if (sep === '\r') i++;
      if (text[i] === '\n') i++;
      if (sep === '\r' || sep === '\n') line++;
      break;
    }
    const isBlank = fields.length === 1 && fields[0] === '';
    if (!isBlank) rows.push({ line: rowLine, fields });
  }
  return rows;
}

/**
 * Parses a CSV with a header line and checks that every row has as many fields as the header.
 * Throws CsvError naming the file and line otherwise.
 */
export function parseCsvTable(text: string, file: string): CsvTable {
  const all = parseCsv(text, file);
  const head = all[0];
  if (!head) throw new CsvError(file, 1, null, 'the file is empty (expected a header line)');
  const rows = all.slice(1);
  for (const row of rows) {
    if (row.fields.length !== head.fields.length) {
      throw new CsvError(
        file,
        row.line,
        Math.min(row.fields.length, head.fields.length) + 1,
        `expected ${head.fields.length} fields as in the header, found ${row.fields.length}`,
      );
    }
  }
  return { file, header: head.fields, rows };
}

/** Reads and parses a UTF-8 CSV file with a header line. */
export function readCsvTable(file: string): CsvTable {
  return parseCsvTable(readFileSync(file, 'utf8'), file);
}

/** The index of a named column; throws CsvError (line 1) when the header lacks it. */
export function requireColumn(table: CsvTable, name: string): number {
  const idx = table.header.indexOf(name);
  if (idx < 0) {
    throw new CsvError(table.file, 1, null, `missing column "${name}" (header: ${table.header.join(', ')})`);
  }
  return idx;
}

/**
 * Returns the index of each named column, throwing CsvError (line 1) if one is missing, so a
 * reader fails loudly when a source changes its columns.
 */
export function columnIndex<const K extends string>(table: CsvTable, names: readonly K[]): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const name of names) out[name] = requireColumn(table, name);
  return out;
}

/** The field of `row` at `index`; the table check guarantees it exists. */
export function field(row: CsvRow, index: number): string {
  return row.fields[index] ?? '';
}

/**
 * Parses a non-negative whole-number field. `na` lists the spellings that mean "not reported"
 * (returned as null). Anything else that is not a whole number throws CsvError naming file, line and
 * (1-based) column, so a stray value never becomes NaN or 0.
 */
export function parseCountField(
  table: CsvTable,
  row: CsvRow,
  index: number,
  na: readonly string[] = ['NA', ''],
): number | null {
  const raw = field(row, index).trim();
  if (na.includes(raw)) return null;
  if (!/^\d+$/.test(raw)) {
    throw new CsvError(
      table.file,
      row.line,
      index + 1,
      `"${table.header[index] ?? `column ${index + 1}`}" should be a whole number or ${na.map((s) => JSON.stringify(s)).join('/')}, found ${JSON.stringify(raw)}`,
    );
  }
  return Number(raw);
}

/**
 * Parses a YYYY-MM-DD date field of a month-end stock series and returns the month-end date of its
 * month together with the date as printed. IPI prints a few stock dates that are not the calendar
 * month-end (the 28th of February in leap years 2000/2004/2008/2012, "2002-08-30", "2003-03-30"): they
 * are the same monthly observation, so they are normalised, and `printed` keeps the original.
 * Throws CsvError for anything that is not a real calendar date.
 */
export function parseMonthDateField(
  table: CsvTable,
  row: CsvRow,
  index: number,
): { monthEnd: string; printed: string } {
  const raw = field(row, index).trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  const year = Number(m?.[1]);
  const month = Number(m?.[2]);
  const day = Number(m?.[3]);
  const monthEnd = m && month >= 1 && month <= 12 ? toMonthEnd(year, month) : undefined;
  if (!m || monthEnd === undefined || day < 1 || day > Number(monthEnd.slice(8))) {
    throw new CsvError(
      table.file,
      row.line,
      index + 1,
      `"${table.header[index] ?? `column ${index + 1}`}" should be a date YYYY-MM-DD, found ${JSON.stringify(raw)}`,
    );
  }
  return { monthEnd, printed: raw };
}
