// What the Sources page says about each source. Facts from ../shared/data/sources/PROVENANCE.md;
// the counts (records, files, coverage) are filled in by the build from what it actually read.
import { HOST_COUNTRIES_SOURCE, MISSIONS_SOURCE } from '../missions/missions.ts';
export interface SourceDescription {
  id: string;
  title: string;
  publisher: string;
  url: string;
  foundIn: string;
  terms: string;
  notes: string[];
}

export const SOURCE_DESCRIPTIONS: Record<'un-pdf' | 'ipi' | 'fatalities' | 'population', SourceDescription> =
  {
    'un-pdf': {
      id: 'un-pdf',
      title:
        'UN monthly reports: contributions of uniformed personnel by mission, country and personnel type',
      publisher: 'United Nations, Department of Peace Operations (DPO)',
      url: 'https://peacekeeping.un.org/en/troop-and-police-contributors',
      foundIn:
        'GitHub kl371218/kl371218, commits 76b1726b and 3589ecac (2025-09-14); files as uploaded there',
      terms: 'Official UN documents; UN website terms of use apply. Attribute to UN DPO.',
      notes: [
        'Month-end headcounts of deployed uniformed personnel: a sum over months is person-months, not people.',
        'Until mid-2017 the reports count staff officers inside troops; from May 2017 they are a separate type.',
        'March 2018 to August 2019 and September 2023 reports give no mission detail.',
        'The month is read from the date printed inside each report, never from its file name; the one report that prints no date (October 2019) is placed by the evidence listed under “Months placed by evidence”.',
      ],
    },
    ipi: {
      id: 'ipi',
      title:
        'IPI Peacekeeping Database ("Providing for Peacekeeping"): per-country monthly and gender × mission files',
      publisher: 'International Peace Institute (IPI), compiled from UN DPKO monthly reports',
      url: 'https://www.ipinst.org/providing-for-peacekeeping',
      foundIn:
        'GitHub IPIDataLab/PPP_Loader, HEAD 2653920a (2017-06-26); full_gender_data.csv from adec10c8 (2014-10-29)',
      terms: 'Repository licensed GPL-2.0; no separate data licence. Cite the IPI Peacekeeping Database.',
      notes: [
        '1990-11 to 2009-10: per-country totals of troops, police and experts (IPI does not split police into formed units and individual officers).',
        '2009-11 to 2014-03: by country, mission, personnel type and gender.',
        'Early-1990s figures are incomplete in IPI’s compilation; where it leaves out contributors of a month it otherwise lists (March 1991), their figures are not reported rather than 0.',
      ],
    },
    fatalities: {
      id: 'fatalities',
      title: 'Fatalities in UN peace operations since 1948 (DPPADPOSS-FATALITIES)',
      publisher: 'United Nations, DPO / DPPA, Peace and Security Data Hub',
      url: 'https://psdata.un.org/dataset/DPPADPOSS-FATALITIES',
      foundIn: 'GitHub iv-div/my-jupyter-portfolio, commit 8e75c160 (2025-04-13)',
      terms: 'UN data hub terms of use; attribute to UN DPO.',
      notes: [
        'One row per fatality, including local and international civilian staff; "uniformed" means military, police and military observers.',
        'Peacekeeping operations and special political missions.',
        'The UN revises historical rows between snapshots.',
        `Missions, including those known only from this file, are named and given hosts as reference facts. ${MISSIONS_SOURCE} ${HOST_COUNTRIES_SOURCE}`,
      ],
    },
    population: {
      id: 'population',
      title: 'Population, total (SP.POP.TOTL)',
      publisher: 'World Bank, World Development Indicators',
      url: 'https://data.worldbank.org/indicator/SP.POP.TOTL',
      foundIn: 'GitHub datasets/population (datahub.io), commit 425fc447 (2026-03-06)',
      terms: 'World Bank data: CC BY 4.0 (the datahub copy is ODC-PDDL-1.0). Cite the World Bank.',
      notes: [
        'Countries only; regional and income aggregates are dropped. Months after the latest year use that year’s population.',
      ],
    },
  };
