// ESLint (flat config) for every TypeScript and JavaScript file of the project:
// the widget and the inbox page (web/), the demo site (site/), the WordPress
// plugin's scripts, the tests and the benchmarks. Run by .ci/test.sh:
//   npx --no-install eslint .
// Correctness rules only (ESLint's and typescript-eslint's recommended sets,
// plus the house rules below); layout is left to the authors.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['build/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    rules: { 'no-unused-vars': ['error', { argsIgnorePattern: '^_', caughtErrors: 'none' }] },
  },
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      eqeqeq: ['error', 'smart'],
      // The sanitisers (console text, CSV, headers) and their tests match control characters on purpose.
      'no-control-regex': 'off',
      // A double assertion hides a disagreement between two types (issue 13): fix the types instead.
      'no-restricted-syntax': [
        'error',
        {
          selector: 'TSAsExpression > TSAsExpression.expression[typeAnnotation.type="TSUnknownKeyword"]',
          message: '"as unknown as" hides a type disagreement: make the types agree (web/types.ts).',
        },
      ],
    },
  },
  // Code that runs in the visitor's or the clinic's browser.
  {
    files: ['web/**/*.ts', 'site/js/**/*.js', 'site/*.js', 'site/csp/**/*.js', 'wordpress/**/*.js', 'tests/receiver/harness/**/*.ts'],
    languageOptions: { globals: globals.browser },
  },
  // The block's editor script is a classic script on WordPress's globals.
  {
    files: ['wordpress/backcheck/blocks/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { wp: 'readonly' } },
  },
  // Node: builds, servers, tests and benchmarks. Tests and benchmarks also
  // pass functions to the browser (page.evaluate), so both sets of globals.
  {
    files: ['**/*.mjs', 'site/server.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['tests/**/*.mjs', 'bench/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
