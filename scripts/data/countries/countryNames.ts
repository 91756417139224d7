// THE one place that maps a country as any source spells it to ISO 3166-1 alpha-3, and gives each
// ISO3 one display name. Every reader looks countries up here; a spelling missing here stops the
// pipeline with UnknownCountryError rather than silently dropping a country's numbers.
//
// Sources of spellings (all gathered from the files themselves):
//   * IPI countries/<Country>.csv file names and full_gender_data.csv / current_month.csv Contributor;
//   * IPI data_mission.csv "Country of Mission" (mission hosts);
//   * UN fatalities CSV casualty_nationality (long official UN names);
//   * World Bank population.csv "Country Name" (217 economies; aggregates are dropped by the reader);
//   * the 126 UN monthly PDFs' country column, after joining names wrapped over two or more lines.
//     Names the PDFs cut at a fixed width are listed separately in TRUNCATED_SPELLINGS below.
//
// Display names: short common English, the UN's short name where it is the common one
// ("Russian Federation", "Republic of Korea", "Viet Nam"), otherwise the usual short form
// ("Iran", "Bolivia", "Tanzania", "Syria", "DR Congo", "Türkiye", "United States").
//
// Codes outside ISO 3166-1 that the sources use, kept deliberately (see the notes at each entry):
// XKX Kosovo (World Bank), CHI Channel Islands (World Bank), SCG Serbia and Montenegro and YUG
// Yugoslavia (withdrawn ISO codes the fatalities file still uses).

export interface CountryEntry {
  iso3: string;
  /** The one display name for this ISO3. */
  name: string;
  /** Every full spelling seen in a source (the display name need not be one of them). */
  spellings: readonly string[];
}

