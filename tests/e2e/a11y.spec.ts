// axe-core on every route, in light and dark, with every chart frame on its Chart tab and then on its
// Table tab. A failure lists, per route, how many violations each rule has and which elements.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { allRoutes, openRoute, drawEverything } from './routes.ts';

// Every chart of a page, not only those near the viewport (src/ui/drawAll.ts).
test.beforeEach(async ({ page }) => {
  await drawEverything(page);
});

// Routes are independent: spread them over both workers.
test.describe.configure({ mode: 'parallel' });

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa'];
const SCHEMES = ['light', 'dark'] as const;

interface Finding {
  where: string;
  rule: string;
  impact: string;
  targets: string[];
}

async function scan(page: Page, where: string): Promise<Finding[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map((v) => ({
    where,
    rule: v.id,
    impact: v.impact ?? 'unknown',
    targets: v.nodes.map((n) => n.target.join(' ')),
  }));
}

/**
 * axe does not check text inside SVG. Every visible <text> of a chart must reach 4.5:1 against the
 * background behind the chart (chart text is 11–12 px), its colour blended by any group opacity.
 */
async function svgTextFindings(page: Page, where: string): Promise<Finding[]> {
  const low = await page.evaluate(() => {
    const parse = (c: string): [number, number, number, number] | null => {
      const m = /rgba?\(([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:[ ,/]+([\d.]+))?\)/.exec(c);
      return m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])] : null;
    };
    const lum = ([r, g, b]: number[]) => {
      const f = (v: number) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
    };
    const backgroundOf = (el: Element): number[] => {
      for (let e: Element | null = el; e; e = e.parentElement) {
        const c = parse(getComputedStyle(e).backgroundColor);
        if (c && c[3] > 0.5) return c.slice(0, 3);
      }
      return [255, 255, 255];
    };
    const out: string[] = [];
    for (const text of document.querySelectorAll('svg text')) {
      if (text.getClientRects().length === 0 || !(text.textContent ?? '').trim()) continue;
      const style = getComputedStyle(text);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      const fill = parse(style.fill);
      if (!fill) continue;
      let alpha = fill[3] * Number(style.fillOpacity || 1);
      for (let e: Element | null = text; e && e.tagName.toLowerCase() !== 'body'; e = e.parentElement) {
        alpha *= Number(getComputedStyle(e).opacity || 1);
      }
      const bg = backgroundOf(text.closest('svg')!);
      const seen = fill.slice(0, 3).map((v, i) => v * alpha + bg[i]! * (1 - alpha));
      const [hi, lo] = [lum(seen), lum(bg)].sort((a, b) => b - a) as [number, number];
      const ratio = (hi + 0.05) / (lo + 0.05);
      if (ratio < 4.5)
        out.push(
          `“${(text.textContent ?? '').trim().slice(0, 30)}” ${ratio.toFixed(2)}:1 (${style.fill} on rgb(${bg.join(', ')}))`,
        );
    }
    return out;
  });
  return low.length === 0 ? [] : [{ where, rule: 'svg-text-contrast', impact: 'serious', targets: low }];
}

/** Table rows scanned per table: every row is the same component, and contrast checks on thousands of
 * cells would take minutes on a 2-core CI machine. */
const ROWS_SCANNED = 20;

/**
 * Clicks every "Table" tab on the page (ChartFrame tabs), then drops the rows past the first
 * ROWS_SCANNED of each table from the DOM (the test ends after the scan). Returns how many tabs there were.
 */
async function showTables(page: Page): Promise<number> {
  const tabs = page.getByRole('tab', { name: 'Table', exact: true });
  const count = await tabs.count();
  for (let i = 0; i < count; i++) await tabs.nth(i).click();
  await page.evaluate((keep) => {
    document.querySelectorAll(`table tbody tr:nth-child(n+${keep + 1})`).forEach((row) => row.remove());
  }, ROWS_SCANNED);
  return count;
}

function summary(route: string, findings: Finding[]): string {
  const lines = findings.map(
    (f) =>
      `  [${f.where}] ${f.rule} (${f.impact}), ${f.targets.length} node(s):\n` +
      f.targets
        .slice(0, 8)
        .map((t) => `      ${t}`)
        .join('\n') +
      (f.targets.length > 8 ? `\n      … and ${f.targets.length - 8} more` : ''),
  );
  const count = findings.reduce((n, f) => n + f.targets.length, 0);
  return `${route}: ${findings.length} rule(s) violated, ${count} node(s)\n${lines.join('\n')}`;
}

for (const scheme of SCHEMES) {
  test.describe(`axe (${scheme})`, () => {
    for (const route of allRoutes) {
      test(`${route.name} has no WCAG 2.1 A/AA violations on its chart and table tabs in ${scheme}`, async ({
        page,
      }) => {
        test.setTimeout(120_000);
        await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
        await openRoute(page, route);
        const findings = await scan(page, 'chart tabs');
        findings.push(...(await svgTextFindings(page, 'chart tabs')));
        const tables = await showTables(page);
        if (tables > 0) findings.push(...(await scan(page, 'table tabs')));
        const label = `${route.name} (${scheme})`;
        console.log(`axe ${label}: ${findings.length === 0 ? '0 violations' : summary(label, findings)}`);
        expect(findings, summary(label, findings)).toEqual([]);
      });
    }
  });
}
