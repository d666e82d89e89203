// Bundles the TypeScript sources with esbuild (tsc only type-checks). Runs on `npm ci` through `prepare`.
// Outputs: functions/dist/cli.js (the `bangfu` command) and functions/dist/index.js (the Cloud functions entry).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  sourcemap: true,
  // Packages stay in node_modules (deploy ships package.json); our own code, schemas/ included, is bundled.
  packages: 'external',
  logLevel: 'warning',
  absWorkingDir: root,
};

await Promise.all([
  build({ ...common, entryPoints: ['functions/src/cli/main.ts'], outfile: 'functions/dist/cli.js' }),
  build({ ...common, entryPoints: ['functions/src/index.ts'], outfile: 'functions/dist/index.js' }),
  // The month-close benchmark (`npm run bench`): an operator tool, bundled with the local Sheets fake it drives.
  build({ ...common, entryPoints: ['functions/src/bench/main.ts'], outfile: 'functions/dist/bench.js' }),
]);

// Generated from schemas/ on every build, never committed: JSON Schema (functions/dist/schemas) and the Apps Script
// bundle (apps-script/dist, with its constants module). Imported here so `npm run build` leaves nothing stale.
const { loadSchemas, writeJsonSchemas } = await import('./generate-from-schemas.mjs');
const { buildAppsScript } = await import('./build-apps-script.mjs');
await Promise.all([loadSchemas().then((schemas) => writeJsonSchemas(schemas)), buildAppsScript()]);