export const COUNTRIES: readonly CountryEntry[] = [
  { iso3: 'ABW', name: 'Aruba', spellings: ['Aruba'] },
  { iso3: 'AFG', name: 'Afghanistan', spellings: ['Afghanistan'] },
  { iso3: 'AGO', name: 'Angola', spellings: ['Angola'] },
  { iso3: 'ALB', name: 'Albania', spellings: ['Albania'] },
  { iso3: 'AND', name: 'Andorra', spellings: ['Andorra'] },
  { iso3: 'ARE', name: 'United Arab Emirates', spellings: ['United Arab Emirates'] },
  { iso3: 'ARG', name: 'Argentina', spellings: ['Argentina'] },
  { iso3: 'ARM', name: 'Armenia', spellings: ['Armenia'] },
  { iso3: 'ASM', name: 'American Samoa', spellings: ['American Samoa'] },
  { iso3: 'ATG', name: 'Antigua and Barbuda', spellings: ['Antigua and Barbuda'] },
  { iso3: 'AUS', name: 'Australia', spellings: ['Australia'] },
  { iso3: 'AUT', name: 'Austria', spellings: ['Austria'] },
  { iso3: 'AZE', name: 'Azerbaijan', spellings: ['Azerbaijan'] },
  { iso3: 'BDI', name: 'Burundi', spellings: ['Burundi'] },
  { iso3: 'BEL', name: 'Belgium', spellings: ['Belgium'] },
  { iso3: 'BEN', name: 'Benin', spellings: ['Benin'] },
  { iso3: 'BFA', name: 'Burkina Faso', spellings: ['Burkina Faso'] },
  { iso3: 'BGD', name: 'Bangladesh', spellings: ['Bangladesh'] },
  { iso3: 'BGR', name: 'Bulgaria', spellings: ['Bulgaria'] },
  { iso3: 'BHR', name: 'Bahrain', spellings: ['Bahrain'] },
  { iso3: 'BHS', name: 'Bahamas', spellings: ['Bahamas, The', 'Bahamas'] },
  { iso3: 'BIH', name: 'Bosnia and Herzegovina', spellings: ['Bosnia and Herzegovina'] },
  { iso3: 'BLR', name: 'Belarus', spellings: ['Belarus'] },
  { iso3: 'BLZ', name: 'Belize', spellings: ['Belize'] },
  // British Overseas Territory (ISO 3166-1 BMU). The UN report of 31 May 2017 prints "Bermuda" as a
  // contributor (3 staff officers, UNDOF); kept as printed under BMU rather than folded into GBR.
  { iso3: 'BMU', name: 'Bermuda', spellings: ['Bermuda'] },
  { iso3: 'BOL', name: 'Bolivia', spellings: ['Bolivia', 'Bolivia (Plurinational State of)'] },
  { iso3: 'BRA', name: 'Brazil', spellings: ['Brazil'] },
  { iso3: 'BRB', name: 'Barbados', spellings: ['Barbados'] },
  { iso3: 'BRN', name: 'Brunei', spellings: ['Brunei', 'Brunei Darussalam'] },
  { iso3: 'BTN', name: 'Bhutan', spellings: ['Bhutan'] },
  { iso3: 'BWA', name: 'Botswana', spellings: ['Botswana'] },
  { iso3: 'CAF', name: 'Central African Republic', spellings: ['Central African Republic'] },
  { iso3: 'CAN', name: 'Canada', spellings: ['Canada'] },
  { iso3: 'CHE', name: 'Switzerland', spellings: ['Switzerland'] },
  // World Bank code for Jersey + Guernsey together; not an ISO 3166-1 code. Appears only in World Bank data.
  { iso3: 'CHI', name: 'Channel Islands', spellings: ['Channel Islands'] },
  { iso3: 'CHL', name: 'Chile', spellings: ['Chile'] },
  { iso3: 'CHN', name: 'China', spellings: ['China'] },
  {
    iso3: 'CIV',
    name: "Côte d'Ivoire",
    spellings: ['Cote d Ivoire', "Cote d'Ivoire", "Côte d'Ivoire", 'Côte dIvoire'],
  },
  { iso3: 'CMR', name: 'Cameroon', spellings: ['Cameroon'] },
  {
    iso3: 'COD',
    name: 'DR Congo',
    spellings: [
      'Congo, Dem. Rep.',
      'DR Congo',
      'Democratic Republic of the Congo',
      'Democratic Republic of the Congo (DRC)',
    ],
  },
  { iso3: 'COG', name: 'Congo', spellings: ['Congo', 'Congo, Rep.'] },
  { iso3: 'COL', name: 'Colombia', spellings: ['Colombia'] },
  { iso3: 'COM', name: 'Comoros', spellings: ['Comoros'] },
  { iso3: 'CPV', name: 'Cabo Verde', spellings: ['Cabo Verde', 'Cape Verde'] },
  { iso3: 'CRI', name: 'Costa Rica', spellings: ['Costa Rica'] },
  { iso3: 'CUB', name: 'Cuba', spellings: ['Cuba'] },
  { iso3: 'CUW', name: 'Curaçao', spellings: ['Curacao'] },
  { iso3: 'CYM', name: 'Cayman Islands', spellings: ['Cayman Islands'] },
  { iso3: 'CYP', name: 'Cyprus', spellings: ['Cyprus'] },
  { iso3: 'CZE', name: 'Czechia', spellings: ['Czech Republic', 'Czechia'] },
  { iso3: 'DEU', name: 'Germany', spellings: ['Germany'] },
  { iso3: 'DJI', name: 'Djibouti', spellings: ['Djibouti'] },
  { iso3: 'DMA', name: 'Dominica', spellings: ['Dominica'] },
  { iso3: 'DNK', name: 'Denmark', spellings: ['Denmark'] },
  { iso3: 'DOM', name: 'Dominican Republic', spellings: ['Dominican Republic'] },
  { iso3: 'DZA', name: 'Algeria', spellings: ['Algeria'] },
  { iso3: 'ECU', name: 'Ecuador', spellings: ['Ecuador'] },
  { iso3: 'EGY', name: 'Egypt', spellings: ['Egypt', 'Egypt, Arab Rep.'] },
  { iso3: 'ERI', name: 'Eritrea', spellings: ['Eritrea'] },
  // Non-self-governing territory; host of MINURSO (IPI data_mission.csv). Not a contributor.
  { iso3: 'ESH', name: 'Western Sahara', spellings: ['Western Sahara'] },
  { iso3: 'ESP', name: 'Spain', spellings: ['Spain'] },
  { iso3: 'EST', name: 'Estonia', spellings: ['Estonia'] },
  { iso3: 'ETH', name: 'Ethiopia', spellings: ['Ethiopia'] },
  { iso3: 'FIN', name: 'Finland', spellings: ['Finland'] },
  { iso3: 'FJI', name: 'Fiji', spellings: ['Fiji'] },
  { iso3: 'FRA', name: 'France', spellings: ['France'] },
  { iso3: 'FRO', name: 'Faroe Islands', spellings: ['Faroe Islands'] },
  { iso3: 'FSM', name: 'Micronesia', spellings: ['Micronesia, Fed. Sts.'] },
  { iso3: 'GAB', name: 'Gabon', spellings: ['Gabon'] },
  {
    iso3: 'GBR',
    name: 'United Kingdom',
    spellings: ['United Kingdom', 'United Kingdom of Great Britain and Northern Ireland'],
  },
  { iso3: 'GEO', name: 'Georgia', spellings: ['Georgia'] },
  { iso3: 'GHA', name: 'Ghana', spellings: ['Ghana'] },
  { iso3: 'GIB', name: 'Gibraltar', spellings: ['Gibraltar'] },
  { iso3: 'GIN', name: 'Guinea', spellings: ['Guinea'] },
  { iso3: 'GMB', name: 'Gambia', spellings: ['Gambia', 'Gambia, The'] },
  { iso3: 'GNB', name: 'Guinea-Bissau', spellings: ['Guinea-Bissau'] },
  { iso3: 'GNQ', name: 'Equatorial Guinea', spellings: ['Equatorial Guinea'] },
  { iso3: 'GRC', name: 'Greece', spellings: ['Greece'] },
  { iso3: 'GRD', name: 'Grenada', spellings: ['Grenada'] },
  { iso3: 'GRL', name: 'Greenland', spellings: ['Greenland'] },
  { iso3: 'GTM', name: 'Guatemala', spellings: ['Guatemala'] },
  { iso3: 'GUM', name: 'Guam', spellings: ['Guam'] },
  { iso3: 'GUY', name: 'Guyana', spellings: ['Guyana'] },
  { iso3: 'HKG', name: 'Hong Kong (China)', spellings: ['Hong Kong SAR, China'] },
  { iso3: 'HND', name: 'Honduras', spellings: ['Honduras'] },
  { iso3: 'HRV', name: 'Croatia', spellings: ['Croatia'] },
  { iso3: 'HTI', name: 'Haiti', spellings: ['Haiti'] },
  { iso3: 'HUN', name: 'Hungary', spellings: ['Hungary'] },
  { iso3: 'IDN', name: 'Indonesia', spellings: ['Indonesia'] },
  { iso3: 'IMN', name: 'Isle of Man', spellings: ['Isle of Man'] },
  { iso3: 'IND', name: 'India', spellings: ['India'] },
  { iso3: 'IRL', name: 'Ireland', spellings: ['Ireland'] },
  { iso3: 'IRN', name: 'Iran', spellings: ['Iran', 'Iran (Islamic Republic of)', 'Iran, Islamic Rep.'] },
  { iso3: 'IRQ', name: 'Iraq', spellings: ['Iraq'] },
  { iso3: 'ISL', name: 'Iceland', spellings: ['Iceland'] },
  { iso3: 'ISR', name: 'Israel', spellings: ['Israel'] },
  { iso3: 'ITA', name: 'Italy', spellings: ['Italy'] },
  { iso3: 'JAM', name: 'Jamaica', spellings: ['Jamaica'] },
  { iso3: 'JOR', name: 'Jordan', spellings: ['Jordan'] },
  { iso3: 'JPN', name: 'Japan', spellings: ['Japan'] },
  { iso3: 'KAZ', name: 'Kazakhstan', spellings: ['Kazakhstan'] },
  { iso3: 'KEN', name: 'Kenya', spellings: ['Kenya'] },
  { iso3: 'KGZ', name: 'Kyrgyzstan', spellings: ['Kyrgyz Republic', 'Kyrgyzstan'] },
  { iso3: 'KHM', name: 'Cambodia', spellings: ['Cambodia'] },
  { iso3: 'KIR', name: 'Kiribati', spellings: ['Kiribati'] },
  { iso3: 'KNA', name: 'Saint Kitts and Nevis', spellings: ['St. Kitts and Nevis'] },
  { iso3: 'KOR', name: 'Republic of Korea', spellings: ['Korea, Rep.', 'Republic of Korea'] },
  { iso3: 'KWT', name: 'Kuwait', spellings: ['Kuwait'] },
  { iso3: 'LAO', name: 'Lao PDR', spellings: ['Lao PDR'] },
  { iso3: 'LBN', name: 'Lebanon', spellings: ['Lebanon'] },
  { iso3: 'LBR', name: 'Liberia', spellings: ['Liberia'] },
  { iso3: 'LBY', name: 'Libya', spellings: ['Libya'] },
  { iso3: 'LCA', name: 'Saint Lucia', spellings: ['St. Lucia'] },
  { iso3: 'LIE', name: 'Liechtenstein', spellings: ['Liechtenstein'] },
  { iso3: 'LKA', name: 'Sri Lanka', spellings: ['Sri Lanka'] },
  { iso3: 'LSO', name: 'Lesotho', spellings: ['Lesotho'] },
  { iso3: 'LTU', name: 'Lithuania', spellings: ['Lithuania'] },
  { iso3: 'LUX', name: 'Luxembourg', spellings: ['Luxembourg'] },
  { iso3: 'LVA', name: 'Latvia', spellings: ['Latvia'] },
  { iso3: 'MAC', name: 'Macao (China)', spellings: ['Macao SAR, China'] },
  { iso3: 'MAF', name: 'Saint Martin (French part)', spellings: ['St. Martin (French part)'] },
  { iso3: 'MAR', name: 'Morocco', spellings: ['Morocco'] },
  { iso3: 'MCO', name: 'Monaco', spellings: ['Monaco'] },
  { iso3: 'MDA', name: 'Moldova', spellings: ['Moldova', 'Moldova, Republic of', 'Republic of Moldova'] },
  { iso3: 'MDG', name: 'Madagascar', spellings: ['Madagascar'] },
  { iso3: 'MDV', name: 'Maldives', spellings: ['Maldives'] },
  { iso3: 'MEX', name: 'Mexico', spellings: ['Mexico'] },
  { iso3: 'MHL', name: 'Marshall Islands', spellings: ['Marshall Islands'] },
  // IPI has two files for one country: "Macedonia" (to 2014-02) and "The former Yugoslav Republic of
  // Macedonia" (2014-03 only); the UN reports print the long name until 2019 and "North Macedonia" after.
  {
    iso3: 'MKD',
    name: 'North Macedonia',
    spellings: ['Macedonia', 'North Macedonia', 'The former Yugoslav Republic of Macedonia'],
  },
  { iso3: 'MLI', name: 'Mali', spellings: ['Mali'] },
  { iso3: 'MLT', name: 'Malta', spellings: ['Malta'] },
  { iso3: 'MMR', name: 'Myanmar', spellings: ['Myanmar'] },
  { iso3: 'MNE', name: 'Montenegro', spellings: ['Montenegro'] },
  { iso3: 'MNG', name: 'Mongolia', spellings: ['Mongolia'] },
  { iso3: 'MNP', name: 'Northern Mariana Islands', spellings: ['Northern Mariana Islands'] },
  { iso3: 'MOZ', name: 'Mozambique', spellings: ['Mozambique'] },
  { iso3: 'MRT', name: 'Mauritania', spellings: ['Mauritania'] },
  { iso3: 'MUS', name: 'Mauritius', spellings: ['Mauritius'] },
  { iso3: 'MWI', name: 'Malawi', spellings: ['Malawi'] },
  { iso3: 'MYS', name: 'Malaysia', spellings: ['Malaysia'] },
  { iso3: 'NAM', name: 'Namibia', spellings: ['Namibia'] },
  { iso3: 'NCL', name: 'New Caledonia', spellings: ['New Caledonia'] },
  { iso3: 'NER', name: 'Niger', spellings: ['Niger'] },
  { iso3: 'NGA', name: 'Nigeria', spellings: ['Nigeria'] },
  { iso3: 'NIC', name: 'Nicaragua', spellings: ['Nicaragua'] },
  { iso3: 'NLD', name: 'Netherlands', spellings: ['Netherlands'] },
  { iso3: 'NOR', name: 'Norway', spellings: ['Norway'] },
  { iso3: 'NPL', name: 'Nepal', spellings: ['Nepal'] },
  { iso3: 'NRU', name: 'Nauru', spellings: ['Nauru'] },
  { iso3: 'NZL', name: 'New Zealand', spellings: ['New Zealand'] },
  { iso3: 'OMN', name: 'Oman', spellings: ['Oman'] },
  { iso3: 'PAK', name: 'Pakistan', spellings: ['Pakistan'] },
  { iso3: 'PAN', name: 'Panama', spellings: ['Panama'] },
  { iso3: 'PER', name: 'Peru', spellings: ['Peru'] },
  { iso3: 'PHL', name: 'Philippines', spellings: ['Philippines'] },
  { iso3: 'PLW', name: 'Palau', spellings: ['Palau'] },
  { iso3: 'PNG', name: 'Papua New Guinea', spellings: ['Papua New Guinea'] },
  { iso3: 'POL', name: 'Poland', spellings: ['Poland'] },
  { iso3: 'PRI', name: 'Puerto Rico', spellings: ['Puerto Rico (US)'] },
  { iso3: 'PRK', name: 'DPR Korea', spellings: ["Korea, Dem. People's Rep."] },
  { iso3: 'PRT', name: 'Portugal', spellings: ['Portugal'] },
  { iso3: 'PRY', name: 'Paraguay', spellings: ['Paraguay'] },
  // UN name "State of Palestine" (fatalities file); the World Bank's "West Bank and Gaza" uses the same code.
  { iso3: 'PSE', name: 'State of Palestine', spellings: ['State of Palestine', 'West Bank and Gaza'] },
  { iso3: 'PYF', name: 'French Polynesia', spellings: ['French Polynesia'] },
  { iso3: 'QAT', name: 'Qatar', spellings: ['Qatar'] },
  { iso3: 'ROU', name: 'Romania', spellings: ['Romania'] },
  { iso3: 'RUS', name: 'Russian Federation', spellings: ['Russian Federation'] },
  { iso3: 'RWA', name: 'Rwanda', spellings: ['Rwanda'] },
  { iso3: 'SAU', name: 'Saudi Arabia', spellings: ['Saudi Arabia'] },
  // Historical: ISO 3166-1 SCG was withdrawn in 2006. The fatalities file codes "Serbia and Montenegro" SCG;
  // kept as printed rather than guessing which successor state a person came from.
  { iso3: 'SCG', name: 'Serbia and Montenegro', spellings: ['Serbia and Montenegro'] },
  { iso3: 'SDN', name: 'Sudan', spellings: ['Sudan'] },
  { iso3: 'SEN', name: 'Senegal', spellings: ['Senegal'] },
  { iso3: 'SGP', name: 'Singapore', spellings: ['Singapore'] },
  { iso3: 'SLB', name: 'Solomon Islands', spellings: ['Solomon Islands'] },
  { iso3: 'SLE', name: 'Sierra Leone', spellings: ['Sierra Leone'] },
  { iso3: 'SLV', name: 'El Salvador', spellings: ['El Salvador'] },
  { iso3: 'SMR', name: 'San Marino', spellings: ['San Marino'] },
  { iso3: 'SOM', name: 'Somalia', spellings: ['Somalia', 'Somalia, Fed. Rep.'] },
  { iso3: 'SRB', name: 'Serbia', spellings: ['Serbia'] },
  { iso3: 'SSD', name: 'South Sudan', spellings: ['South Sudan'] },
  { iso3: 'STP', name: 'São Tomé and Príncipe', spellings: ['Sao Tome and Principe'] },
  { iso3: 'SUR', name: 'Suriname', spellings: ['Suriname'] },
  { iso3: 'SVK', name: 'Slovakia', spellings: ['Slovak Republic', 'Slovakia'] },
  { iso3: 'SVN', name: 'Slovenia', spellings: ['Slovenia'] },
  { iso3: 'SWE', name: 'Sweden', spellings: ['Sweden'] },
  { iso3: 'SWZ', name: 'Eswatini', spellings: ['Eswatini', 'Swaziland'] },
  { iso3: 'SXM', name: 'Sint Maarten (Dutch part)', spellings: ['Sint Maarten (Dutch part)'] },
  { iso3: 'SYC', name: 'Seychelles', spellings: ['Seychelles'] },
  { iso3: 'SYR', name: 'Syria', spellings: ['Syrian Arab Republic'] },
  { iso3: 'TCA', name: 'Turks and Caicos Islands', spellings: ['Turks and Caicos Islands'] },
  { iso3: 'TCD', name: 'Chad', spellings: ['Chad'] },
  { iso3: 'TGO', name: 'Togo', spellings: ['Togo'] },
  { iso3: 'THA', name: 'Thailand', spellings: ['Thailand'] },
  { iso3: 'TJK', name: 'Tajikistan', spellings: ['Tajikistan'] },
  { iso3: 'TKM', name: 'Turkmenistan', spellings: ['Turkmenistan'] },
  { iso3: 'TLS', name: 'Timor-Leste', spellings: ['Timor-Leste'] },
  { iso3: 'TON', name: 'Tonga', spellings: ['Tonga'] },
  { iso3: 'TTO', name: 'Trinidad and Tobago', spellings: ['Trinidad and Tobago'] },
  { iso3: 'TUN', name: 'Tunisia', spellings: ['Tunisia'] },
  // UN reports print "Turkey" until 2022 and "Turkiye" after; the fatalities file writes "Türkiye".
  { iso3: 'TUR', name: 'Türkiye', spellings: ['Turkey', 'Turkiye', 'Türkiye'] },
  { iso3: 'TUV', name: 'Tuvalu', spellings: ['Tuvalu'] },
  {
    iso3: 'TZA',
    name: 'Tanzania',
    spellings: ['Tanzania', 'United Republic of Tanzania', 'Tanzania, United Republic of'],
  },
  { iso3: 'UGA', name: 'Uganda', spellings: ['Uganda'] },
  { iso3: 'UKR', name: 'Ukraine', spellings: ['Ukraine'] },
  { iso3: 'URY', name: 'Uruguay', spellings: ['Uruguay'] },
  { iso3: 'USA', name: 'United States', spellings: ['United States', 'United States of America'] },
  { iso3: 'UZB', name: 'Uzbekistan', spellings: ['Uzbekistan'] },
  { iso3: 'VCT', name: 'Saint Vincent and the Grenadines', spellings: ['St. Vincent and the Grenadines'] },
  {
    iso3: 'VEN',
    name: 'Venezuela',
    spellings: ['Venezuela (Bolivarian Republic of)', 'Venezuela, RB', 'Venezuela'],
  },
  { iso3: 'VGB', name: 'British Virgin Islands', spellings: ['British Virgin Islands'] },
  { iso3: 'VIR', name: 'US Virgin Islands', spellings: ['Virgin Islands (U.S.)'] },
  { iso3: 'VNM', name: 'Viet Nam', spellings: ['Viet Nam', 'Vietnam'] },
  { iso3: 'VUT', name: 'Vanuatu', spellings: ['Vanuatu'] },
  { iso3: 'WSM', name: 'Samoa', spellings: ['Samoa'] },
  // Not an ISO 3166-1 code: XKX is the user-assigned code used by the World Bank and the EU. No source lists
  // Kosovo as a contributor; it appears as a World Bank economy and as the host of UNMIK. Kept as its own
  // economy (the World Bank reports its population separately from Serbia's).
  { iso3: 'XKX', name: 'Kosovo', spellings: ['Kosovo'] },
  { iso3: 'YEM', name: 'Yemen', spellings: ['Yemen', 'Yemen, Rep.'] },
  // Historical: ISO 3166-1 YUG (Socialist Federal Republic / Federal Republic of Yugoslavia), withdrawn.
  // The fatalities file codes "Yugoslavia" YUG; kept as printed for the same reason as SCG.
  { iso3: 'YUG', name: 'Yugoslavia', spellings: ['Yugoslavia'] },
  { iso3: 'ZAF', name: 'South Africa', spellings: ['South Africa'] },
  { iso3: 'ZMB', name: 'Zambia', spellings: ['Zambia'] },
  { iso3: 'ZWE', name: 'Zimbabwe', spellings: ['Zimbabwe'] },
];

