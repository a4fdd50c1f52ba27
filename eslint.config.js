// @ts-check
/**
 * Lint (part of `npm test`, zero warnings): typescript-eslint's recommended rules, the hooks rules (Preact hooks
 * follow React's), and the direction of dependencies: src/domain is pure TypeScript — no Preact, no i18next, no
 * Astro, no DOM.
 */
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const DOM_GLOBALS = ['window', 'document', 'history', 'location', 'navigator', 'sessionStorage', 'localStorage', 'fetch'];

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench-results/', '**/*.astro'] },
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['preact', 'preact/*', '@preact/*'], message: 'src/domain is pure: no Preact.' },
            { group: ['i18next', 'i18next/*'], message: 'src/domain is pure: texts are looked up by the island and the pages.' },
            { group: ['astro', 'astro:*', 'astro/*'], message: 'src/domain is pure: no Astro.' },
            { group: ['**/components/**', '**/views/**', '**/pages/**', '**/i18n/**', '**/scripts/**'], message: 'src/domain depends on content only.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...DOM_GLOBALS.map((name) => ({ name, message: 'src/domain is pure: no DOM.' }))],
    },
  },
  {
    files: ['tests/**/*.ts', 'src/**/*.test.ts', 'scripts/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
