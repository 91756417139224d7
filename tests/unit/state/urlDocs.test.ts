import { describe, expect, test } from 'vitest';
import { isViewSpec } from './viewRoundTrip.ts';

// docs/URLS.md is the contract for links; every parameter of every view must be listed under its view.
const docs =
  Object.values(
    import.meta.glob<string>('../../../docs/URLS.md', { query: '?raw', import: 'default', eager: true }),
  )[0] ?? '';
const modules = import.meta.glob<Record<string, unknown>>('../../../src/features/*/*View.ts', {
  eager: true,
});

function section(view: string): string {
  const start = docs.search(new RegExp(`^### ${view}\\b`, 'm'));
  if (start < 0) return '';
  const rest = docs.slice(start + 4);
  const end = rest.search(/^#{2,3} /m);
  return end < 0 ? rest : rest.slice(0, end);
}

describe('docs/URLS.md lists every view parameter', () => {
  const cases = Object.entries(modules).flatMap(([file, module]) => {
    const view = /features\/([^/]+)\//.exec(file)?.[1] ?? '';
    return Object.values(module)
      .filter(isViewSpec)
      .map((spec) => [view, Object.keys(spec)] as const);
  });

  test('the document was found and views were found', () => {
    expect(docs).toContain('# Links: the URL is the view');
    expect(cases.length).toBeGreaterThanOrEqual(3);
  });

  test.each(cases)('%s: each parameter is in its section', (view, keys) => {
    const text = section(view);
    expect(text, `no "### ${view}" section in docs/URLS.md`).not.toBe('');
    for (const key of keys)
      expect(text, `\`${key}\` of ${view} is not documented`).toContain(`| \`${key}\` |`);
  });
});
