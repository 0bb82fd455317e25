// ESLint (flat config): typescript-eslint on all TypeScript, react-hooks on the web app, and the
// project's own rule that keeps imports going through each concept folder's entry points
// (tools/eslint/boundaries.js). Formatting is Prettier's (`npm run format`).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import boundaries from './tools/eslint/boundaries.js';

export default tseslint.config(
  { ignores: ['dist/', 'web/dist/', 'node_modules/', 'data/', 'coverage/', 'e2e/screenshots/', 'test/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { boundaries },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      'boundaries/entry-points': 'error',
      'boundaries/no-tracker-refs': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // Kysely's documented pattern: migrations take Kysely<any>, since they must not depend on
    // today's schema types; tests read JSON replies loosely.
    files: ['src/store/migrations/**', '**/*.test.ts', 'src/**/test-support.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Only meaningful when the React Compiler rewrites components; this app does not use it.
      'react-hooks/preserve-manual-memoization': 'off',
    },
  },
);
