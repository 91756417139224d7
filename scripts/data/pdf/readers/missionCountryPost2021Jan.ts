// Reader for UN_country_contributions_2021_01.pdf, "Summary of Contribution to UN Peacekeeping by
// Mission, Country and Post: Police, UN Military Experts on Mission, Staff Officers and Troops,
// 31/01/2021". Header "Mission | Contributor | Description | Male | Female | Total" (repeated at the
// top of every page; no page footers). The table is a strict hierarchy, one line each:
//   BINUH 10 3 13                      mission, with its subtotal printed on the mission's own line
//     Benin 2 0 2                      contributor, with its subtotal
//       Individual Police 2 0 2        personnel type rows ("Contingent Troops", "FPU", "Staff Officer",
//                                      "Experts on Mission", "Individual Police")
//   Grand Total 76,169 5,763 81,932
// Mission, contributor and type are told apart by their column (x) and the type by its label.
//
// How `matches` keeps this apart from the 2019-11 … 2020-12 mission-first layout (another reader):
// both titles start "Summary of Contribution to UN Peacekeeping by Mission, Country and Post", and
// 2020-02 … 2020-12 even print the same header "Mission Contributor Description Male Female Total".
// The robust discriminator is where the subtotals sit: here the line right after the header is the
// first mission WITH its subtotal ("BINUH 10 3 13"), whereas 2019-11 … 2020-12 print the mission name
// alone ("BINUH") and its total after its rows. (2020 also prints lower-case types: "police".)
//
// Totals checked (each printed figure counts once in checkedTotals): every type row's Total = Male +
// Female; every contributor subtotal (male, female, total) against its type rows; every mission
// subtotal against its type rows; the Grand Total against all rows.
//
// Rows printed as 0 / 0 / 0 (e.g. Fiji, UNMHA) are kept as cells: they are what the report prints.
// Consumers that count missions or contributors should count cells with total > 0.
import { ReportCheckError, type ParsedReport, type ReportCell, type ReportReader } from '../../model.ts';
import { parseCount, type PdfPage } from '../pdfText.ts';
import {
  TotalChecker,
  addTo,
  describeLine,
  joinName,
  lineText,
  linesOf,
  monthEndOfDmy,
  personnelTypeOf,
  sumCells,
  zeroTriple,
  type Triple,
} from './itemLines2021.ts';

export const LAYOUT = 'mission-country-post-2021-01';

const HEADER = /^Mission Contributor Description Male Female Total$/;

interface Open {
  name: string;
  page: number;
  printed: Triple;
  sum: Triple;
}

export const missionCountryPost2021JanReader: ReportReader = {
  layout: LAYOUT,

  matches(firstPageText: string): boolean {
    if (!/Summary of Contribution to UN Peacekeeping/.test(firstPageText)) return false;
    if (!/by Mission, Country and Post/.test(firstPageText.replace(/\s+/g, ' '))) return false;
    const lines = firstPageText.split('\n');
    const header = lines.findIndex((l) => HEADER.test(l));
    // The first mission carries its subtotal on its own line: "BINUH 10 3 13".
    return header >= 0 && /^[A-Z][A-Z0-9-]+ [\d,]+ [\d,]+ [\d,]+$/.test(lines[header + 1] ?? '');
  },

  read(pages: PdfPage[], file: string): ParsedReport {
    const checks = new TotalChecker(file);
    const cells: ReportCell[] = [];
    let reportDate: string | null = null;
    let mission: Open | null = null;
    let country: Open | null = null;
    let grandTotal: Triple | null = null;

    const closeCountry = (): void => {
      if (!country || !mission) return;
      checks.expectTriple(
        country.page,
        `${mission.name}, contributor ${country.name}`,
        country.printed,
        country.sum,
      );
      country = null;
    };
    const closeMission = (): void => {
      closeCountry();
      if (!mission) return;
      checks.expectTriple(mission.page, `Mission ${mission.name}`, mission.printed, mission.sum);
      mission = null;
    };

    for (const page of pages) {
      const p = page.pageNumber;
      const lines = linesOf(page.items);
      const headerIndex = lines.findIndex((l) => HEADER.test(lineText(l)));
      if (headerIndex < 0) throw new ReportCheckError(file, p, 'no column header line');
      const header = lines[headerIndex]!;
      if (p === 1) {
        // The date ends the title: "…Staff Officers and Troops, 31/01/2021".
        for (const line of lines.slice(0, headerIndex))
          reportDate ??= monthEndOfDmy(lineText(line), file, p) ?? null;
        if (reportDate === null) throw new ReportCheckError(file, p, 'no dd/mm/yyyy date in the title');
      }
      const x = (label: string): number => header.items.find((i) => i.str === label)!.x;
      // Missions are printed left of the Contributor header, contributors under it, types further in.
      const contributorFrom = (x('Mission') + x('Contributor')) / 2;
      const typeFrom = (x('Contributor') + x('Description')) / 2;
      const numbersFrom = x('Male') - 30;

      for (const line of lines.slice(headerIndex + 1)) {
        const texts = line.items.filter((i) => i.x < numbersFrom);
        const counts = line.items.filter((i) => i.x >= numbersFrom).map((i) => parseCount(i.str));
        if (texts.length === 0 || counts.length !== 3 || counts.some((n) => n === undefined)) {
          throw new ReportCheckError(file, p, `cannot read the line ${describeLine(line)}`);
        }
        if (grandTotal)
          throw new ReportCheckError(file, p, `a line after the Grand Total: ${describeLine(line)}`);
        const printed = { male: counts[0]!, female: counts[1]!, total: counts[2]! };
        const label = joinName(texts.map((i) => i.str));
        const left = texts[0]!.x;
        const type = personnelTypeOf(label);

        if (left < contributorFrom && /^Grand Total$/i.test(label)) {
          closeMission();
          checks.expectTriple(p, 'Grand Total', printed, sumCells(cells));
          grandTotal = printed;
        } else if (left < contributorFrom) {
          if (!/^[A-Za-z][A-Za-z0-9-]*$/.test(label)) {
            throw new ReportCheckError(file, p, `"${label}" is not a mission acronym: ${describeLine(line)}`);
          }
          closeMission();
          mission = { name: label.toUpperCase(), page: p, printed, sum: zeroTriple() };
        } else if (left < typeFrom && type === undefined) {
          if (!mission) throw new ReportCheckError(file, p, `contributor "${label}" outside any mission`);
          closeCountry();
          country = { name: label, page: p, printed, sum: zeroTriple() };
        } else if (left >= typeFrom && type !== undefined) {
          const m = mission;
          const c = country;
          if (!m || !c)
            throw new ReportCheckError(file, p, `the "${label}" row has no mission or contributor`);
          checks.expect(
            p,
            `${m.name}, ${c.name}, ${label}: Male + Female`,
            printed.total,
            printed.male + printed.female,
          );
          addTo(c.sum, printed);
          addTo(m.sum, printed);
          cells.push({
            country: c.name,
            mission: m.name,
            personnelType: type,
            male: printed.male,
            female: printed.female,
            total: printed.total,
            page: p,
          });
        } else {
          throw new ReportCheckError(file, p, `unknown personnel type "${label}" in ${describeLine(line)}`);
        }
      }
    }
    if (!grandTotal) throw new ReportCheckError(file, pages.length, 'no "Grand Total" line');
    return { reportDate, layout: LAYOUT, cells, grandTotal, checkedTotals: checks.count };
  },
};