/**
 * Names that a UN report prints cut off at a fixed column width (the full name is not on that line),
 * each unambiguous among every country in this table. Wrapped names ("Democratic Republic of the" +
 * "Congo", "Moldova," + "Republic of") are deliberately NOT listed: a reader must join them first.
 * "Democratic Republic of the" stays unknown on purpose, so an unjoined wrap fails loudly instead of
 * its second line "Congo" silently counting as the Republic of the Congo (COG).
 */
export const TRUNCATED_SPELLINGS: readonly { spelling: string; iso3: string; seenIn: string }[] = [
  // 2016-11: long names cut in the country header line.
  { spelling: 'Democratic Republic of', iso3: 'COD', seenIn: '2016_11' },
  { spelling: 'The former Yugoslav Re', iso3: 'MKD', seenIn: '2016_11' },
  { spelling: 'United Republic of Tanz', iso3: 'TZA', seenIn: '2016_11' },
  { spelling: 'United States of Americ', iso3: 'USA', seenIn: '2016_11' },
  // 2017-05 … 2018-02: the country subtotal line repeats the name cut at ~18 characters.
  { spelling: 'Bosnia and Herzeg', iso3: 'BIH', seenIn: '2017_06…2018_02' },
  { spelling: 'Brunei Darussala', iso3: 'BRN', seenIn: '2017_06…2018_02' },
  { spelling: 'Central African Re', iso3: 'CAF', seenIn: '2017_06…2018_02' },
  { spelling: 'Democratic Repub', iso3: 'COD', seenIn: '2017_06…2018_02' },
  { spelling: 'Dominican Republ', iso3: 'DOM', seenIn: '2017_06…2018_02' },
  { spelling: 'Iran (Islamic Repu', iso3: 'IRN', seenIn: '2017_06…2018_02' },
  { spelling: 'Moldova, Republic', iso3: 'MDA', seenIn: '2017_06…2018_02' },
  { spelling: 'Papua New Guine', iso3: 'PNG', seenIn: '2017_06…2018_02' },
  { spelling: 'Russian Federatio', iso3: 'RUS', seenIn: '2017_06…2018_02' },
  { spelling: 'The former Yugosl', iso3: 'MKD', seenIn: '2017_06…2018_02' },
  { spelling: 'The former Yugoslav Republic of Maced', iso3: 'MKD', seenIn: '2017_05…2018_02' },
  { spelling: 'United Republic of', iso3: 'TZA', seenIn: '2017_06…2018_02' },
  { spelling: 'United States of A', iso3: 'USA', seenIn: '2017_06…2018_02' },
  // 2018-03 … 2019-07: the country header cut at ~40 characters.
  { spelling: 'The former Yugoslav Republic of Macedoni', iso3: 'MKD', seenIn: '2018_03…2019_07' },
  // 2019-09 flat table: the country column is cut at ~16 characters.
  { spelling: 'Bosnia and', iso3: 'BIH', seenIn: '2019_09' },
  { spelling: 'Dominican', iso3: 'DOM', seenIn: '2019_09' },
  { spelling: 'Moldova,', iso3: 'MDA', seenIn: '2019_09' },
  { spelling: 'Russian', iso3: 'RUS', seenIn: '2019_09' },
  { spelling: 'United Republic', iso3: 'TZA', seenIn: '2019_09' },
  { spelling: 'United States of', iso3: 'USA', seenIn: '2019_09' },
];

