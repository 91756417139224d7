// Words shared by the fatalities page and its lazily loaded charts.
import type { Fatalities } from '../../data/schema.ts';
import type { PersonnelScope } from '../../data/selectors/fatalityBreakdowns.ts';

export const SCOPE_SHORT: Record<PersonnelScope, string> = {
  uniformed: 'Uniformed personnel only',
  all: 'All personnel, including civilian staff',
};

export function fatalitySource(f: Fatalities, version: string): string {
  return `Source: UN Department of Peace Operations, fatalities dataset DPPADPOSS-FATALITIES (snapshot ${f.snapshot}; one row per death, all missions incl. special political missions, since 1948). Blue Helmets dataset ${version}.`;
}
