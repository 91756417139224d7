import { describe, expect, test } from 'vitest';
import { embedSnippet } from '../../../src/embed/embedSnippet.ts';
import {
  absoluteHref,
  embedHref,
  hashHref,
  pathOfView,
  resizerScriptHref,
  viewNameOfPath,
  viewQuery,
} from '../../../src/state/viewLinks.ts';

// The deployment may live on any sub-path of any static server.
const BASE = 'https://example.org/un/blue-helmets/index.html#/deployments?country=NPL';

describe('links to views', () => {
  test('a route path names its view, and back', () => {
    expect(viewNameOfPath('/')).toBe('overview');
    expect(viewNameOfPath('/fatalities')).toBe('fatalities');
    expect(viewNameOfPath('/fatalities/')).toBe('fatalities');
    expect(viewNameOfPath('/embed/fatalities')).toBeNull();
    expect(viewNameOfPath('/Fatalities')).toBeNull();
    expect(pathOfView('overview')).toBe('/');
    expect(pathOfView('women')).toBe('/women');
  });

  test('display parameters are not part of a view’s query', () => {
    expect(viewQuery('?country=NPL&present=1&chart=by-type&v=1').toString()).toBe('country=NPL&v=1');
  });

  test('absolute links keep the deployment’s sub-path and replace the fragment', () => {
    expect(absoluteHref(BASE, '/women', 'country=BGD&v=1')).toBe(
      'https://example.org/un/blue-helmets/index.html#/women?country=BGD&v=1',
    );
    expect(hashHref('/compare', new URLSearchParams({ countries: 'BTN,BGD', v: '1' }))).toBe(
      '#/compare?countries=BTN,BGD&v=1',
    );
    expect(hashHref('/')).toBe('#/');
  });

  test('an embed link carries the view’s query and the chart, not the present flag', () => {
    expect(embedHref(BASE, 'deployments', 'country=NPL&present=1&v=1', 'by-type')).toBe(
      'https://example.org/un/blue-helmets/index.html#/embed/deployments?country=NPL&v=1&chart=by-type',
    );
  });

  test('the resizer script is served beside index.html', () => {
    expect(resizerScriptHref(BASE)).toBe('https://example.org/un/blue-helmets/embed-resize.js');
    expect(resizerScriptHref('http://127.0.0.1:4173/#/women')).toBe('http://127.0.0.1:4173/embed-resize.js');
  });
});

describe('the embed snippet', () => {
  const input = {
    baseURI: BASE,
    view: 'deployments',
    query: 'country=NPL&v=1',
    chart: 'by-type',
    title: 'Nepal: "troops" <by> type & more',
    height: 512.4,
    hasResizer: true,
  };

  test('is an iframe with a title, lazy loading and full width, then the resizer script', () => {
    expect(embedSnippet(input)).toBe(
      '<iframe src="https://example.org/un/blue-helmets/index.html#/embed/deployments?country=NPL&amp;v=1&amp;chart=by-type" ' +
        'title="Nepal: &quot;troops&quot; &lt;by&gt; type &amp; more (Blue Helmets)" width="100%" height="512" loading="lazy" ' +
        'style="border:0;max-width:100%"></iframe>\n' +
        '<script src="https://example.org/un/blue-helmets/embed-resize.js" async></script>',
    );
  });

  test('works without the script, at a sensible height', () => {
    const code = embedSnippet({ ...input, hasResizer: false, height: 20 });
    expect(code).not.toContain('<script');
    expect(code).toContain('height="200"');
  });
});
