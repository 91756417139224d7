// Every mission acronym that appears in any source (IPI full_gender_data.csv and data_mission.csv,
// the UN fatalities CSV, the 126 UN monthly PDFs) with its official name, host and years.
//
// Host: taken from IPI data_mission.csv ("Country of Mission") where IPI lists the mission, except
// where IPI names only the headquarters country of a mission that by its own name or mandate covers
// several countries or a disputed area; those hosts are written as a region with hostIso3 null, and
// `ipiHost` keeps what IPI says so the override stays visible (see HOST_OVERRIDES_OF_IPI).
// UNMIK's host is Kosovo under the World Bank/EU code XKX (IPI writes Serbia): see countryNames.ts.
//
// Names and years: reference facts from the UN's lists of peacekeeping operations
// (peacekeeping.un.org, "List of past peacekeeping operations" / "Where we operate") and of special
// political missions (dppa.un.org), written down from knowledge, not fetched (this project works
// offline). `end` is the last calendar year of operation; null means the mission was still running at
// the latest UN report in the sources (July 2025). Where a year or an identification could not be
// established with confidence it is null and `note` says so — never guessed.
import { displayName } from '../countries/countryNames.ts';

export type MissionKind =
  /** A UN peacekeeping operation (DPO list of operations). */
  | 'peacekeeping'
  /** A special political mission, office or envoy (DPPA). */
  | 'political'
  /** Anything else the sources file fatalities or personnel under (support offices, HQ, bases). */
  | 'other';

export interface Mission {
  acronym: string;
  /** Official full name (English). */
  name: string;
  kind: MissionKind;
  /** Host country display name, or a region ("Middle East") for multi-country missions. */
  host: string;
  /** ISO3 of the host country; null for a regional or multi-country mission, or an unknown host. */
  hostIso3: string | null;
  /** What IPI data_mission.csv gives as the host, when IPI lists the mission (null otherwise). */
  ipiHost: string | null;
  /** First year of operation; null when not established here. */
  start: number | null;
  /** Last year of operation; null while active (or when not established: see isActive/note). */
  end: number | null;
  isActive: boolean;
  /** Other spellings of the acronym seen in the sources (truncations, French acronyms). */
  aliases: readonly string[];
  /**
   * For a regional or multi-country mission (hostIso3 null): the countries it is known to have
   * operated in, as reference facts (HOST_COUNTRIES_SOURCE). Absent where not established here.
   */
  hostCountries?: readonly string[];
  /** Exact first and last day of operation, where a reader needs them (dating an undated report). */
  began?: string;
  ended?: string;
  note?: string;
}

export const MISSIONS_SOURCE =
  'Names, years and kinds: United Nations, "List of peacekeeping operations" (peacekeeping.un.org) and ' +
  'DPPA list of special political missions (dppa.un.org), as reference facts. Hosts: IPI Peacekeeping ' +
  'Database data_mission.csv, with multi-country missions written as regions.';

/** Source of `hostCountries`, `began` and `ended`: reference facts, written down offline. */
export const HOST_COUNTRIES_SOURCE =
  'Countries of multi-country missions and exact start/end days: United Nations, "List of past peacekeeping ' +
  'operations" and mission fact sheets (peacekeeping.un.org), and the Security Council resolutions named in ' +
  'each row; reference facts written down offline, not fetched.';

type Row = Omit<Mission, 'host' | 'aliases' | 'isActive' | 'ipiHost'> & {
  /** Region text when hostIso3 is null; omitted when the host is a country (display name is used). */
  region?: string;
  aliases?: readonly string[];
  ipiHost?: string;
  /** Only for end === null: false when the end year is unknown rather than the mission active. */
  isActive?: boolean;
};

