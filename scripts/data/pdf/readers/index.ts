// Every UN report layout family has one reader. The dispatcher in scripts/data/pdf/readReport.ts
// tries them in this order; each reader's `matches` must recognise only its own family.
import type { ReportReader } from '../../model.ts';
import { countryMissionSummary2015Reader } from './countryMissionSummary2015.ts';
import { numberedCountryMission2016Reader } from './numberedCountryMission2016.ts';
import { countryMissionPost2017Reader } from './countryMissionPost2017.ts';

export const REPORT_READERS: ReportReader[] = [
  // Registered by each reader's author, one line each:
  countryMissionSummary2015Reader, // 2015_01 … 2017_04 except 2016_11
  numberedCountryMission2016Reader, // 2016_11
  countryMissionPost2017Reader, // 2017_05 … 2018_02
];
