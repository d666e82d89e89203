// `npm run deploy -- --project=P --county=高台县 --oidc-audience=… [--dry-run]`: builds, stages a deploy folder
// (the functions bundle, a package.json holding only the packages it requires and the root lockfile cut down to
// them) and prints and runs the gcloud commands of deploy-plan.mjs. With --dry-run it only prints. Flags fall back to BANGFU_DEPLOY_* variables.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { z } from 'zod';
import { deployPlan, shellLine } from './deploy-plan.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const STAGE = path.join(root, '.local', 'deploy', 'functions');

const list = z.string().default('').transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean));
const Config = z.object({
  project: z.string().regex(/^[a-z][a-z0-9-]{4,28}[a-z0-9]$/, { error: 'not a Google Cloud project id' }),
  region: z.string().regex(/^[a-z]+-[a-z]+\d$/, { error: 'not a region (e.g. asia-east2)' }).default('asia-east2'),
  firestoreLocation: z.string().optional(),
  database: z.string().optional(),
  county: z.string().trim().min(1),
  ruleSet: z.string().min(1).default('gaotai-2020'),
  oidcAudience: z.string().regex(/\.apps\.googleusercontent\.com$/, { error: "the sheet script's OAuth client id (…apps.googleusercontent.com)" }),
  bureauEmails: list.pipe(z.array(z.email())),
  bureauDomains: list.pipe(z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/i))),
  bureauMembers: list.pipe(z.array(z.string().regex(/^(user|group|domain|serviceAccount):.+$/))),
  serviceAccount: z.email().optional(),
  eventsServiceAccount: z.email().optional(),
  driveFolderId: z.string().optional(),
  templateSpreadsheetId: z.string().optional(),
  // The bureau's dashboard spreadsheet and reports folder (both or neither): the monthly run publishes there.
  dashboardSpreadsheetId: z.string().optional(),
  reportsFolderId: z.string().optional(),
  dryRun: z.boolean().default(false),
  skipBuild: z.boolean().default(false),
}).refine((c) => !c.dashboardSpreadsheetId === !c.reportsFolderId, { error: 'give --dashboard-spreadsheet-id and --reports-folder-id together', path: ['reportsFolderId'] })
  .refine((c) => c.bureauEmails.length + c.bureauDomains.length > 0, { error: 'name the bureau: --bureau-emails and/or --bureau-domains', path: ['bureauEmails'] })
  .transform((c) => ({
    ...c,
    // IAM invokers of the bureau functions: given, or the bureau's accounts and domains themselves.
    bureauMembers: c.bureauMembers.length > 0 ? c.bureauMembers : [...c.bureauEmails.map((e) => `user:${e}`), ...c.bureauDomains.map((d) => `domain:${d}`)],
  }));

const FLAGS = ['project', 'region', 'firestore-location', 'database', 'county', 'rule-set', 'oidc-audience', 'bureau-emails', 'bureau-domains',
  'bureau-members', 'service-account', 'events-service-account', 'drive-folder-id', 'template-spreadsheet-id',
  'dashboard-spreadsheet-id', 'reports-folder-id'];
const camel = (flag) => flag.replace(/-(\w)/g, (_, c) => c.toUpperCase());