// Keep sorted by acronym.
const ROWS: readonly Row[] = [
  {
    acronym: 'BINUB',
    name: 'United Nations Integrated Office in Burundi',
    kind: 'political',
    hostIso3: 'BDI',
    ipiHost: 'Burundi',
    start: 2007,
    end: 2010,
  },
  {
    acronym: 'BINUH',
    name: 'United Nations Integrated Office in Haiti',
    kind: 'political',
    hostIso3: 'HTI',
    start: 2019,
    end: null,
    began: '2019-10-16',
    note: 'Established by Security Council resolution 2476 (2019) from 16 October 2019, when MINUJUSTH ended.',
  },
  {
    acronym: 'BNUB',
    name: 'United Nations Office in Burundi',
    kind: 'political',
    hostIso3: 'BDI',
    ipiHost: 'Burundi',
    start: 2011,
    end: 2014,
  },
  {
    acronym: 'BONUCA',
    name: 'United Nations Peacebuilding Support Office in the Central African Republic',
    kind: 'political',
    hostIso3: 'CAF',
    ipiHost: 'Central African Republic',
    start: 2000,
    end: 2009,
  },
  {
    acronym: 'IPTF',
    name: 'United Nations International Police Task Force (part of UNMIBH)',
    kind: 'peacekeeping',
    hostIso3: 'BIH',
    ipiHost: 'Bosnia and Herzegovina',
    start: 1995,
    end: 2002,
  },
  {
    acronym: 'LBB',
    name: 'United Nations Logistics Base, Brindisi (now the UN Global Service Centre)',
    kind: 'other',
    hostIso3: 'ITA',
    ipiHost: 'Italy',
    start: 1994,
    end: null,
    note: 'A logistics base, not a mission; IPI lists personnel there in April–May 1997.',
  },
  {
    acronym: 'MICAH',
    name: 'International Civilian Support Mission in Haiti',
    kind: 'political',
    hostIso3: 'HTI',
    ipiHost: 'Haiti',
    start: 2000,
    end: 2001,
  },
  {
    acronym: 'MINUCI',
    name: "United Nations Mission in Côte d'Ivoire",
    kind: 'political',
    hostIso3: 'CIV',
    ipiHost: 'Cote d Ivoire',
    start: 2003,
    end: 2004,
  },
  {
    acronym: 'MINUGUA',
    name: 'United Nations Verification Mission in Guatemala',
    kind: 'peacekeeping',
    hostIso3: 'GTM',
    ipiHost: 'Guatemala',
    start: 1994,
    end: 2004,
    note: 'The General Assembly mission ran 1994–2004; its peacekeeping (military observer) component, the one on the DPO list, ran January–May 1997.',
  },
  {
    acronym: 'MINUJUSTH',
    name: 'United Nations Mission for Justice Support in Haiti',
    kind: 'peacekeeping',
    hostIso3: 'HTI',
    start: 2017,
    end: 2019,
    aliases: ['MINUJUST'],
    ended: '2019-10-15',
    note: 'Its mandate ended on 15 October 2019 (Security Council resolution 2466 (2019)); BINUH followed.',
  },
  {
    acronym: 'MINURCA',
    name: 'United Nations Mission in the Central African Republic',
    kind: 'peacekeeping',
    hostIso3: 'CAF',
    ipiHost: 'Central African Republic',
    start: 1998,
    end: 2000,
  },
  {
    acronym: 'MINURCAT',
    name: 'United Nations Mission in the Central African Republic and Chad',
    kind: 'peacekeeping',
    hostIso3: null,
    hostCountries: ['CAF', 'TCD'],
    region: 'Central African Republic and Chad',
    ipiHost: 'Chad',
    start: 2007,
    end: 2010,
  },
  {
    acronym: 'MINURSO',
    name: 'United Nations Mission for the Referendum in Western Sahara',
    kind: 'peacekeeping',
    hostIso3: 'ESH',
    ipiHost: 'Western Sahara',
    start: 1991,
    end: null,
  },
  {
    acronym: 'MINUSCA',
    name: 'United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic',
    kind: 'peacekeeping',
    hostIso3: 'CAF',
    ipiHost: 'Central African Republic',
    start: 2014,
    end: null,
  },
  {
    acronym: 'MINUSMA',
    name: 'United Nations Multidimensional Integrated Stabilization Mission in Mali',
    kind: 'peacekeeping',
    hostIso3: 'MLI',
    ipiHost: 'Mali',
    start: 2013,
    end: 2023,
  },
  {
    acronym: 'MINUSTAH',
    name: 'United Nations Stabilization Mission in Haiti',
    kind: 'peacekeeping',
    hostIso3: 'HTI',
    ipiHost: 'Haiti',
    start: 2004,
    end: 2017,
  },
  {
    acronym: 'MIPONUH',
    name: 'United Nations Civilian Police Mission in Haiti',
    kind: 'peacekeeping',
    hostIso3: 'HTI',
    ipiHost: 'Haiti',
    start: 1997,
    end: 2000,
  },
  {
    acronym: 'MONUA',
    name: 'United Nations Observer Mission in Angola',
    kind: 'peacekeeping',
    hostIso3: 'AGO',
    ipiHost: 'Angola',
    start: 1997,
    end: 1999,
  },
  {
    acronym: 'MONUC',
    name: 'United Nations Organization Mission in the Democratic Republic of the Congo',
    kind: 'peacekeeping',
    hostIso3: 'COD',
    ipiHost: 'DR Congo',
    start: 1999,
    end: 2010,
  },
  {
    acronym: 'MONUSCO',
    name: 'United Nations Organization Stabilization Mission in the Democratic Republic of the Congo',
    kind: 'peacekeeping',
    hostIso3: 'COD',
    ipiHost: 'DR Congo',
    start: 2010,
    end: null,
  },
  {
    acronym: 'ONUB',
    name: 'United Nations Operation in Burundi',
    kind: 'peacekeeping',
    hostIso3: 'BDI',
    ipiHost: 'Burundi',
    start: 2004,
    end: 2006,
  },
  {
    acronym: 'ONUC',
    name: 'United Nations Operation in the Congo',
    kind: 'peacekeeping',
    hostIso3: 'COD',
    start: 1960,
    end: 1964,
    note: 'Republic of the Congo (Léopoldville), today the Democratic Republic of the Congo.',
  },
  {
    acronym: 'ONUCA',
    name: 'United Nations Observer Group in Central America',
    kind: 'peacekeeping',
    hostIso3: null,
    region: 'Central America',
    ipiHost: 'Honduras',
    start: 1989,
    end: 1992,
  },
  {
    acronym: 'ONUMOZ',
    name: 'United Nations Operation in Mozambique',
    kind: 'peacekeeping',
    hostIso3: 'MOZ',
    ipiHost: 'Mozambique',
    start: 1992,
    end: 1994,
  },
  {
    acronym: 'ONUSAL',
    name: 'United Nations Observer Mission in El Salvador',
    kind: 'peacekeeping',
    hostIso3: 'SLV',
    ipiHost: 'El Salvador',
    start: 1991,
    end: 1995,
  },
  {
    acronym: 'OSESGY',
    name: 'Office of the Special Envoy of the Secretary-General for Yemen',
    kind: 'political',
    hostIso3: 'YEM',
    start: null,
    end: null,
    isActive: true,
    note: 'Start year not pinned here: a Special Adviser on Yemen from 2011, a Special Envoy from 2015.',
  },
  {
    acronym: 'OSESyria',
    name: 'Office of the Special Envoy of the Secretary-General for Syria',
    kind: 'political',
    hostIso3: 'SYR',
    start: 2012,
    end: null,
  },
  {
    acronym: 'UNAMA',
    name: 'United Nations Assistance Mission in Afghanistan',
    kind: 'political',
    hostIso3: 'AFG',
    ipiHost: 'Afghanistan',
    start: 2002,
    end: null,
  },
  {
    acronym: 'UNAMET',
    name: 'United Nations Mission in East Timor',
    kind: 'political',
    hostIso3: 'TLS',
    ipiHost: 'Timor-Leste',
    start: 1999,
    end: 1999,
  },
  {
    acronym: 'UNAMI',
    name: 'United Nations Assistance Mission for Iraq',
    kind: 'political',
    hostIso3: 'IRQ',
    ipiHost: 'Iraq',
    start: 2003,
    end: null,
    note: 'Active at the last report in the sources (July 2025); Security Council resolution 2732 (2024) set its mandate to end on 31 December 2025.',
  },
  {
    acronym: 'UNAMIC',
    name: 'United Nations Advance Mission in Cambodia',
    kind: 'peacekeeping',
    hostIso3: 'KHM',
    ipiHost: 'Cambodia',
    start: 1991,
    end: 1992,
  },
  {
    acronym: 'UNAMID',
    name: 'African Union-United Nations Hybrid Operation in Darfur',
    kind: 'peacekeeping',
    hostIso3: 'SDN',
    ipiHost: 'Sudan',
    start: 2007,
    end: 2020,
  },
  {
    acronym: 'UNAMIR',
    name: 'United Nations Assistance Mission for Rwanda',
    kind: 'peacekeeping',
    hostIso3: 'RWA',
    ipiHost: 'Rwanda',
    start: 1993,
    end: 1996,
  },
  {
    acronym: 'UNAMSIL',
    name: 'United Nations Mission in Sierra Leone',
    kind: 'peacekeeping',
    hostIso3: 'SLE',
    ipiHost: 'Sierra Leone',
    start: 1999,
    end: 2005,
  },
  {
    acronym: 'UNAVEM',
    name: 'United Nations Angola Verification Mission (I, II and III)',
    kind: 'peacekeeping',
    hostIso3: 'AGO',
    ipiHost: 'Angola',
    start: 1989,
    end: 1997,
    note: 'UNAVEM I 1989–1991, II 1991–1995, III 1995–1997; the fatalities file and IPI file all three under UNAVEM (IPI also has a separate UNAVEM II series for 1994–95).',
  },
  {
    acronym: 'UNAVEM II',
    name: 'United Nations Angola Verification Mission II',
    kind: 'peacekeeping',
    hostIso3: 'AGO',
    ipiHost: 'Angola',
    start: 1991,
    end: 1995,
  },
  {
    acronym: 'UNCRO',
    name: 'United Nations Confidence Restoration Operation in Croatia',
    kind: 'peacekeeping',
    hostIso3: 'HRV',
    ipiHost: 'Croatia',
    start: 1995,
    end: 1996,
  },
  {
    acronym: 'UNDOF',
    name: 'United Nations Disengagement Observer Force',
    kind: 'peacekeeping',
    hostIso3: 'SYR',
    ipiHost: 'Syrian Arab Republic',
    start: 1974,
    end: null,
    note: 'Golan.',
  },
  {
    acronym: 'UNEF',
    name: 'United Nations Emergency Force (UNEF I and UNEF II)',
    kind: 'peacekeeping',
    hostIso3: 'EGY',
    start: 1956,
    end: 1979,
    note: 'UNEF I 1956–1967, UNEF II 1973–1979; the fatalities file files both under UNEF.',
  },
  {
    acronym: 'UNFICYP',
    name: 'United Nations Peacekeeping Force in Cyprus',
    kind: 'peacekeeping',
    hostIso3: 'CYP',
    ipiHost: 'Cyprus',
    start: 1964,
    end: null,
  },
  {
    acronym: 'UNFOR',
    name: 'Unidentified (IPI label)',
    kind: 'other',
    hostIso3: 'HRV',
    ipiHost: 'Croatia',
    start: null,
    end: null,
    isActive: false,
    note: 'IPI data_mission.csv lists "UNFOR" in Croatia for January–February 1996 only; no UN operation of that acronym is known here. Left unidentified rather than guessed.',
  },
  {
    acronym: 'UNGCI',
    name: 'United Nations Guards Contingent in Iraq',
    kind: 'other',
    hostIso3: 'IRQ',
    start: 1991,
    end: null,
    isActive: false,
    note: 'End year not established here (fatalities recorded 1992–1996).',
  },
  {
    acronym: 'UNIFIL',
    name: 'United Nations Interim Force in Lebanon',
    kind: 'peacekeeping',
    hostIso3: 'LBN',
    ipiHost: 'Lebanon',
    start: 1978,
    end: null,
  },
  {
    acronym: 'UNIIMOG',
    name: 'United Nations Iran-Iraq Military Observer Group',
    kind: 'peacekeeping',
    hostIso3: null,
    hostCountries: ['IRN', 'IRQ'],
    region: 'Iran and Iraq',
    ipiHost: 'Iran',
    start: 1988,
    end: 1991,
  },
  {
    acronym: 'UNIKOM',
    name: 'United Nations Iraq-Kuwait Observation Mission',
    kind: 'peacekeeping',
    hostIso3: null,
    hostCountries: ['IRQ', 'KWT'],
    region: 'Iraq and Kuwait',
    ipiHost: 'Iraq',
    start: 1991,
    end: 2003,
  },
  {
    acronym: 'UNIOGBIS',
    name: 'United Nations Integrated Peacebuilding Office in Guinea-Bissau',
    kind: 'political',
    hostIso3: 'GNB',
    start: 2010,
    end: 2020,
  },
  {
    acronym: 'UNIOSIL',
    name: 'United Nations Integrated Office in Sierra Leone',
    kind: 'political',
    hostIso3: 'SLE',
    ipiHost: 'Sierra Leone',
    start: 2006,
    end: 2008,
  },
  {
    acronym: 'UNIPSIL',
    name: 'United Nations Integrated Peacebuilding Office in Sierra Leone',
    kind: 'political',
    hostIso3: 'SLE',
    start: 2008,
    end: 2014,
  },
  {
    acronym: 'UNISFA',
    name: 'United Nations Interim Security Force for Abyei',
    kind: 'peacekeeping',
    hostIso3: null,
    region: 'Abyei (Sudan / South Sudan)',
    ipiHost: 'Sudan',
    start: 2011,
    end: null,
    note: 'Abyei is claimed by both Sudan and South Sudan.',
  },
  {
    acronym: 'UNITAMS',
    name: 'United Nations Integrated Transition Assistance Mission in Sudan',
    kind: 'political',
    hostIso3: 'SDN',
    start: 2020,
    end: 2024,
  },
  {
    acronym: 'UNMA',
    name: 'United Nations Mission in Angola',
    kind: 'political',
    hostIso3: 'AGO',
    ipiHost: 'Angola',
    start: 2002,
    end: 2003,
  },
  {
    acronym: 'UNMAO',
    name: 'United Nations Mine Action Office',
    kind: 'other',
    hostIso3: null,
    region: 'not established',
    start: null,
    end: null,
    isActive: false,
    note: 'One fatality in the fatalities file (August 2011). Identification and host not established from the sources; possibly the mine action office of the UN in Sudan.',
  },
  {
    acronym: 'UNMC',
    name: 'United Nations Mission in Colombia',
    kind: 'political',
    hostIso3: 'COL',
    ipiHost: 'Colombia',
    start: 2016,
    end: 2017,
  },
  {
    acronym: 'UNMEE',
    name: 'United Nations Mission in Ethiopia and Eritrea',
    kind: 'peacekeeping',
    hostIso3: null,
    hostCountries: ['ETH', 'ERI'],
    region: 'Ethiopia and Eritrea',
    ipiHost: 'Eritrea',
    start: 2000,
    end: 2008,
  },
  {
    acronym: 'UNMHA',
    name: 'United Nations Mission to Support the Hodeidah Agreement',
    kind: 'political',
    hostIso3: 'YEM',
    start: 2019,
    end: null,
  },
  {
    acronym: 'UNMIBH',
    name: 'United Nations Mission in Bosnia and Herzegovina',
    kind: 'peacekeeping',
    hostIso3: 'BIH',
    ipiHost: 'Bosnia and Herzegovina',
    start: 1995,
    end: 2002,
  },
  {
    acronym: 'UNMIH',
    name: 'United Nations Mission in Haiti',
    kind: 'peacekeeping',
    hostIso3: 'HTI',
    ipiHost: 'Haiti',
    start: 1993,
    end: 1996,
  },
  {
    acronym: 'UNMIK',
    name: 'United Nations Interim Administration Mission in Kosovo',
    kind: 'peacekeeping',
    hostIso3: 'XKX',
    ipiHost: 'Serbia',
    start: 1999,
    end: null,
    note: 'Host written as Kosovo (World Bank/EU code XKX, not ISO 3166-1), as the UN names the mission; IPI writes Serbia.',
  },
  {
    acronym: 'UNMIL',
    name: 'United Nations Mission in Liberia',
    kind: 'peacekeeping',
    hostIso3: 'LBR',
    ipiHost: 'Liberia',
    start: 2003,
    end: 2018,
  },
  {
    acronym: 'UNMIN',
    name: 'United Nations Mission in Nepal',
    kind: 'political',
    hostIso3: 'NPL',
    ipiHost: 'Nepal',
    start: 2007,
    end: 2011,
  },
  {
    acronym: 'UNMIS',
    name: 'United Nations Mission in the Sudan',
    kind: 'peacekeeping',
    hostIso3: 'SDN',
    ipiHost: 'Sudan',
    start: 2005,
    end: 2011,
  },
  {
    acronym: 'UNMISET',
    name: 'United Nations Mission of Support in East Timor',
    kind: 'peacekeeping',
    hostIso3: 'TLS',
    ipiHost: 'Timor-Leste',
    start: 2002,
    end: 2005,
  },
  {
    acronym: 'UNMISS',
    name: 'United Nations Mission in the Republic of South Sudan',
    kind: 'peacekeeping',
    hostIso3: 'SSD',
    ipiHost: 'South Sudan',
    start: 2011,
    end: null,
  },
  {
    acronym: 'UNMIT',
    name: 'United Nations Integrated Mission in Timor-Leste',
    kind: 'peacekeeping',
    hostIso3: 'TLS',
    ipiHost: 'Timor-Leste',
    start: 2006,
    end: 2012,
  },
  {
    acronym: 'UNMOGIP',
    name: 'United Nations Military Observer Group in India and Pakistan',
    kind: 'peacekeeping',
    hostIso3: null,
    hostCountries: ['IND', 'PAK'],
    region: 'India and Pakistan',
    ipiHost: 'Pakistan',
    start: 1949,
    end: null,
  },
  {
    acronym: 'UNMOP',
    name: 'United Nations Mission of Observers in Prevlaka',
    kind: 'peacekeeping',
    hostIso3: 'HRV',
    ipiHost: 'Croatia',
    start: 1996,
    end: 2002,
  },
  {
    acronym: 'UNMOT',
    name: 'United Nations Mission of Observers in Tajikistan',
    kind: 'peacekeeping',
    hostIso3: 'TJK',
    ipiHost: 'Tajikistan',
    start: 1994,
    end: 2000,
  },
  {
    acronym: 'UNOA',
    name: 'United Nations Office in Angola',
    kind: 'political',
    hostIso3: 'AGO',
    ipiHost: 'Angola',
    start: 1999,
    end: 2002,
  },
  {
    acronym: 'UNOAU',
    name: 'United Nations Office to the African Union',
    kind: 'political',
    hostIso3: 'ETH',
    start: 2010,
    end: null,
    note: 'Addis Ababa.',
  },
  {
    acronym: 'UNOCI',
    name: "United Nations Operation in Côte d'Ivoire",
    kind: 'peacekeeping',
    hostIso3: 'CIV',
    ipiHost: 'Cote d Ivoire',
    start: 2004,
    end: 2017,
    aliases: ['ONUCI'],
  },
  {
    acronym: 'UNOHCI',
    name: 'Office of the United Nations Humanitarian Coordinator for Iraq',
    kind: 'other',
    hostIso3: 'IRQ',
    start: null,
    end: 2003,
    isActive: false,
    note: 'Start year not pinned here (fatalities recorded from 1997); closed with the Oil-for-Food Programme in 2003.',
  },
  {
    acronym: 'UNOMIG',
    name: 'United Nations Observer Mission in Georgia',
    kind: 'peacekeeping',
    hostIso3: 'GEO',
    ipiHost: 'Georgia',
    start: 1993,
    end: 2009,
  },
  {
    acronym: 'UNOMIL',
    name: 'United Nations Observer Mission in Liberia',
    kind: 'peacekeeping',
    hostIso3: 'LBR',
    ipiHost: 'Liberia',
    start: 1993,
    end: 1997,
  },
  {
    acronym: 'UNOMSIL',
    name: 'United Nations Observer Mission in Sierra Leone',
    kind: 'peacekeeping',
    hostIso3: 'SLE',
    ipiHost: 'Sierra Leone',
    start: 1998,
    end: 1999,
  },
  {
    acronym: 'UNOMUR',
    name: 'United Nations Observer Mission Uganda-Rwanda',
    kind: 'peacekeeping',
    hostIso3: 'UGA',
    ipiHost: 'Uganda',
    start: 1993,
    end: 1994,
    note: 'Deployed on the Ugandan side of the border.',
  },
  {
    acronym: 'UNOSOM',
    name: 'United Nations Operation in Somalia (UNOSOM I and II)',
    kind: 'peacekeeping',
    hostIso3: 'SOM',
    ipiHost: 'Somalia',
    start: 1992,
    end: 1995,
    note: 'UNOSOM I 1992–1993, UNOSOM II 1993–1995; the fatalities file files both under UNOSOM, IPI splits them.',
  },
  {
    acronym: 'UNOSOM II',
    name: 'United Nations Operation in Somalia II',
    kind: 'peacekeeping',
    hostIso3: 'SOM',
    ipiHost: 'Somalia',
    start: 1993,
    end: 1995,
  },
  {
    acronym: 'UNOTIL',
    name: 'United Nations Office in Timor-Leste',
    kind: 'political',
    hostIso3: 'TLS',
    ipiHost: 'Timor-Leste',
    start: 2005,
    end: 2006,
  },
  {
    acronym: 'UNOWA',
    name: 'United Nations Office for West Africa',
    kind: 'political',
    hostIso3: null,
    region: 'West Africa',
    start: 2002,
    end: 2016,
    note: 'Merged into UNOWAS in 2016.',
  },
  {
    acronym: 'UNOWAS',
    name: 'United Nations Office for West Africa and the Sahel',
    kind: 'political',
    hostIso3: null,
    region: 'West Africa and the Sahel',
    start: 2016,
    end: null,
  },
  {
    acronym: 'UNPF',
    name: 'United Nations Peace Forces',
    kind: 'peacekeeping',
    hostIso3: null,
    region: 'Former Yugoslavia',
    ipiHost: 'Croatia',
    start: 1995,
    end: 1996,
  },
  {
    acronym: 'UNPOS',
    name: 'United Nations Political Office for Somalia',
    kind: 'political',
    hostIso3: 'SOM',
    start: 1995,
    end: 2013,
    note: 'Based in Nairobi; succeeded by UNSOM in 2013.',
  },
  {
    acronym: 'UNPREDEP',
    name: 'United Nations Preventive Deployment Force',
    kind: 'peacekeeping',
    hostIso3: 'MKD',
    ipiHost: 'Macedonia',
    start: 1995,
    end: 1999,
  },
  {
    acronym: 'UNPROFOR',
    name: 'United Nations Protection Force',
    kind: 'peacekeeping',
    hostIso3: null,
    hostCountries: ['HRV', 'BIH', 'MKD'],
    region: 'Former Yugoslavia',
    ipiHost: 'Croatia',
    start: 1992,
    end: 1995,
  },
  {
    acronym: 'UNPSG',
    name: 'United Nations Civilian Police Support Group',
    kind: 'peacekeeping',
    hostIso3: 'HRV',
    ipiHost: 'Croatia',
    start: 1998,
    end: 1998,
  },
  {
    acronym: 'UNSCOB',
    name: 'United Nations Special Committee on the Balkans',
    kind: 'political',
    hostIso3: 'GRC',
    start: 1947,
    end: 1952,
  },
  {
    acronym: 'UNSecretariat',
    name: 'United Nations Secretariat',
    kind: 'other',
    hostIso3: null,
    region: 'UN Headquarters and offices',
    start: 1945,
    end: null,
    note: 'Not a mission: the fatalities file files some Secretariat staff deaths here.',
  },
  {
    acronym: 'UNSMA',
    name: 'United Nations Special Mission to Afghanistan',
    kind: 'political',
    hostIso3: 'AFG',
    start: 1993,
    end: 2002,
  },
  {
    acronym: 'UNSMIH',
    name: 'United Nations Support Mission in Haiti',
    kind: 'peacekeeping',
    hostIso3: 'HTI',
    ipiHost: 'Haiti',
    start: 1996,
    end: 1997,
  },
  {
    acronym: 'UNSMIL',
    name: 'United Nations Support Mission in Libya',
    kind: 'political',
    hostIso3: 'LBY',
    start: 2011,
    end: null,
  },
  {
    acronym: 'UNSMIS',
    name: 'United Nations Supervision Mission in Syria',
    kind: 'peacekeeping',
    hostIso3: 'SYR',
    ipiHost: 'Syrian Arab Republic',
    start: 2012,
    end: 2012,
  },
  {
    acronym: 'UNSOM',
    name: 'United Nations Assistance Mission in Somalia',
    kind: 'political',
    hostIso3: 'SOM',
    ipiHost: 'Somalia',
    start: 2013,
    end: 2024,
    note: 'Succeeded by UNTMIS on 1 November 2024.',
  },
  {
    acronym: 'UNSOS',
    name: 'United Nations Support Office in Somalia',
    kind: 'other',
    hostIso3: 'SOM',
    ipiHost: 'Somalia',
    start: 2015,
    end: null,
    note: 'Support office (successor of UNSOA, 2009).',
  },
  {
    acronym: 'UNTAC',
    name: 'United Nations Transitional Authority in Cambodia',
    kind: 'peacekeeping',
    hostIso3: 'KHM',
    ipiHost: 'Cambodia',
    start: 1992,
    end: 1993,
  },
  {
    acronym: 'UNTAES',
    name: 'United Nations Transitional Administration for Eastern Slavonia, Baranja and Western Sirmium',
    kind: 'peacekeeping',
    hostIso3: 'HRV',
    ipiHost: 'Croatia',
    start: 1996,
    end: 1998,
  },
  {
    acronym: 'UNTAET',
    name: 'United Nations Transitional Administration in East Timor',
    kind: 'peacekeeping',
    hostIso3: 'TLS',
    ipiHost: 'Timor-Leste',
    start: 1999,
    end: 2002,
  },
  {
    acronym: 'UNTAG',
    name: 'United Nations Transition Assistance Group',
    kind: 'peacekeeping',
    hostIso3: 'NAM',
    start: 1989,
    end: 1990,
  },
  {
    acronym: 'UNTMIH',
    name: 'United Nations Transition Mission in Haiti',
    kind: 'peacekeeping',
    hostIso3: 'HTI',
    ipiHost: 'Haiti',
    start: 1997,
    end: 1997,
  },
  {
    acronym: 'UNTMIS',
    name: 'United Nations Transitional Assistance Mission in Somalia',
    kind: 'political',
    hostIso3: 'SOM',
    start: 2024,
    end: null,
  },
  {
    acronym: 'UNTSO',
    name: 'United Nations Truce Supervision Organization',
    kind: 'peacekeeping',
    hostIso3: null,
    region: 'Middle East',
    ipiHost: 'Israel',
    start: 1948,
    end: null,
  },
  {
    acronym: 'UNVMC',
    name: 'United Nations Verification Mission in Colombia',
    kind: 'political',
    hostIso3: 'COL',
    start: 2017,
    end: null,
  },
];