/**
 * Truncations that are ambiguous in general and only mean one country inside one PDF layout, keyed by
 * the layout id its reader reports (ParsedReport.layout). In the 2019-09 flat table "Republic of" is the Republic of Korea (UNIFIL 327 troops, UNMISS 268: Korea's
 * contingents; Moldova is printed "Moldova," there) and "North" is North Macedonia. Elsewhere
 * "Republic of" is the second line of "Moldova, / Republic of" and must be joined by the reader.
 */
const LAYOUT_TRUNCATIONS: Record<string, Record<string, string>> = {
  'flat-table-2019-09': { 'Republic of': 'KOR', North: 'MKD' },
};

/**
 * Spellings that name no country. The fatalities file writes "ZZ [Undetermined]" for 14 people whose
 * nationality the UN did not determine, and leaves one nationality blank. Readers keep these rows with
 * a null ISO3.
 */
export const NO_COUNTRY_SPELLINGS: readonly string[] = ['ZZ [Undetermined]', ''];

/**
 * The lookup key: accents removed, lower case, and everything but letters and digits dropped, so that
 * "Côte d'Ivoire", "Côte dIvoire", "Cote d Ivoire" and "COTE D’IVOIRE" are one key, as are
 * "Iran (Islamic Republic of)" and "Iran (Islamic Republic of" and "Turkiye"/"Türkiye".
 */
