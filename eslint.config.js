// ESLint flat config. Formatting is Prettier's job (eslint-config-prettier turns off the style rules);
// ESLint keeps the rules that catch bugs: typed TypeScript checks, the rules of hooks, and a few house rules.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import prettier from 'eslint-config-prettier';
import comments from '@eslint-community/eslint-plugin-eslint-comments/configs';

// One month helper, one name (data/selectors/months.ts, charts/monthFormat.ts). Renaming one on import
// is how a second long-month formatter once hid beside `monthLabel` (`monthLabel as formatMonthLong` in
// eight files): import each by its own name, and do not declare `formatMonthLong` again.
const MONTH_HELPERS = [
  'monthLabel',
  'monthIndex',
  'monthOrdinal',
  'MONTH_NAMES',
  'formatMonthShort',
  'formatMonthSpan',
];
const ONE_NAME_PER_MONTH_HELPER = [
  ...MONTH_HELPERS.map((name) => ({
    selector: `ImportSpecifier[imported.name='${name}'][local.name!='${name}']`,
    message: `Import ${name} by its own name: one month helper, one name (issue 12).`,
  })),
  {
    selector: ':matches(FunctionDeclaration, VariableDeclarator)[id.name=/^(formatMonthLong|monthName)$/]',
    message: 'The long month label is monthLabel in src/data/selectors/months.ts: use it, not a second one.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-bench/',
      'reports/',
      'test-results/',
      'playwright-report/',
      'coverage/',
      'data/',
      'public/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // An unused value is a leftover; a leading underscore marks one kept on purpose (a tuple slot, say).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // A promise nobody awaits hides its failure; `void` says "fire and forget" on purpose.
      '@typescript-eslint/no-floating-promises': 'error',
      // Numbers and booleans in template literals are fine; objects printing "[object Object]" are not.
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true },
      ],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'off',
    },
  },
  // No blanket disables, and every local disable says why: `// eslint-disable-next-line rule -- reason`.
  comments.recommended,
  {
    rules: {
      '@eslint-community/eslint-comments/require-description': 'error',
      '@eslint-community/eslint-comments/no-unlimited-disable': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}', 'scripts/**/*.{ts,tsx}'],
    rules: { 'no-restricted-syntax': ['error', ...ONE_NAME_PER_MONTH_HELPER] },
  },
  // The URL is the view, and it is read in one place: src/state/ parses it (the app shell may build
  // absolute links). Everywhere else, reading window.location would be a second, unsynchronised parser.
  // Reloading the page is not reading it, so location.reload() stays allowed.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/state/**', 'src/app/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "MemberExpression[object.name=/^(window|document|globalThis)$/][property.name='location']:not(MemberExpression[property.name='reload'] > .object)",
          message: 'Read the view from src/state/ (useView, viewLinks), not from window.location.',
        },
        // Options replace, not add to, the block above for these files: keep its rules here too.
        ...ONE_NAME_PER_MONTH_HELPER,
      ],
      'no-restricted-globals': ['error', { name: 'location', message: 'Read the view from src/state/.' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'tests/unit/**/*.{ts,tsx}', 'scripts/bench/page.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Three of the React Compiler's rules flag patterns this app uses on purpose and the compiler is
      // not in the build: the "latest value" ref read by stable event handlers (refs), lazy components
      // kept in a module-level map and looked up by name (static-components), and effects that reset
      // local state when a prop changes (set-state-in-effect). The rules of hooks and exhaustive deps stay.
      'react-hooks/refs': 'off',
      'react-hooks/static-components': 'off',
      'react-hooks/set-state-in-effect': 'off',
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    rules: {
      // Vitest's asymmetric matchers (expect.any, expect.objectContaining…) are typed `any` by design.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  prettier,
);
