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
        paths: ['crypto', 'node:crypto'].map((name) => ({
          name, importNames: ['randomUUID', 'randomBytes', 'randomInt', 'getRandomValues'], message: 'Ids and randomness come in as arguments.',
        })).concat(['perf_hooks', 'node:perf_hooks'].map((name) => ({ name, importNames: ['performance'], message: 'Time comes in as an argument.' }))),
        patterns: [
          { group: ioModules, message: 'The pure core must not do I/O: put it in an adapter and pass it in.' },
          { group: ['**/adapters/**', '**/usecases/**', '**/handlers/**', '**/cli/**'], message: 'The core depends on nothing outside it.' },
        ],
      }],
      'no-restricted-globals': ['error',
        { name: 'fetch', message: 'No network in the core.' },
        { name: 'process', message: 'Pass environment in; the core does not read it.' },
        { name: 'setTimeout', message: 'No timers in the core: scheduling belongs to the shell.' },
        { name: 'setInterval', message: 'No timers in the core: scheduling belongs to the shell.' },
        { name: 'setImmediate', message: 'No timers in the core: scheduling belongs to the shell.' },
      ],
      'no-restricted-properties': ['error',
        { object: 'Date', property: 'now', message: 'Time comes in as an argument.' },
        { object: 'Math', property: 'random', message: 'Randomness comes in as an argument.' },
        { object: 'performance', property: 'now', message: 'Time comes in as an argument.' },
        { object: 'crypto', property: 'randomUUID', message: 'Ids come in as an argument (an id generator).' },
        { object: 'crypto', property: 'getRandomValues', message: 'Randomness comes in as an argument.' },
        { object: 'globalThis', property: 'setTimeout', message: 'No timers in the core: scheduling belongs to the shell.' },
        { object: 'globalThis', property: 'setInterval', message: 'No timers in the core: scheduling belongs to the shell.' },
      ],
      'no-restricted-syntax': ['error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'The current time comes in as an argument (new Date() reads the clock).' },
        { selector: "CallExpression[callee.name='Date']", message: 'Date() reads the clock: the current time comes in as an argument.' },
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