export function normaliseCountryKey(spelling: string): string {
  return spelling
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const BY_KEY = new Map<string, string>();
const BY_ISO3 = new Map<string, CountryEntry>();
const LAYOUT_BY_KEY = new Map<string, Map<string, string>>();

function addKey(map: Map<string, string>, spelling: string, iso3: string): void {
  const key = normaliseCountryKey(spelling);
  const existing = map.get(key);
  if (existing !== undefined && existing !== iso3) {
    throw new Error(`countryNames.ts: "${spelling}" maps to both ${existing} and ${iso3}`);
  }
  map.set(key, iso3);
}

for (const entry of COUNTRIES) {
  if (BY_ISO3.has(entry.iso3)) throw new Error(`countryNames.ts: ${entry.iso3} is listed twice`);
  BY_ISO3.set(entry.iso3, entry);
  addKey(BY_KEY, entry.name, entry.iso3);
  for (const spelling of entry.spellings) addKey(BY_KEY, spelling, entry.iso3);
}
for (const { spelling, iso3 } of TRUNCATED_SPELLINGS) {
  if (!BY_ISO3.has(iso3)) throw new Error(`countryNames.ts: truncation "${spelling}" names unknown ${iso3}`);
  addKey(BY_KEY, spelling, iso3);
}
for (const [layout, table] of Object.entries(LAYOUT_TRUNCATIONS)) {
  const map = new Map<string, string>();
  for (const [spelling, iso3] of Object.entries(table)) addKey(map, spelling, iso3);
  LAYOUT_BY_KEY.set(layout, map);
}

/**
 * ISO3 for a country as a source spells it, or undefined when the spelling is not known (or names no
 * country, see NO_COUNTRY_SPELLINGS). Pass the PDF layout id (ParsedReport.layout) to enable the
 * truncations only that layout uses; other layouts and undefined use the general table only.
 */
export function lookupIso3(spelling: string, layout?: string): string | undefined {
  const key = normaliseCountryKey(spelling);
  if (key === '') return undefined;
  if (layout !== undefined) {
    const hit = LAYOUT_BY_KEY.get(layout)?.get(key);
    if (hit !== undefined) return hit;
  }
  return BY_KEY.get(key);
}

/** True for the spellings that deliberately name no country ("ZZ [Undetermined]", blank). */
export function isNoCountrySpelling(spelling: string): boolean {
  const key = normaliseCountryKey(spelling);
  return NO_COUNTRY_SPELLINGS.some((s) => normaliseCountryKey(s) === key);
}

/** The display name for an ISO3 code; throws for a code this table does not hold. */
export function displayName(iso3: string): string {
  const entry = BY_ISO3.get(iso3);
  if (!entry) {
    throw new Error(
      `displayName: no country with ISO3 "${iso3}"; add it to scripts/data/countries/countryNames.ts`,
    );
  }
  return entry.name;
}

/** True when the table holds this ISO3 code. */
export function isKnownIso3(iso3: string): boolean {
  return BY_ISO3.has(iso3);
}

/** A source spells a country in a way this table does not know. Stops the pipeline. */
export class UnknownCountryError extends Error {
  constructor(
    readonly file: string,
    /** Where in the file: "line 12", "row 7", "page 3". */
    readonly location: string,
    readonly spelling: string,
  ) {
    super(
      `${file}, ${location}: unknown country spelling "${spelling}". ` +
        `Add it to the spellings of its ISO3 entry in scripts/data/countries/countryNames.ts ` +
        `(or, if it is a new country, add an entry with a display name).`,
    );
    this.name = 'UnknownCountryError';
  }
}

/** lookupIso3, but throws UnknownCountryError naming the file, the location ("page 3") and the spelling. */
export function requireIso3(spelling: string, file: string, location: string, layout?: string): string {
  const iso3 = lookupIso3(spelling, layout);
  if (iso3 === undefined) throw new UnknownCountryError(file, location, spelling);
  return iso3;
}
