// ESLint flat config: TypeScript, React hooks, JSX accessibility and Astro, over the whole repo.
// Formatting is Prettier's job (`npm run format:check`); nothing here duplicates it.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      '.astro/**',
      'node_modules/**',
      '**/node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'bench/**',
      'components/embeds/generated/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    // Hooks live in .ts files too (useUrlState, useWorkerResult, …): their rules apply there as
    // well, in the code React runs (Playwright fixtures call a `use` that is not React's).
    files: ['components/**/*.{ts,tsx}', 'src/**/*.{ts,tsx}', '**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['**/*.tsx'],
    plugins: { 'jsx-a11y': jsxA11y },
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      // Two focusable non-widget roles, on purpose: a scroll box is a labelled `region` that must
      // take focus so keyboard users can scroll it (axe: scrollable-region-focusable), and a plot
      // you steer with the keyboard (the contour plot's point picker, the momentum rate map) is an
      // `application`, so a screen reader in browse mode hands it the arrow keys.
      'jsx-a11y/no-noninteractive-tabindex': [
        'error',
        { tags: [], roles: ['tabpanel', 'region', 'application'], allowExpressionValues: true },
      ],
    },
  },
  {
    // Client scripts in .astro files and the layouts' inline scripts: the reason for an ignored
    // exception (storage or a query a sandboxed frame refuses) is in the comment at the top of
    // the script, and an empty catch stands without one.
    files: ['**/*.astro/*.js', '**/*.astro/*.ts', 'src/scripts/inline/*.js'],
    rules: { 'no-empty': ['error', { allowEmptyCatch: true }] },
  },
  {
    // Specs take `test` from the fixture module, whose automatic fixture fails any test that
    // logged a console error; Playwright's own `test` would skip that check silently.
    files: ['tests/**/*.ts'],
    ignores: ['tests/fixtures/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@playwright/test',
              importNames: ['test', 'expect'],
              message: "Import test and expect from './fixtures/site.ts' (it checks console errors).",
            },
          ],
        },
      ],
    },
  },
  {
    // The two keyboard-steered plots take their keys on that `application` element; the rule's
    // options allow handlers per tag, not per role, so it is off for these two files only.
    files: [
      'components/widgets/kit/ContourPlot.tsx',
      'components/widgets/MomentumRateMap/MomentumRateMap.tsx',
    ],
    rules: { 'jsx-a11y/no-noninteractive-element-interactions': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
);
