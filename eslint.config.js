// Lint with context fences (shared/docs/style.md item 3): contexts meet only through
// src/shared/protocol.ts; core touches no browser API; only src/platform imports the
// WebExtension API or idb.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const CONTEXTS = ['background', 'content', 'sidebar', 'popup', 'options'];
const fence = (self) => ({
  files: [`src/${self}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...CONTEXTS.filter((c) => c !== self).map((c) => ({
            group: [`**/${c}/**`, `**/${c}`],
            message: `src/${self} must not import src/${c}: contexts meet only through src/shared/protocol.ts.`,
          })),
          { group: ['webextension-polyfill', 'idb'], message: 'Browser APIs and IndexedDB live behind src/platform.' },
        ],
      },
    ],
  },
});

export default tseslint.config(
  { ignores: ['dist/', 'dist-firefox/', 'node_modules/', 'artifacts/', 'packages/', 'tests/fixtures/', 'demo/public/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      curly: ['error', 'multi-line'],
      eqeqeq: ['error', 'smart'],
      'no-console': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  ...CONTEXTS.map(fence),
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/platform/**'],
    rules: {
      'no-restricted-globals': ['error', { name: 'chrome', message: 'Use src/platform.' }, { name: 'indexedDB', message: 'Only src/platform opens IndexedDB.' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/platform/**', '**/background/**', '**/content/**', '**/sidebar/**', '**/popup/**', '**/options/**', '**/ui/**'], message: 'src/core is pure: it imports only core and shared types.' },
            { group: ['webextension-polyfill', 'idb'], message: 'src/core touches no browser API.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB', 'chrome', 'browser', 'fetch', 'XMLHttpRequest', 'location'],
      'no-restricted-syntax': ['error', { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Pass a clock into core instead of reading Date.now().' }],
    },
  },
  {
    files: ['src/background/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'window', message: 'The service worker has no window.' }, { name: 'document', message: 'The service worker has no document.' }, 'localStorage', 'chrome', 'indexedDB'],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/platform/**', '**/core/**', 'webextension-polyfill', 'idb'], message: 'src/shared holds only types, schemas and constants.' }] }],
    },
  },
  {
    files: ['scripts/**', 'bench/**', 'tests/**', 'demo/**'],
    rules: { 'no-console': 'off' },
  },
  {
    // e2e code passed to worker.evaluate runs inside the extension, where `chrome` exists.
    files: ['tests/e2e/**', 'bench/**'],
    languageOptions: { globals: { chrome: 'readonly' } },
  },
);
