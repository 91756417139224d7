// The lint rule "one month helper, one name" (eslint.config.js) must fail on the renames it exists to
// stop. Each case asks ESLint for the project's real configuration of a file at that path and runs its
// no-restricted-syntax rule on a one-line probe.
import { join, resolve } from 'node:path';
import { ESLint, Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: ROOT });

/** The messages of the project's no-restricted-syntax rule, as configured for `path`, on `code`. */
async function messagesAt(path: string, code: string): Promise<string[]> {
  const config = (await eslint.calculateConfigForFile(join(ROOT, path))) as {
    rules: Record<string, Linter.RuleEntry>;
  };
  const rule = config.rules['no-restricted-syntax'];
  if (!rule) throw new Error(`no-restricted-syntax is not configured for ${path}`);
  return new Linter()
    .verify(
      code,
      [
        {
          files: ['**/*.ts'],
          languageOptions: { parser: tseslint.parser },
          rules: { 'no-restricted-syntax': rule },
        },
      ],
      'probe.ts',
    )
    .map((m) => m.message);
}

const RENAMED = "import { monthLabel as formatMonthLong } from '../../data/selectors/months.ts';";

describe('one month helper, one name (lint)', () => {
  it('fails a feature that renames monthLabel on import, and says why', async () => {
    expect(await messagesAt('src/features/compare/probe.ts', RENAMED)).toEqual([
      'Import monthLabel by its own name: one month helper, one name (issue 12).',
    ]);
  });

  it('fails the same rename in the state layer, the chart kit and the tests', async () => {
    for (const path of ['src/state/probe.ts', 'src/charts/probe.ts', 'tests/unit/probe.test.ts']) {
      expect(await messagesAt(path, RENAMED)).toHaveLength(1);
    }
  });

  it('fails a second formatMonthLong', async () => {
    expect(await messagesAt('src/charts/probe.ts', 'export function formatMonthLong() {}')).toHaveLength(1);
  });

  it('passes an import by the helper’s own name', async () => {
    const code = "import { monthIndex, monthLabel } from '../../data/selectors/months.ts';";
    expect(await messagesAt('src/features/compare/probe.ts', code)).toEqual([]);
  });

  it('keeps the window.location rule for features beside it', async () => {
    expect(
      await messagesAt('src/features/compare/probe.ts', 'export const h = window.location.hash;'),
    ).toEqual(['Read the view from src/state/ (useView, viewLinks), not from window.location.']);
  });
});
