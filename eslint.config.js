import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Barrels load every function and locale (~1,800 modules): import each by path (`date-fns/format`).
const barrels = [
  { name: 'date-fns', message: 'Import each date-fns function by path (date-fns/format): the barrel loads hundreds of modules at every start.' },
  { name: 'date-fns/locale', message: 'Import the locale by path (date-fns/locale/en-GB): the barrel loads every locale.' },
  { name: '@date-fns/tz', message: 'Import by path (@date-fns/tz/date, @date-fns/tz/tzOffset).' },
];

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net', 'url', 'util', 'stream', 'events', 'worker_threads', 'zlib', 'buffer'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'db/migrations/**', 'test-results/**', 'playwright-report/**', 'tests/artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'smart'],
      'no-console': 'off',
      'no-restricted-imports': ['error', { paths: barrels }],
    },
  },
  {
    // Plain CommonJS tools (the Electronegativity runner and its offline preload).
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The domain: no electron, no node built-ins, no DOM, no database code.
    files: ['src/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'src/ is framework-free: electron belongs in electron/.' }, ...barrels],
        patterns: [
          { group: nodeBuiltins, message: 'src/ must not use node built-ins.' },
          { group: ['**/db/**', '**/electron/**', '**/renderer/**', '**/scripts/**', 'better-sqlite3', 'drizzle-orm', 'drizzle-orm/*', 'react', 'react-dom', 'react-dom/*'], message: 'src/ imports only src/ and pure libraries.' },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process', 'require', 'Buffer', '__dirname'],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Inject the clock: pass `now` in, never call new Date() in src/.' }, { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Inject the clock: pass `now` in.' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'The renderer talks to main only through renderer/api.' }, ...barrels],
        patterns: [
          { group: ['**/db/**', '**/electron/**', '**/scripts/**', 'better-sqlite3', 'drizzle-orm', 'drizzle-orm/*'], message: 'renderer/ never imports db/ or electron/: use the api client.' },
          { group: nodeBuiltins, message: 'The renderer is sandboxed: no node built-ins.' },
        ],
      }],
    },
  },
  {
    files: ['db/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'db/ runs in plain Node: electron belongs in electron/.' }, ...barrels],
        patterns: [{ group: ['**/electron/**', '**/renderer/**'], message: 'db/ must not import electron/ or renderer/.' }],
      }],
    },
  },
);
