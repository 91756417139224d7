// A deterministic corpus of malformed and hostile links for every route: wrong types, huge and negative
// numbers, reversed ranges, repeated parameters, 10,000-character values, Unicode and control characters,
// broken percent-encoding, HTML and script payloads. The same seed always gives the same links, so a
// failure can be replayed by its index.

/** mulberry32: small, fast and good enough to pick test cases. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every payload tries to set window.__pwned; the test fails if any of them ever runs. */
export const SCRIPT_PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '"><svg onload=window.__pwned=1>',
  "'><svg/onload=window.__pwned=1>",
  '<script>window.__pwned=1</script>',
  '</title><script>window.__pwned=1</script>',
  '<iframe src="javascript:window.__pwned=1"></iframe>',
  '<a href="javascript:window.__pwned=1">x</a>',
  'javascript:window.__pwned=1',
  'JaVaScRiPt:window.__pwned=1',
  ' javascript:window.__pwned=1//',
  'data:text/html,<script>window.__pwned=1</script>',
  '<svg><animate onbegin=window.__pwned=1 attributeName=x dur=1s>',
  '<details open ontoggle=window.__pwned=1>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1>',
  'x" onmouseover="window.__pwned=1',
  "x' autofocus onfocus='window.__pwned=1",
  '{{constructor.constructor("window.__pwned=1")()}}',
  '${window.__pwned=1}',
  '&lt;img src=x onerror=window.__pwned=1&gt;',
  '<style>*{display:none}</style>',
];

const WRONG_TYPES = [
  'abc',
  'true',
  'false',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  '[]',
  '{}',
  '[object Object]',
  '0x1F',
  '1e3',
  '12.5',
  '١٢٣',
  '0',
];
const NUMBERS = [
  '-1',
  '-999999999',
  '99999999999999999999999',
  '1e309',
  '-0',
  '2147483648',
  '9007199254740993',
  '-2025-01',
  '+1',
];
const COUNTRIES = [
  'ZZZ',
  'XXX',
  'UNK',
  'bgd',
  'BgD',
  'BG',
  'BGDX',
  'B G D',
  ' BGD',
  'BGD ',
  '123',
  'ＢＧＤ',
  'BGD,ZZZ',
  'BGD,BGD,BGD',
  'ZZZ,YYY,XXX,WWW,VVV,UUU,TTT,SSS',
  ',,,',
  'BGD,,IND',
  ',BGD',
  'IND,PAK,NPL,RWA,BGD,ETH,GHA,SEN',
  'EU',
];
const MONTHS = [
  '2025-13',
  '2025-00',
  '0000-00',
  '9999-12',
  '1850-01',
  '2025-1',
  '25-01',
  '2025/01',
  '2025-01-01',
  'Jan 2025',
  '2025-01..1990-11',
  '2024-06..2001-01',
  '1990-11..2025-01..2030-01',
  '..',
  '....',
  '2020-01..',
  '..2020-01',
  '2020-01..2020-01x',
  '2020-01...2021-01',
  '-2020-01..2021-01',
  '1850-01..2020-01',
  '2020-01..2999-12',
];
const UNICODE = [
  '𝔹𝔾𝔻',
  'B\u0301GD',
  '\u202EDGB',
  '\u200BBGD',
  'BGD\u200D',
  '\uFEFFBGD',
  '🇧🇩',
  '日本',
  'مرحبا',
  'Ω≈ç√',
  'İ',
  'ǅ',
  'ß',
];
const CONTROL = [
  '\u0000',
  '\u0007',
  '\n',
  '\r\n',
  '\u001b[31mred',
  '\u007f',
  '\u0085',
  '\u2028',
  '\u2029',
  '\t',
  '\b',
];
const PROTOTYPE = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__defineGetter__',
];
/** Inserted into the link as they are: broken percent-encoding and separators. */
const RAW_FRAGMENTS = [
  '%',
  '%Z',
  '%ZZ',
  '%E0%A4%A',
  '%ED%A0%80',
  '%C0%AF',
  '%FF%FE',
  '%%41',
  '%u003c',
  '%00',
  '%0A',
  '%2526',
  '%23x',
  '+',
  '%2B',
];
const LONG = [
  'A'.repeat(10_000),
  '9'.repeat(10_000),
  'BGD,'.repeat(2_500),
  '<img src=x onerror="window.__pwned=1">'.repeat(264),
  'é'.repeat(10_000),
  '\u0000'.repeat(10_000),
];

