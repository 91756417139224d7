// A report that prints no date (UN_country_contributions_2019_10.pdf) is placed in a month only when
// evidence from inside and about the file pins exactly one month, and that month is the one its file
// name gives:
//   * missions it lists or leaves out, against the previous dated report, with the exact day a mission
//     began or ended (scripts/data/missions/missions.ts) → the earliest month-end it can report;
//   * the PDF's creation date (its metadata) → the latest month-end it can report;
//   * its total against both neighbouring reports → it is not a copy of either;
//   * no dated report already holds that month.
// Anything less leaves the file out, with the reason. Pure: the caller reads the PDFs.
import { MONTH_NAMES, monthLabel } from '../../../src/data/selectors/months.ts';
import { monthEndOf } from './monthAxis.ts';

export interface ReportFacts {
  file: string;
  /** 'YYYY-MM' */
  month: string;
  /** Mission acronyms (canonical) the report lists. */
  missions: ReadonlySet<string>;
  /** Sum of every row, which the reader has checked against the printed grand total. */
  total: number;
}

export interface UndatedFacts {
  file: string;
  /** The month the file name gives ('YYYY-MM'), or null. */
  fileMonth: string | null;
  /** YYYY-MM-DD from the PDF's metadata, or null. */
  creationDate: string | null;
  missions: ReadonlySet<string>;
  total: number;
}

export interface MissionDays {
  began?: string;
  ended?: string;
}

export type Established = { month: string; evidence: string[] } | { month: null; reason: string };

function day(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)} ${MONTH_NAMES[Number(m) - 1] ?? '?'} ${y}`;
}

function nextDay(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

function list(items: string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const count = (n: number): string => n.toLocaleString('en-US');

export function establishMonth(
  undated: UndatedFacts,
  dated: readonly ReportFacts[],
  missionDays: (acronym: string) => MissionDays | undefined,
): Established {
  const { fileMonth } = undated;
  if (fileMonth === null)
    return { month: null, reason: `${undated.file} prints no date and its name gives no month` };
  const sorted = [...dated].sort((a, b) => a.month.localeCompare(b.month));
  const holder = sorted.find((r) => r.month === fileMonth);
  if (holder) {
    return {
      month: null,
      reason: `${undated.file} prints no date, and ${monthLabel(fileMonth)} already has a dated report (${holder.file})`,
    };
  }
  const previous = [...sorted].reverse().find((r) => r.month < fileMonth);
  const next = sorted.find((r) => r.month > fileMonth);

  // The earliest month-end it can report: a mission it lists had begun; one it drops had ended.
  let earliest: { date: string; why: string } | null = null;
  const began: string[] = [];
  const ended: string[] = [];
  for (const acronym of [...undated.missions].sort()) {
    const b = missionDays(acronym)?.began;
    if (!b) continue;
    began.push(`${acronym}, which began on ${day(b)}`);
    if (!earliest || b > earliest.date) earliest = { date: b, why: acronym };
  }
  if (previous) {
    for (const acronym of [...previous.missions].sort()) {
      if (undated.missions.has(acronym)) continue;
      const e = missionDays(acronym)?.ended;
      if (!e) continue;
      ended.push(`${acronym}, which ended on ${day(e)}`);
      if (!earliest || nextDay(e) > earliest.date) earliest = { date: nextDay(e), why: acronym };
    }
  }
  const latest = undated.creationDate;
  if (!earliest || !latest) {
    return {
      month: null,
      reason:
        `${undated.file} prints no date` +
        (!earliest
          ? '; no mission it lists or drops has a known first or last day to bound its month from below'
          : '') +
        (!latest ? '; its PDF records no creation date to bound its month from above' : ''),
    };
  }
  // Month-ends within [earliest, latest], strictly between the neighbouring dated reports.
  const candidates: string[] = [];
  const [fy, fm] = earliest.date.split('-').map(Number) as [number, number];
  for (let y = fy, m = fm; ; m === 12 ? ((y += 1), (m = 1)) : (m += 1)) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    if (monthEndOf(key) > latest) break;
    if (monthEndOf(key) >= earliest.date && !sorted.some((r) => r.month === key)) candidates.push(key);
  }
  if (candidates.length !== 1 || candidates[0] !== fileMonth) {
    return {
      month: null,
      reason:
        `${undated.file} prints no date; the evidence allows ${candidates.length === 0 ? 'no month' : list(candidates.map(monthLabel))}` +
        (candidates.length === 1 ? `, not the ${monthLabel(fileMonth)} of its file name` : ', not one month'),
    };
  }
  const sameAs = [previous, next].find((r) => r && r.total === undated.total);
  if (sameAs) {
    return {
      month: null,
      reason: `${undated.file} prints no date and its total equals that of ${sameAs.file}; it may be a copy`,
    };
  }

  const evidence: string[] = [];
  const beganAcronyms = [...undated.missions].filter((a) => missionDays(a)?.began).sort();
  const endedAcronyms = ended.map((e) => e.slice(0, e.indexOf(',')));
  const previousLacks = previous ? beganAcronyms.filter((a) => !previous.missions.has(a)) : [];
  const previousSays =
    previous && (endedAcronyms.length > 0 || previousLacks.length > 0)
      ? ` The previous report (${previous.file}, ${monthLabel(previous.month)}) lists ${
          endedAcronyms.length > 0 ? list(endedAcronyms) : 'the same missions'
        }${previousLacks.length > 0 ? ` and no ${list(previousLacks)}` : ''}.`
      : '';
  evidence.push(
    `It lists ${began.length > 0 ? list(began) : 'no newly begun mission'}${ended.length > 0 ? `, and no ${list(ended)}` : ''}: so it reports a month-end on or after ${day(earliest.date)}.${previousSays}`,
  );
  evidence.push(
    `The PDF was created on ${day(latest)} (its metadata): a month-end report cannot be written before its month ends, so it reports a month-end on or before ${day(latest)}.`,
  );
  const neighbours = [previous, next]
    .filter((r): r is ReportFacts => r !== undefined)
    .map((r) => `${count(r.total)} in ${monthLabel(r.month)}`);
  evidence.push(
    `Its total, ${count(undated.total)}, differs from ${list(neighbours)}, as a distinct month’s would; no other file holds ${monthLabel(fileMonth)}.`,
  );
  evidence.push(`Only ${monthLabel(fileMonth)} fits all of these, and it is the month the file name gives.`);
  return { month: fileMonth, evidence };
}