/** Missions whose host deliberately differs from IPI's "Country of Mission" (reasons in each row). */
export const HOST_OVERRIDES_OF_IPI: readonly string[] = [
  'MINURCAT',
  'ONUCA',
  'UNIIMOG',
  'UNIKOM',
  'UNISFA',
  'UNMEE',
  'UNMIK',
  'UNMOGIP',
  'UNPF',
  'UNPROFOR',
  'UNTSO',
];

export const MISSIONS: readonly Mission[] = ROWS.map((row) => {
  const { region, aliases, ipiHost, isActive, ...rest } = row;
  if (row.hostCountries && row.hostIso3 !== null)
    throw new Error(`missions.ts: ${row.acronym} has a host and hostCountries`);
  const host = row.hostIso3 === null ? (region ?? 'not established') : displayName(row.hostIso3);
  return {
    ...rest,
    host,
    ipiHost: ipiHost ?? null,
    aliases: aliases ?? [],
    isActive: isActive ?? row.end === null,
  };
});

const BY_ACRONYM = new Map<string, Mission>();
for (const mission of MISSIONS) {
  for (const code of [mission.acronym, ...mission.aliases]) {
    const key = code.toUpperCase();
    if (BY_ACRONYM.has(key)) throw new Error(`missions.ts: acronym ${code} is listed twice`);
    BY_ACRONYM.set(key, mission);
  }
}

/**
 * The mission for an acronym as a source prints it (case-insensitive; a trailing apostrophe as in
 * IPI's 2014-03 rows and surrounding spaces are ignored; aliases such as the truncated "MINUJUST"
 * and the French "ONUCI" resolve to their mission). Undefined when unknown.
 */
export function lookupMission(acronym: string): Mission | undefined {
  const key = acronym.trim().replace(/'+$/, '').toUpperCase();
  return BY_ACRONYM.get(key);
}

/** A source names a mission this table does not know. Stops the pipeline. */
export class UnknownMissionError extends Error {
  constructor(
    readonly file: string,
    readonly location: string,
    readonly acronym: string,
  ) {
    super(
      `${file}, ${location}: unknown mission acronym "${acronym}". ` +
        'Add it (official name, host, years) to scripts/data/missions/missions.ts.',
    );
    this.name = 'UnknownMissionError';
  }
}
