// Every UN report layout family has one reader. The dispatcher in scripts/data/pdf/readReport.ts
// tries them in this order; each reader's `matches` must recognise only its own family.
import type { ReportReader } from '../../model.ts';
import { countryMissionSummary2015Reader } from './countryMissionSummary2015.ts';
import { numberedCountryMission2016Reader } from './numberedCountryMission2016.ts';
import { countryMissionPost2017Reader } from './countryMissionPost2017.ts';
import { countryPost2018Reader } from './countryPost2018.ts';
import { flatTable2019SepReader } from './flatTable2019Sep.ts';
import { wideTable2019OctReader } from './wideTable2019Oct.ts';
import { missionCountryPost2019Reader } from './missionCountryPost2019.ts';
import { missionCountryPost2021JanReader } from './missionCountryPost2021Jan.ts';
import { missionCountryType2021Reader } from './missionCountryType2021.ts';
import { countryType2023Reader } from './countryType2023.ts';
import { flatTable2024Reader } from './flatTable2024.ts';

export const REPORT_READERS: ReportReader[] = [
  // Registered by each reader's author, one line each:
  countryMissionSummary2015Reader, // 2015_01 … 2017_04 except 2016_11
  numberedCountryMission2016Reader, // 2016_11
  countryMissionPost2017Reader, // 2017_05 … 2018_02
  countryPost2018Reader, // 2018_03 … 2019_08
  flatTable2019SepReader, // 2019_09
  wideTable2019OctReader, // 2019_10
  missionCountryPost2019Reader, // 2019_11 … 2020_12 except 2020_06
  missionCountryPost2021JanReader, // 2021_01
  missionCountryType2021Reader, // 2021_02 … 2025_07 except 2023_09, 2024_10; also 2020_06 (a copy of 2022_06)
  countryType2023Reader, // 2023_09
  flatTable2024Reader, // 2024_10
];