export function readConfig(argv, env) {
  const { values } = parseArgs({
    args: argv, strict: true,
    options: { ...Object.fromEntries(FLAGS.map((f) => [f, { type: 'string' }])), 'dry-run': { type: 'boolean' }, 'skip-build': { type: 'boolean' } },
  });
  const raw = Object.fromEntries(FLAGS.map((f) => [camel(f), values[f] ?? env[`BANGFU_DEPLOY_${f.toUpperCase().replace(/-/g, '_')}`]]));
  const parsed = Config.safeParse({ ...raw, dryRun: values['dry-run'], skipBuild: values['skip-build'] });
  if (!parsed.success) throw new Error(`invalid deploy configuration:\n${parsed.error.issues.map((i) => `  --${i.path.join('.').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${i.message}`).join('\n')}`);
  return parsed.data;
}

/** The manifest is TypeScript: bundle it in memory and import it, so the deploy reads the same data as the code. */
async function loadManifest() {
  const out = await build({ entryPoints: [path.join(root, 'functions/src/handlers/manifest.ts')], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'error' });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}

/** The packages functions/dist/index.js requires, with the versions the root package.json pins. */
export function runtimePackageJson(bundleText, rootPackage) {
  const builtins = new Set(builtinModules);
  const names = new Set();
  for (const m of bundleText.matchAll(/require\("([^"./][^"]*)"\)/g)) {
    const spec = m[1].replace(/^node:/, '');
    if (builtins.has(spec) || builtins.has(spec.split('/')[0])) continue;
    names.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
  }
  const dependencies = {};
  for (const name of [...names].sort()) {
    const version = rootPackage.dependencies?.[name];
    if (!version) throw new Error(`functions/dist/index.js requires ${name}, which is not a dependency in package.json`);
    dependencies[name] = version;
  }
  return { name: `${rootPackage.name}-functions`, version: rootPackage.version, private: true, main: 'index.js', engines: { node: '22' }, dependencies };
}

/** Where node finds package `name` required from the package at lockfile location `from` ('' is the root). */
function resolveIn(packages, from, name) {
  for (let at = from; ; at = at.includes('/node_modules/') ? at.slice(0, at.lastIndexOf('/node_modules/')) : '') {
    const location = `${at ? `${at}/` : ''}node_modules/${name}`;
    if (packages[location]) return location;
    if (at === '') return null;
  }
}

/**
 * The root lockfile cut down to what the staged package.json installs: the deploy builds with `npm ci`, so the
 * functions run on exactly the versions the tests ran on, not on whatever the ranges resolve to that day.
 */
export function runtimeLockfile(rootLock, pkg) {
  if (rootLock.lockfileVersion < 2 || !rootLock.packages) throw new Error('package-lock.json must be lockfileVersion 2 or 3');
  const { packages } = rootLock;
  const kept = {};
  const visit = (from, name, optional) => {
    const location = resolveIn(packages, from, name);
    if (location === null) {
      if (optional) return;
      throw new Error(`package-lock.json lacks ${name} (required from ${from || 'package.json'}): run npm install`);
    }
    if (kept[location]) return;
    const { dev, devOptional, ...entry } = packages[location];
    kept[location] = entry;
    for (const dep of Object.keys(entry.dependencies ?? {})) visit(location, dep, false);
    for (const dep of Object.keys(entry.optionalDependencies ?? {})) visit(location, dep, true);
    for (const dep of Object.keys(entry.peerDependencies ?? {})) visit(location, dep, entry.peerDependenciesMeta?.[dep]?.optional === true);
  };
  for (const name of Object.keys(pkg.dependencies)) visit('', name, false);
  const sorted = Object.fromEntries(Object.keys(kept).sort().map((k) => [k, kept[k]]));
  const root = { name: pkg.name, version: pkg.version, dependencies: pkg.dependencies, engines: pkg.engines };
  return { name: pkg.name, version: pkg.version, lockfileVersion: 3, requires: true, packages: { '': root, ...sorted } };
}

function stage() {
  const bundle = path.join(root, 'functions/dist/index.js');
  if (!existsSync(bundle)) throw new Error('functions/dist/index.js is missing: run without --skip-build');
  rmSync(STAGE, { recursive: true, force: true });
  mkdirSync(STAGE, { recursive: true });
  for (const f of ['index.js', 'index.js.map']) if (existsSync(path.join(root, 'functions/dist', f))) copyFileSync(path.join(root, 'functions/dist', f), path.join(STAGE, f));
  const pkg = runtimePackageJson(readFileSync(bundle, 'utf8'), JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')));
  writeFileSync(path.join(STAGE, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  const lock = runtimeLockfile(JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')), pkg);
  writeFileSync(path.join(STAGE, 'package-lock.json'), `${JSON.stringify(lock, null, 2)}\n`);
  return pkg;
}

function run(argv, exists, otherwise) {
  const res = spawnSync(argv[0], argv.slice(1), { cwd: root, stdio: ['inherit', 'inherit', 'pipe'], encoding: 'utf8' });
  process.stderr.write(res.stderr ?? '');
  if (res.status === 0) return;
  if (exists?.test(res.stderr ?? '')) {
    if (otherwise) return run(otherwise);
    console.log('  (already exists: kept)');
    return;
  }
  throw new Error(`command failed (exit ${res.status ?? res.error?.message}): ${shellLine(argv)}`);
}

async function main() {
  let cfg;
  try {
    cfg = readConfig(process.argv.slice(2), process.env);
  } catch (error) {
    console.error(error.message);
    return 2;
  }
  const manifest = await loadManifest();
  const source = path.relative(root, STAGE);
  const say = (text) => console.log(text);
  say(`# bangfu deploy → project ${cfg.project}, region ${cfg.region}, county ${cfg.county}${cfg.dryRun ? ' (dry run: nothing is run)' : ''}`);
  say('# build and stage the deploy folder');
  say(`$ ${cfg.skipBuild ? '# (skipped) ' : ''}node functions/scripts/build.mjs`);
  say(`# stage ${source}/: index.js + package.json with only the packages the bundle requires, and their package-lock.json`);
  if (!cfg.dryRun) {
    if (!cfg.skipBuild) run(['node', 'functions/scripts/build.mjs']);
    const pkg = stage();
    say(`#   dependencies: ${Object.keys(pkg.dependencies).join(', ')}`);
  }
  for (const s of deployPlan(cfg, manifest, source)) {
    say(`# ${s.why}`);
    say(`$ ${shellLine(s.argv)}`);
    if (!cfg.dryRun) run(s.argv, s.exists, s.otherwise);
  }
  say(cfg.dryRun ? '# dry run done' : '# deployed');
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then((code) => { process.exitCode = code; }, (error) => { console.error(error.message); process.exitCode = 1; });
}