export const VALUE_POOLS: Record<string, readonly string[]> = {
  'wrong type': WRONG_TYPES,
  number: NUMBERS,
  country: COUNTRIES,
  month: MONTHS,
  unicode: UNICODE,
  control: CONTROL,
  script: SCRIPT_PAYLOADS,
  prototype: PROTOTYPE,
  long: LONG,
};

const UNKNOWN_KEYS = [
  'foo',
  'Country',
  'COUNTRY',
  'country ',
  'country[]',
  'country.name',
  'utm_source',
  'callback',
  'redirect',
  'next',
  'url',
  ...PROTOTYPE,
  'v',
  'embed',
  'present',
  '',
];
const HOSTILE_KEYS = [
  '<img src=x onerror="window.__pwned=1">',
  '"><svg onload=window.__pwned=1>',
  'javascript:window.__pwned=1',
  '\u0000',
  '\u202Ecountry',
  'k'.repeat(10_000),
  '日本',
];

export const UNKNOWN_PATHS = [
  '/no-such-view',
  '/Fatalities2',
  '/countries/ZZZ',
  '/fatalities/BGD/extra',
  '/embed/unknown/chart',
  '/data/manifest.json',
  '/<script>window.__pwned=1</script>',
  '/<img src=x onerror="window.__pwned=1">',
  '/"><svg onload=window.__pwned=1>',
  '/javascript:window.__pwned=1',
  `/${'x'.repeat(10_000)}`,
  '/%',
  '/%E0%A4%A',
  '/%ZZ',
  '/../../etc/passwd',
  '/./',
  '/ ',
  '/\u0000',
  '//evil.example',
  '/\\evil.example',
  '/%2F%2Fevil.example',
  '/sources/..%2F..%2F',
  '/🇧🇩',
  '/\u202Eweiv',
  '/index.html',
  '/null',
  '/undefined',
  '/__proto__',
  '/constructor',
];

export interface HostileUrl {
  /** What goes after '#'. */
  hash: string;
  /** The route the link was made for ('*' for an unknown view). */
  route: string;
  /** What kind of hostility, for the report. */
  kind: string;
}

export interface RouteParams {
  /** The route as declared ('/embed/:view'): links are grouped by it. */
  route: string;
  /** Concrete paths to open it by; the first is the plain one. Dynamic segments get valid and hostile fillings. */
  paths: readonly string[];
  /** Its query parameters. */
  params: readonly string[];
  /** Values crafted for this route's own parameters (a hostile playlist, say), already encoded. */
  values?: readonly string[];
}

/** Fillings for a dynamic path segment besides the valid ones. */
export const HOSTILE_SEGMENTS = [
  'no-such-view',
  'Overview',
  '..',
  '.',
  '%2E%2E',
  '<img src=x onerror="window.__pwned=1">',
  'javascript:window.__pwned=1',
  '__proto__',
  'constructor',
  'x'.repeat(10_000),
  '%',
  '%ZZ',
  '%E0%A4%A',
  '🇧🇩',
  '\u0000',
  'a/b/c',
  'embed',
  'playlist',
];

/** Percent-encodes any string, lone surrogates included (encodeURIComponent throws on them). */
export function encodeAny(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const isHigh = code >= 0xd800 && code <= 0xdbff;
    const next = text.charCodeAt(i + 1);
    if (isHigh && next >= 0xdc00 && next <= 0xdfff) {
      out += encodeURIComponent(text.slice(i, i + 2));
      i++;
    } else if (code >= 0xd800 && code <= 0xdfff) {
      out += '%EF%BF%BD';
    } else {
      out += encodeURIComponent(text[i] ?? '');
    }
  }
  return out;
}

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('empty pool');
  return item;
}

