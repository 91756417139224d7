import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  COUNTRIES,
  displayName,
  isNoCountrySpelling,
  lookupIso3,
  normaliseCountryKey,
  requireIso3,
  TRUNCATED_SPELLINGS,
  UnknownCountryError,
} from '../../scripts/data/countries/countryNames.ts';
import {
  HOST_OVERRIDES_OF_IPI,
  lookupMission,
  MISSIONS,
  MISSIONS_SOURCE,
  UnknownMissionError,
} from '../../scripts/data/missions/missions.ts';
import { columnIndex, field, readCsvTable } from '../../scripts/data/readers/csv.ts';

const SOURCES = process.env.BH_SOURCES ?? path.resolve(__dirname, '../../../shared/data/sources');
const IPI = path.join(SOURCES, 'contributions_ipi_providing_for_peacekeeping');

/** Distinct values of some columns of a real source CSV, apostrophes of IPI's 2014-03 rows stripped. */
function columnValues(file: string, columns: readonly string[]): Set<string> {
  const table = readCsvTable(file);
  const col = columnIndex(table, columns);
  const out = new Set<string>();
  for (const row of table.rows) {
    for (const c of columns) out.add(field(row, col[c]!).trim().replace(/'+$/, ''));
  }
  return out;
}

/**
 * The country column of the 126 UN monthly PDFs, as printed once wrapped names are joined
 * ("Democratic Republic of the" + "Congo"), including the names the reports cut at a fixed width.
 * Gathered from every text line of every PDF (scripts/data/pdf/pdfText.ts readPdfPages + groupLines):
 * each non-numeric item and each run of such items was tried against the table, and every item left
 * unmapped was checked by eye to be a header, a personnel type, a mission, or one line of a wrapped name.
 */
const PDF_COUNTRY_SPELLINGS = [
  'Afghanistan',
  'Albania',
  'Algeria',
  'Angola',
  'Argentina',
  'Armenia',
  'Australia',
  'Austria',
  'Azerbaijan',
  'Bangladesh',
  'Barbados',
  'Belarus',
  'Belgium',
  'Benin',
  'Bermuda',
  'Bhutan',
  'Bolivia',
  'Bosnia and',
  'Bosnia and Herzeg',
  'Bosnia and Herzegovina',
  'Botswana',
  'Brazil',
  'Brunei',
  'Brunei Darussala',
  'Brunei Darussalam',
  'Bulgaria',
  'Burkina Faso',
  'Burundi',
  'Cambodia',
  'Cameroon',
  'Canada',
  'Cape Verde',
  'Central African Re',
  'Central African Republic',
  'Chad',
  'Chile',
  'China',
  'Colombia',
  'Comoros',
  'Congo',
  'Costa Rica',
  'Cote d Ivoire',
  'Croatia',
  'Cuba',
  'Cyprus',
  'Czech Republic',
  "Côte d'Ivoire",
  'DR Congo',
  'Democratic Repub',
  'Democratic Republic of',
  'Democratic Republic of the Congo',
  'Democratic Republic of the Congo (DRC)',
  'Denmark',
  'Djibouti',
  'Dominican',
  'Dominican Republ',
  'Dominican Republic',
  'Ecuador',
  'Egypt',
  'El Salvador',
  'Estonia',
  'Ethiopia',
  'Fiji',
  'Finland',
  'France',
  'Gabon',
  'Gambia',
  'Georgia',
  'Germany',
  'Ghana',
  'Greece',
  'Grenada',
  'Guatemala',
  'Guinea',
  'Guinea-Bissau',
  'Haiti',
  'Honduras',
  'Hungary',
  'India',
  'Indonesia',
  'Iran',
  'Iran (Islamic Repu',
  'Iran (Islamic Republic of',
  'Iran (Islamic Republic of)',
  'Ireland',
  'Italy',
  'Jamaica',
  'Japan',
  'Jordan',
  'Kazakhstan',
  'Kenya',
  'Kiribati',
  'Kyrgyzstan',
  'Latvia',
  'Lesotho',
  'Liberia',
  'Libya',
  'Lithuania',
  'Luxembourg',
  'Macedonia',
  'Madagascar',
  'Malawi',
  'Malaysia',
  'Mali',
  'Malta',
  'Mauritania',
  'Mexico',
  'Moldova,',
  'Moldova, Republic',
  'Moldova, Republic of',
  'Mongolia',
  'Montenegro',
  'Morocco',
  'Mozambique',
  'Myanmar',
  'Namibia',
  'Nauru',
  'Nepal',
  'Netherlands',
  'New Zealand',
  'Niger',
  'Nigeria',
  'North Macedonia',
  'Norway',
  'Pakistan',
  'Papua New Guine',
  'Papua New Guinea',
  'Paraguay',
  'Peru',
  'Philippines',
  'Poland',
  'Portugal',
  'Qatar',
  'Republic of Korea',
  'Republic of Moldova',
  'Romania',
  'Russian',
  'Russian Federatio',
  'Russian Federation',
  'Rwanda',
  'Samoa',
  'Sao Tome and Principe',
  'Senegal',
  'Serbia',
  'Sierra Leone',
  'Slovakia',
  'Slovenia',
  'Solomon Islands',
  'South Africa',
  'Spain',
  'Sri Lanka',
  'Sudan',
  'Swaziland',
  'Sweden',
  'Switzerland',
  'Tajikistan',
  'Tanzania',
  'Tanzania, United Republic of',
  'Thailand',
  'The former Yugosl',
  'The former Yugoslav Re',
  'The former Yugoslav Republic of Maced',
  'The former Yugoslav Republic of Macedoni',
  'The former Yugoslav Republic of Macedonia',
  'Timor-Leste',
  'Togo',
  'Tunisia',
  'Turkey',
  'Turkiye',
  'Uganda',
  'Ukraine',
  'United Kingdom',
  'United Republic',
  'United Republic of',
  'United Republic of Tanz',
  'United Republic of Tanzania',
  'United States of',
  'United States of A',
  'United States of Americ',
  'United States of America',
  'Uruguay',
  'Vanuatu',
  'Viet Nam',
  'Vietnam',
  'Yemen',
  'Zambia',
  'Zimbabwe',
];

/** The mission acronyms the PDFs print (gathered the same way; "MINUJUST" is a cut "MINUJUSTH"). */
const PDF_MISSIONS = [
  'BINUB',
  'BINUH',
  'MINUJUST',
  'MINUJUSTH',
  'MINURSO',
  'MINUSCA',
  'MINUSMA',
  'MINUSTAH',
  'MONUSCO',
  'UNAMA',
  'UNAMI',
  'UNAMID',
  'UNDOF',
  'UNFICYP',
  'UNIFIL',
  'UNIOGBIS',
  'UNISFA',
  'UNITAMS',
  'UNMC',
  'UNMHA',
  'UNMIK',
  'UNMIL',
  'UNMISS',
  'UNMOGIP',
  'UNOCI',
  'UNOWAS',
  'UNSMIL',
  'UNSOM',
  'UNSOS',
  'UNTMIS',
  'UNTSO',
  'UNVMC',
];

function unmapped(spellings: Iterable<string>): string[] {
  return [...spellings].filter((s) => lookupIso3(s) === undefined);
}

describe('countryNames: every spelling in every source maps', () => {
  it('maps every IPI countries/ file name', () => {
    const names = readdirSync(path.join(IPI, 'countries'))
      .filter((n) => n.endsWith('.csv') && n !== '.csv')
      .map((n) => n.slice(0, -4));
    expect(names).toHaveLength(148);
    expect(unmapped(names)).toEqual([]);
  });

  it('maps every full_gender_data.csv Contributor to the ISO3 the file gives it', () => {
    const table = readCsvTable(path.join(IPI, 'full_gender_data.csv'));
    const col = columnIndex(table, ['Contributor', 'Contributor_ISO-3'] as const);
    const wrong = new Set<string>();
    for (const row of table.rows) {
      const name = field(row, col.Contributor).replace(/'+$/, '');
      const iso3 = field(row, col['Contributor_ISO-3']).replace(/'+$/, '');
      if (name !== 'all' && lookupIso3(name) !== iso3) wrong.add(`${name} → ${iso3}`);
    }
    expect([...wrong]).toEqual([]);
  });

  it('maps every country and mission host in current_month.csv and data_mission.csv', () => {
    const current = columnValues(path.join(IPI, 'current_month.csv'), ['Contributor', 'Mission_Country']);
    const hosts = columnValues(path.join(IPI, 'data_mission.csv'), ['Country of Mission']);
    expect(unmapped(current)).toEqual([]);
    expect(unmapped(hosts)).toEqual([]);
  });

  it('maps every fatalities casualty_nationality to its isocode3, except the two that name no country', () => {
    const table = readCsvTable(path.join(SOURCES, 'fatalities_un_dpo/DPPADPOSS-FATALITIES.csv'));
    const col = columnIndex(table, ['casualty_nationality', 'isocode3'] as const);
    const wrong = new Set<string>();
    const noCountry = new Set<string>();
    for (const row of table.rows) {
      const name = field(row, col.casualty_nationality);
      const iso3 = field(row, col.isocode3);
      if (isNoCountrySpelling(name)) noCountry.add(name);
      else if (lookupIso3(name) === undefined || (iso3 !== '' && lookupIso3(name) !== iso3))
        wrong.add(`${name} → ${iso3}`);
    }
    expect([...wrong]).toEqual([]);
    expect([...noCountry].sort()).toEqual(['', 'ZZ [Undetermined]']);
    expect(lookupIso3('Côte dIvoire')).toBe('CIV');
    expect(lookupIso3('Viet Nam')).toBe('VNM');
    expect(lookupIso3('Mauritius')).toBe('MUS');
    expect(lookupIso3('ZZ [Undetermined]')).toBeUndefined();
  });

  it('maps every World Bank economy name to its World Bank code', () => {
    const table = readCsvTable(path.join(SOURCES, 'population_worldbank/population.csv'));
    const col = columnIndex(table, ['Country Name', 'Country Code'] as const);
    const economies = new Map<string, string>();
    for (const row of table.rows)
      economies.set(field(row, col['Country Name']), field(row, col['Country Code']));
    const wrong = [...economies].filter(
      ([name, code]) => lookupIso3(name) !== undefined && lookupIso3(name) !== code,
    );
    expect(wrong).toEqual([]);
    // 217 economies map; the 48 others are the aggregates the population reader drops.
    expect([...economies.keys()].filter((n) => lookupIso3(n) !== undefined)).toHaveLength(217);
  });

  it('maps every country name the UN PDFs print', () => {
    expect(unmapped(PDF_COUNTRY_SPELLINGS)).toEqual([]);
  });
});

describe('countryNames: lookups', () => {
  it('maps Turkey, Turkiye and Türkiye to TUR', () => {
    expect(['Turkey', 'Turkiye', 'Türkiye', 'TURKIYE'].map((s) => lookupIso3(s))).toEqual([
      'TUR',
      'TUR',
      'TUR',
      'TUR',
    ]);
  });

  it('maps the truncated "Russian" and "United States of" of the 2019-09 table', () => {
    expect(lookupIso3('Russian')).toBe('RUS');
    expect(lookupIso3('United States of')).toBe('USA');
  });

  it('normalises case, accents, apostrophes and whitespace', () => {
    expect(lookupIso3('  cote  d’ivoire ')).toBe('CIV');
    expect(lookupIso3('COTE D IVOIRE')).toBe('CIV');
    expect(lookupIso3('Iran (Islamic Republic of)')).toBe('IRN');
    expect(normaliseCountryKey("Côte d'Ivoire")).toBe(normaliseCountryKey('Cote dIvoire'));
  });

  it('knows "Republic of" and "North" only inside the 2019-09 flat table', () => {
    expect(lookupIso3('Republic of')).toBeUndefined();
    expect(lookupIso3('North')).toBeUndefined();
    expect(lookupIso3('Republic of', 'flat-table-2019-09')).toBe('KOR');
    expect(lookupIso3('North', 'flat-table-2019-09')).toBe('MKD');
    expect(lookupIso3('Republic of', 'mission-country-type-2021')).toBeUndefined();
  });

  it('leaves the first line of the wrapped DR Congo unknown so an unjoined wrap fails loudly', () => {
    expect(lookupIso3('Democratic Republic of the')).toBeUndefined();
    expect(lookupIso3('Democratic Republic of the Congo')).toBe('COD');
    expect(lookupIso3('Congo')).toBe('COG');
  });

  it('keeps Bermuda as BMU, Kosovo as XKX and the withdrawn codes the fatalities file uses', () => {
    expect(lookupIso3('Bermuda')).toBe('BMU');
    expect(lookupIso3('Kosovo')).toBe('XKX');
    expect(lookupIso3('Serbia and Montenegro')).toBe('SCG');
    expect(lookupIso3('Yugoslavia')).toBe('YUG');
  });

  it('gives one display name per ISO3, each distinct', () => {
    expect(displayName('COD')).toBe('DR Congo');
    expect(displayName('CIV')).toBe("Côte d'Ivoire");
    expect(displayName('TUR')).toBe('Türkiye');
    expect(displayName('USA')).toBe('United States');
    expect(displayName('RUS')).toBe('Russian Federation');
    expect(displayName('KOR')).toBe('Republic of Korea');
    expect(displayName('CZE')).toBe('Czechia');
    const names = COUNTRIES.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    expect(() => displayName('XXX')).toThrow(/countryNames\.ts/);
  });

  it('lists every truncation under a country the table holds', () => {
    expect(TRUNCATED_SPELLINGS.every((t) => lookupIso3(t.spelling) === t.iso3)).toBe(true);
  });
});

describe('UnknownCountryError', () => {
  it('names the file, the row and the spelling, and says where to add it', () => {
    let error: unknown;
    try {
      requireIso3('Atlantis', 'UN_country_contributions_2021_05.pdf', 'page 7');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UnknownCountryError);
    const e = error as UnknownCountryError;
    expect([e.file, e.location, e.spelling]).toEqual([
      'UN_country_contributions_2021_05.pdf',
      'page 7',
      'Atlantis',
    ]);
    expect(e.message).toContain('UN_country_contributions_2021_05.pdf, page 7');
    expect(e.message).toContain('"Atlantis"');
    expect(e.message).toContain('scripts/data/countries/countryNames.ts');
  });
});

describe('missions', () => {
  it('knows every mission acronym in the fatalities file, the IPI files and the PDFs', () => {
    const acronyms = new Set<string>([
      ...columnValues(path.join(SOURCES, 'fatalities_un_dpo/DPPADPOSS-FATALITIES.csv'), ['mission_acronym']),
      ...columnValues(path.join(IPI, 'full_gender_data.csv'), ['Mission']),
      ...columnValues(path.join(IPI, 'data_mission.csv'), ['Mission']),
      ...columnValues(path.join(IPI, 'current_month.csv'), ['Mission']),
      ...PDF_MISSIONS,
    ]);
    acronyms.delete('all');
    expect([...acronyms].filter((a) => lookupMission(a) === undefined)).toEqual([]);
    expect(acronyms.size).toBe(103);
  });

  it("takes the host from IPI's data_mission.csv except for the listed multi-country missions", () => {
    const table = readCsvTable(path.join(IPI, 'data_mission.csv'));
    const col = columnIndex(table, ['Mission', 'Country of Mission'] as const);
    const ipiHost = new Map<string, string>();
    for (const row of table.rows) {
      ipiHost.set(field(row, col.Mission), field(row, col['Country of Mission']).replace(/'+$/, ''));
    }
    const overridden: string[] = [];
    for (const [acronym, host] of ipiHost) {
      const mission = lookupMission(acronym)!;
      expect(mission.ipiHost).toBe(host);
      if (mission.hostIso3 !== lookupIso3(host)) overridden.push(mission.acronym);
    }
    expect(overridden.sort()).toEqual([...HOST_OVERRIDES_OF_IPI].sort());
  });

  it('gives every mission a host, a name, a kind and consistent years', () => {
    for (const m of MISSIONS) {
      expect(m.name.length).toBeGreaterThan(3);
      expect(m.host.length).toBeGreaterThan(2);
      if (m.hostIso3 !== null) expect(m.host).toBe(displayName(m.hostIso3));
      if (m.start !== null && m.end !== null) expect(m.end).toBeGreaterThanOrEqual(m.start);
      if (m.isActive) expect(m.end).toBeNull();
    }
    expect(MISSIONS_SOURCE).toMatch(/peacekeeping\.un\.org/);
  });

  it('resolves apostrophes, case and aliases, and describes the current missions the dashboard needs', () => {
    expect(lookupMission("UNMISS'")?.acronym).toBe('UNMISS');
    expect(lookupMission('monusco')?.hostIso3).toBe('COD');
    expect(lookupMission('MINUJUST')?.acronym).toBe('MINUJUSTH');
    expect(lookupMission('ONUCI')?.acronym).toBe('UNOCI');
    expect(lookupMission('MINUSCA')).toMatchObject({
      host: 'Central African Republic',
      start: 2014,
      end: null,
      isActive: true,
    });
    expect(lookupMission('MINUSMA')).toMatchObject({
      hostIso3: 'MLI',
      start: 2013,
      end: 2023,
      isActive: false,
    });
    expect(lookupMission('UNTSO')).toMatchObject({ host: 'Middle East', hostIso3: null, start: 1948 });
    expect(lookupMission('UNAMA')?.kind).toBe('political');
    expect(lookupMission('UNSOM')?.kind).toBe('political');
    expect(lookupMission('NOPE')).toBeUndefined();
    expect(new UnknownMissionError('f.csv', 'line 3', 'NOPE').message).toContain(
      'scripts/data/missions/missions.ts',
    );
  });
});
