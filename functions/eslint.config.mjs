// Run from the repo root: `eslint -c functions/eslint.config.mjs .` (the fixed top level keeps config files out of it).
import tseslint from 'typescript-eslint';

const ioModules = [
  'fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'http', 'node:http', 'https', 'node:https', 'net', 'node:net',
  'child_process', 'node:child_process', 'os', 'node:os', 'process', 'node:process',
  'exceljs', 'docx', 'google-auth-library', '@google-cloud/*', '@googleapis/*', 'googleapis',
];

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'coverage/**', 'out/**', '.local/**', 'apps-script/dist/**'] },
  { files: ['**/*.ts'], extends: [tseslint.configs.recommended] },
  {
    // The functional core and the schemas stay pure: no SDKs, no file system, no network, no clock.
    files: ['functions/src/core/**/*.ts', 'schemas/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ioModules, message: 'The pure core must not do I/O: put it in an adapter and pass it in.' },
          { group: ['**/adapters/**', '**/usecases/**', '**/handlers/**', '**/cli/**'], message: 'The core depends on nothing outside it.' },
        ],
      }],
      'no-restricted-globals': ['error',
        { name: 'fetch', message: 'No network in the core.' },
        { name: 'process', message: 'Pass environment in; the core does not read it.' },
      ],
      'no-restricted-properties': ['error',
        { object: 'Date', property: 'now', message: 'Time comes in as an argument.' },
        { object: 'Math', property: 'random', message: 'Randomness comes in as an argument.' },
      ],
    },
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