function pathVariant(random: () => number, paths: readonly string[]): string {
  const roll = random();
  const path = random() < 0.5 ? (paths[0] ?? '/') : pick(random, paths);
  if (path === '/' || roll < 0.8) return path;
  return pick(random, [
    `${path}/`,
    path.toUpperCase(),
    `/${path}`,
    `${path}/extra`,
    `${path}%20`,
    path.replace(/[a-z]$/, (c) => `%${c.charCodeAt(0).toString(16)}`),
  ]);
}

function query(pairs: ReadonlyArray<readonly [string, string]>): string {
  return pairs.length === 0 ? '' : `?${pairs.map(([k, v]) => (v === '\u0001' ? k : `${k}=${v}`)).join('&')}`;
}

/** The named cases every route gets, before random ones fill it up. */
function namedCases(
  route: string,
  path: string,
  params: readonly string[],
  known: readonly string[],
): HostileUrl[] {
  const first = params[0] ?? known[0] ?? 'country';
  const e = encodeAny;
  const cases: Array<[string, Array<readonly [string, string]>]> = [
    ['img onerror payload', [[first, e(SCRIPT_PAYLOADS[0] ?? '')]]],
    ['svg onload payload', [[first, e(SCRIPT_PAYLOADS[1] ?? '')]]],
    ['javascript: url', [[first, e('javascript:window.__pwned=1')]]],
    ['payload as key', [[e('<img src=x onerror="window.__pwned=1">'), '1']]],
    ['10,000-character value', params.map((p) => [p, 'A'.repeat(10_000)] as const)],
    ['10,000-character key', [['k'.repeat(10_000), '1']]],
    [
      'repeated parameter',
      params.flatMap(
        (p) =>
          [
            [p, 'ZZZ'],
            [p, 'BGD'],
            [p, ''],
          ] as const,
      ),
    ],
    ['reversed range', [['range', '2024-06..2001-01']]],
    ['negative number', params.map((p) => [p, '-1'] as const)],
    ['huge number', params.map((p) => [p, '99999999999999999999999'] as const)],
    ['unknown country', params.map((p) => [p, 'ZZZ'] as const)],
    // 'ınd' with a dotless i upper-cases to 'IND': it must give a notice, not select India.
    ['look-alike letters in a country code', [['country', '%C4%B1nd']]],
    ['text after a second #', [[first, 'ZZZ#after-a-second-hash']]],
    ['control characters', params.map((p) => [p, e('\u0000\u001b\r\n')] as const)],
    ['broken percent-encoding', params.map((p) => [p, '%E0%A4%A'] as const)],
    [
      'unknown parameters',
      [
        ['foo', 'bar'],
        ['__proto__', 'x'],
        ['constructor', 'prototype'],
      ],
    ],
    [
      'empty key and bare key',
      [
        ['', 'x'],
        [first, '\u0001'],
      ],
    ],
    [
      'url version from the future',
      [
        ['v', '999'],
        [first, 'ZZZ'],
      ],
    ],
  ];
  return cases.map(([kind, pairs]) => ({ hash: `${path}${query(pairs)}`, route, kind }));
}

