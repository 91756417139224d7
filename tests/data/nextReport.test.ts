// Adding next month's report, as a maintainer does it (README, docs/DATA.md): drop the PDF into the
// sources folder and run `npm run data`. Built here from a copy of the sources (links to the real
// files) that holds every non-PDF source and the last few UN reports, first without the last report and
// then with it; and once more with a PDF in a layout no reader knows.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdtempSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  cpSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { buildDataset } from '../../scripts/data/buildDataset.ts';
import { writeFolderAtomically } from '../../scripts/data/assemble/writeAtomically.ts';
import { writeCsvFiles } from '../../scripts/export/writeCsv.ts';
import type { CountryCells, Manifest, Totals, YearCrossSection } from '../../src/data/schema.ts';
import { latestReportedMonth } from '../../src/data/selectors/months.ts';
import { monthlyTotals } from '../../src/data/selectors/monthlyCells.ts';
import { PDF_DIR, SOURCES_DIR } from './sourcesDir.ts';

const root = path.resolve(import.meta.dirname, '../..');
const LAST = 'UN_country_contributions_2025_07.pdf';
/** The reports before the last one that the copy keeps (all of them would only make the test slower). */
const KEPT_BEFORE = ['UN_country_contributions_2025_05.pdf', 'UN_country_contributions_2025_06.pdf'];

let work: string;

/** A sources folder like ../shared/data/sources, its files linked, with the given UN reports. */
function sourcesWith(name: string, reports: string[], extra: Record<string, Buffer> = {}): string {
  const dir = path.join(work, name);
  mkdirSync(path.join(dir, 'contributions_un_dpo_monthly_pdf'), { recursive: true });
  for (const entry of readdirSync(SOURCES_DIR)) {
    if (entry === 'contributions_un_dpo_monthly_pdf') continue;
    symlinkSync(path.join(SOURCES_DIR, entry), path.join(dir, entry));
  }
  for (const file of reports)
    symlinkSync(path.join(PDF_DIR, file), path.join(dir, 'contributions_un_dpo_monthly_pdf', file));
  for (const [file, bytes] of Object.entries(extra))
    writeFileSync(path.join(dir, 'contributions_un_dpo_monthly_pdf', file), bytes);
  return dir;
}

/** Builds into data folder `name` under the work folder, as `npm run data -- --out` does. */
async function buildInto(name: string, sourcesDir: string): Promise<string> {
  const out = path.join(work, name);
  const { files } = await buildDataset({ sourcesDir, log: () => {}, builtAt: '2025-08-15T00:00:00.000Z' });
  writeFolderAtomically(out, files);
  writeCsvFiles(out, path.join(out, 'csv'));
  return out;
}

const json = <T>(dir: string, rel: string): T => JSON.parse(readFileSync(path.join(dir, rel), 'utf8')) as T;

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) =>
    statSync(path.join(dir, name)).isDirectory()
      ? listFiles(path.join(dir, name), `${prefix}${name}/`)
      : [`${prefix}${name}`],
  );
}

function fingerprint(dir: string): Record<string, string> {
  return Object.fromEntries(
    listFiles(dir)
      .sort()
      .map((rel) => [
        rel,
        createHash('sha256')
          .update(readFileSync(path.join(dir, rel)))
          .digest('hex'),
      ]),
  );
}

