// React escapes everything it renders; the ways around that are listed here. Each use in src/ needs
// a comment on the line above that starts with "html-safe:" and says why the markup cannot carry a
// reader's or a data file's text (docs/SECURITY.md). eval and its relatives are refused outright: the
// Content-Security-Policy (script-src 'self') would block them in the browser anyway.
import { describe, expect, test } from 'vitest';

// Every source file's text, read through Vite (this suite is type-checked with the app's browser types).
const SOURCES = import.meta.glob<string>('../../../src/**/*.{ts,tsx,js,jsx,mjs}', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const RAW_HTML =
  /dangerouslySetInnerHTML|\.innerHTML\s*[+]?=|\.outerHTML\s*[+]?=|insertAdjacentHTML|createContextualFragment|document\.write(?:ln)?\s*\(|\bsrcdoc\b/;
const CODE_FROM_TEXT = /\beval\s*\(|\bnew\s+Function\s*\(|set(?:Timeout|Interval)\s*\(\s*['"`]/;
const JUSTIFIED = /^\s*(?:\/\/|\/\*|\*|\{\s*\/\*)\s*html-safe:\s*\S.{9,}/;

/** Every line matching `pattern`, with the line above it. */
function findUses(pattern: RegExp): Array<{ where: string; line: string; above: string }> {
  return Object.entries(SOURCES).flatMap(([file, text]) => {
    const lines = text.split('\n');
    return lines.flatMap((line, i) =>
      pattern.test(line)
        ? [
            {
              where: `${file.replace('../../../', '')}:${i + 1}`,
              line: line.trim(),
              above: lines[i - 1] ?? '',
            },
          ]
        : [],
    );
  });
}

describe('no markup or code from text in src/', () => {
  test('every raw-HTML sink (dangerouslySetInnerHTML, innerHTML, …) has an html-safe: comment above it', () => {
    const unjustified = findUses(RAW_HTML)
      .filter((use) => !JUSTIFIED.test(use.above))
      .map((use) => `${use.where}: ${use.line}`);
    expect(unjustified).toEqual([]);
  });

  test('nothing turns text into code (eval, new Function, string timers)', () => {
    expect(findUses(CODE_FROM_TEXT).map((use) => `${use.where}: ${use.line}`)).toEqual([]);
  });

  test('the check reads the whole of src/', () => {
    expect(Object.keys(SOURCES).length).toBeGreaterThan(50);
    expect(Object.keys(SOURCES)).toContain('../../../src/app/App.tsx');
  });

  test('the check itself catches a use without a comment and accepts one with it', () => {
    const sample =
      'const a = 1;\n<div dangerouslySetInnerHTML={{ __html: x }} />\n// html-safe: x is a constant SVG string from this file\n<p dangerouslySetInnerHTML={{ __html: y }} />';
    const lines = sample.split('\n');
    const flagged = lines.flatMap((line, i) =>
      RAW_HTML.test(line) && !JUSTIFIED.test(lines[i - 1] ?? '') ? [i + 1] : [],
    );
    expect(flagged).toEqual([2]);
  });
});