export function generateHostileUrls(options: {
  routes: readonly RouteParams[];
  /** Links per known route, including the named cases. */
  perRoute: number;
  /** Links to unknown views. */
  unknown: number;
  seed: number;
}): HostileUrl[] {
  const random = seededRandom(options.seed);
  const allParams = [...new Set(options.routes.flatMap((r) => r.params))];
  const poolNames = Object.keys(VALUE_POOLS);

  const randomValue = (crafted: readonly string[]): { value: string; kind: string } => {
    const roll = random();
    if (crafted.length > 0 && roll < 0.15)
      return { value: pick(random, crafted), kind: 'crafted for the route' };
    if (roll < 0.27) return { value: pick(random, RAW_FRAGMENTS), kind: 'broken encoding' };
    const kind = pick(random, poolNames);
    const raw = pick(random, VALUE_POOLS[kind] ?? []);
    // Mostly encoded properly; sometimes with '+' for spaces or raw (the browser encodes what it must).
    const style = random();
    const value =
      style < 0.75
        ? encodeAny(raw)
        : style < 0.85
          ? encodeAny(raw).replace(/%20/g, '+')
          : // eslint-disable-next-line no-control-regex -- control characters are what this case percent-encodes
            raw.replace(/[#&%\u0000-\u001f\u007f]/g, (c) => encodeAny(c));
    return { value, kind };
  };

  const randomKey = (params: readonly string[]): string => {
    const roll = random();
    if (roll < 0.6 && params.length > 0) return pick(random, params);
    if (roll < 0.75 && allParams.length > 0) return pick(random, allParams);
    if (roll < 0.92) return encodeAny(pick(random, UNKNOWN_KEYS));
    return encodeAny(pick(random, HOSTILE_KEYS));
  };

  const randomQuery = (
    params: readonly string[],
    crafted: readonly string[] = [],
  ): { text: string; kinds: string[] } => {
    const count = 1 + Math.floor(random() * 4);
    const pairs: Array<readonly [string, string]> = [];
    const kinds: string[] = [];
    for (let i = 0; i < count; i++) {
      const key = randomKey(params);
      const { value, kind } = randomValue(crafted);
      const times = random() < 0.15 ? 2 + Math.floor(random() * 4) : 1;
      for (let t = 0; t < times; t++) pairs.push([key, value]);
      kinds.push(times > 1 ? `${kind}, repeated` : kind);
    }
    // Occasionally a valid value next to the hostile ones, so a partly good link is tried too.
    if (random() < 0.2) pairs.push(['country', 'IND']);
    if (random() < 0.1) pairs.push(['v', '1']);
    return { text: query(pairs), kinds };
  };

  const urls: HostileUrl[] = [];
  for (const route of options.routes) {
    const named = namedCases(route.route, route.paths[0] ?? '/', route.params, allParams);
    urls.push(...named.slice(0, options.perRoute));
    // Every concrete path (each filling of a dynamic segment) once with a plain query.
    for (const path of route.paths.slice(1))
      urls.push({ hash: `${path}?foo=1`, route: route.route, kind: 'dynamic segment' });
    for (let i = named.length + route.paths.length - 1; i < options.perRoute; i++) {
      const { text, kinds } = randomQuery(route.params, route.values ?? []);
      urls.push({
        hash: `${pathVariant(random, route.paths)}${text}`,
        route: route.route,
        kind: kinds.join(' + '),
      });
    }
  }
  for (let i = 0; i < options.unknown; i++) {
    const path = i < UNKNOWN_PATHS.length ? (UNKNOWN_PATHS[i] ?? '/') : pick(random, UNKNOWN_PATHS);
    const encodedPath =
      random() < 0.5
        ? path
        : path
            .split('/')
            .map((s) => (/%/.test(s) ? s : encodeAny(s)))
            .join('/');
    const { text, kinds } = i < UNKNOWN_PATHS.length ? { text: '', kinds: [] } : randomQuery(allParams);
    urls.push({ hash: `${encodedPath}${text}`, route: '*', kind: ['unknown view', ...kinds].join(' + ') });
  }
  // Odd shapes of the fragment itself.
  for (const hash of [
    '',
    '/',
    '?',
    '#',
    '##/',
    '/?',
    '/#',
    '?country=ZZZ',
    'fatalities?country=ZZZ',
    './fatalities',
    '../x',
    '/?&&&',
    '/deployments?country=NPL#one#two',
    '/women?country=%C4%B1nd&v=1',
    '/?===',
    `/?${'&'.repeat(5_000)}`,
  ]) {
    urls.push({ hash, route: '?', kind: 'odd fragment' });
  }
  return urls;
}

/** Interleaves the links of different routes so that two links in a row never open the same view. */
export function interleaveByRoute(urls: readonly HostileUrl[]): HostileUrl[] {
  const groups = new Map<string, HostileUrl[]>();
  for (const url of urls) groups.set(url.route, [...(groups.get(url.route) ?? []), url]);
  const queues = [...groups.values()];
  const out: HostileUrl[] = [];
  while (queues.some((q) => q.length > 0)) {
    for (const q of queues) {
      const next = q.shift();
      if (next) out.push(next);
    }
  }
  return out;
}