/** A valid one-page PDF whose only text is `lines`, as a report in an unknown layout would be. */
function pdfWithText(lines: string[]): Buffer {
  const text = lines.map((l, i) => `BT /F1 12 Tf 72 ${720 - i * 20} Td (${l}) Tj ET`).join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) body += `${String(o).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

let before: string;
let after: string;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'bh-next-report-'));
  before = await buildInto('data-before', sourcesWith('sources-before', KEPT_BEFORE));
  after = await buildInto('data-after', sourcesWith('sources-after', [...KEPT_BEFORE, LAST]));
}, 180_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('adding next month’s report: drop the PDF into the sources folder and run npm run data', () => {
  test('the manifest grows by one month, read from the new file and checked against its printed totals', () => {
    const a = json<Manifest>(before, 'manifest.json');
    const b = json<Manifest>(after, 'manifest.json');
    expect(a.months.at(-1)).toBe('2025-06-30');
    expect(b.months).toEqual([...a.months, '2025-07-31']);
    expect(b.monthInfo.slice(0, -1)).toEqual(a.monthInfo);
    expect(b.monthInfo.at(-1)).toMatchObject({
      status: 'ok',
      file: LAST,
      layout: 'mission-country-type-2021',
    });
    const last = b.monthInfo.at(-1);
    expect(last?.status === 'ok' && last.checkedTotals).toBeGreaterThan(100);
    expect(b.version).toMatch(/^2025-07\./);
    expect(a.version).toMatch(/^2025-06\./);
  });

  test('nothing else in the manifest changes but the month axis, coverage and what depends on the last month', () => {
    const a = json<Manifest>(before, 'manifest.json');
    const b = json<Manifest>(after, 'manifest.json');
    const stable = (m: Manifest) => ({
      ...m,
      version: '',
      months: [],
      monthInfo: [],
      chunks: {},
      countries: m.countries.map((c) => ({ iso3: c.iso3, name: c.name, firstMonth: c.firstMonth })),
      sources: m.sources.map((s) =>
        s.id === 'un-pdf' ? { ...s, coverage: { ...s.coverage, to: '' }, records: 0, files: 0 } : s,
      ),
    });
    expect(stable(b)).toEqual(stable(a));
    // The chunks whose bytes change are exactly those that hold July 2025.
    const changed = Object.keys(b.chunks).filter((k) => b.chunks[k]?.bytes !== a.chunks[k]?.bytes);
    expect(
      changed.filter((k) => k.startsWith('years/') || k === 'fatalities.json' || k === 'population.json'),
    ).toEqual(['years/2025.json']);
  });

  test('every series in totals.json keeps its values and gains July 2025', () => {
    const a = json<Totals>(before, 'totals.json');
    const b = json<Totals>(after, 'totals.json');
    for (const [iso3, series] of Object.entries(b.countries)) {
      const old = a.countries[iso3];
      const n = (old ?? series).total.length;
      expect(series.total.slice(0, -1), iso3).toEqual(old ? old.total : series.total.slice(0, n - 1));
      expect(series.female.slice(0, -1), iso3).toEqual(old ? old.female : series.female.slice(0, n - 1));
    }
    expect(b.world.total.slice(0, -1)).toEqual(a.world.total);
    expect(b.world.total.at(-1)).toBeGreaterThan(0);
    expect(b.countries.BGD?.total.length).toBe((a.countries.BGD?.total.length ?? 0) + 1);
  });

  test('country files gain July 2025’s cells and keep every other cell; other years and the CSV’s earlier rows are unchanged', () => {
    const b = json<Manifest>(after, 'manifest.json');
    const lastIndex = b.months.length - 1;
    for (const file of readdirSync(path.join(after, 'countries'))) {
      const cellsAfter = json<CountryCells>(after, `countries/${file}`);
      const keep = cellsAfter.month.map((m) => m !== lastIndex);
      const older = Object.fromEntries(
        Object.entries(cellsAfter).map(([k, v]) => [k, Array.isArray(v) ? v.filter((_, i) => keep[i]) : v]),
      );
      const cellsBefore = existsSync(path.join(before, 'countries', file))
        ? json<CountryCells>(before, `countries/${file}`)
        : null;
      if (cellsBefore) expect(older, file).toEqual(cellsBefore);
      else
        expect(
          cellsAfter.month.every((m) => m === lastIndex),
          file,
        ).toBe(true);
    }
    for (const file of readdirSync(path.join(before, 'years')).filter((f) => f !== '2025.json')) {
      expect(readFileSync(path.join(after, 'years', file), 'utf8'), file).toBe(
        readFileSync(path.join(before, 'years', file), 'utf8'),
      );
    }
    const y = json<YearCrossSection>(after, 'years/2025.json');
    const yOld = json<YearCrossSection>(before, 'years/2025.json');
    expect(y.month.filter((m) => m !== lastIndex)).toEqual(yOld.month);
    const csvBefore = readFileSync(path.join(before, 'csv', 'contributions.csv'), 'utf8')
      .trimEnd()
      .split('\n');
    const csvAfter = readFileSync(path.join(after, 'csv', 'contributions.csv'), 'utf8')
      .trimEnd()
      .split('\n');
    const added = csvAfter.slice(csvBefore.length);
    expect(csvAfter.slice(0, csvBefore.length)).toEqual(csvBefore);
    expect(added.length).toBeGreaterThan(500);
    expect(added.every((line) => line.startsWith('2025-07-31,') && line.endsWith(`,${LAST}`))).toBe(true);
    for (const file of ['fatalities.csv', 'population.csv']) {
      expect(readFileSync(path.join(after, 'csv', file), 'utf8')).toBe(
        readFileSync(path.join(before, 'csv', file), 'utf8'),
      );
    }
  });

  test('the views move on by one month: the latest report is July 2025, and a country’s line gains a point', () => {
    const a = json<Manifest>(before, 'manifest.json');
    const b = json<Manifest>(after, 'manifest.json');
    expect(b.months[latestReportedMonth(b)]).toBe('2025-07-31');
    expect(latestReportedMonth(b)).toBe(latestReportedMonth(a) + 1);
    const line = monthlyTotals(b, json<CountryCells>(after, 'countries/BGD.json'));
    expect(line.slice(0, -1)).toEqual(monthlyTotals(a, json<CountryCells>(before, 'countries/BGD.json')));
    expect(line.at(-1)).toBeGreaterThan(0);
  });
});

describe('a report in a layout no reader knows', () => {
  test('stops npm run data with the file, what was expected and what was found, and leaves the data folder byte-identical', async () => {
    const sources = sourcesWith('sources-unknown', [...KEPT_BEFORE, LAST], {
      'UN_country_contributions_2025_08.pdf': pdfWithText([
        'Peacekeeping Contributions Quarterly',
        'Country Troops Police',
      ]),
    });
    const out = path.join(work, 'data-unknown');
    cpSync(before, out, { recursive: true });
    const fingerprintBefore = fingerprint(out);
    const run = promisify(execFile);
    const failure = await run('npx', ['tsx', 'scripts/data/build.ts', '--sources', sources, '--out', out], {
      cwd: root,
    }).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    const message = failure?.stderr ?? '';
    expect(message).toContain('npm run data failed; the data folder was left as it was.');
    expect(message).toContain(
      'UN_country_contributions_2025_08.pdf, page 1: no reader recognises this layout',
    );
    expect(message).toContain(
      'Expected the first page of a UN contributions report in one of the 11 known layouts',
    );
    expect(message).toContain('mission-country-type-2021');
    expect(message).toContain('found "Peacekeeping Contributions Quarterly" / "Country Troops Police"');
    expect(message).toContain('add a reader in scripts/data/pdf/readers/');
    expect(fingerprint(out)).toEqual(fingerprintBefore);
  }, 120_000);
});
