// Builds the bound Apps Script: apps-script/src/main.ts → apps-script/dist/Code.js (+ appsscript.json beside it),
// ready for `npx clasp push` (clasp 3 uploads files as they are; it does not transpile TypeScript).
//
// Apps Script only sees top-level `function name() {}` declarations: triggers (onOpen, onEdit), menu items and
// google.script.run calls are looked up by name. esbuild emits one IIFE whose exports are main.ts's handlers;
// the build then appends a stub per export that delegates to it (what esbuild-gas-plugin does, in a few lines).
//
// The bundle runs the same intake core as the server (functions/src/core/intake). It resolves `schemas/` to the
// generated plain-data module (generate-from-schemas.mjs), so zod stays out of the bundle: the core only reads
// the schemas' constants. If the core ever needs a zod schema at run time, esbuild fails on the missing export.
import { build } from 'esbuild';
import { copyFile, mkdir, rename, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import vm from 'node:vm';
import { loadSchemas, writeSchemaConstants } from './generate-from-schemas.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const GLOBAL = '__bangfu';

const schemasDir = path.join(root, 'schemas');
const generatedSchemas = path.join(root, 'apps-script/src/generated/schemas.ts');

/** Every import of schemas/ (index or one file) resolves to the generated constants module. */
const schemasAsConstants = {
  name: 'schemas-as-constants',
  setup(b) {
    b.onResolve({ filter: /schemas/ }, (args) => {
      if (args.importer === generatedSchemas || !args.path.startsWith('.')) return undefined;
      const target = path.resolve(args.resolveDir, args.path);
      const inSchemas = target === schemasDir || target.startsWith(`${schemasDir}${path.sep}`);
      return inSchemas ? { path: generatedSchemas } : undefined;
    });
  },
};

export async function buildAppsScript({ outDir = path.join(root, 'apps-script/dist') } = {}) {
  await writeSchemaConstants(await loadSchemas());
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['apps-script/src/main.ts'],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: GLOBAL,
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    metafile: true,
    plugins: [schemasAsConstants],
    logLevel: 'warning',
  });
  const bundle = result.outputFiles[0].text;
  const handlers = exportedNames(bundle);
  const stubs = handlers.map((name) => `function ${name}(){return ${GLOBAL}.${name}.apply(this,arguments)}`).join('\n');
  const code = `${bundle}\n${stubs}\n`;
  await mkdir(outDir, { recursive: true });
  // Write-then-rename: parallel test workers build and load the bundle at once and must never read half a file.
  await writeAtomically(path.join(outDir, 'Code.js'), code);
  const manifest = path.join(outDir, 'appsscript.json');
  await copyFile(path.join(root, 'apps-script/appsscript.json'), `${manifest}.${process.pid}.tmp`);
  await rename(`${manifest}.${process.pid}.tmp`, manifest);
  const inputs = Object.keys(result.metafile.inputs);
  return {
    file: path.join(outDir, 'Code.js'),
    bytes: Buffer.byteLength(code),
    handlers,
    bundlesZod: inputs.some((p) => p.includes('node_modules/zod/')),
    bundlesLuxon: inputs.some((p) => p.includes('node_modules/luxon/')),
  };
}

async function writeAtomically(file, text) {
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, text);
  await rename(temp, file);
}

/** The handler names main.ts exports: read by running the IIFE once in an empty context (it does no work at load). */
function exportedNames(bundle) {
  const exports = vm.runInNewContext(`${bundle};${GLOBAL}`, {}, { timeout: 5000 });
  const names = Object.keys(exports).filter((name) => typeof exports[name] === 'function').sort();
  for (const name of names) if (!/^[A-Za-z_$][\w$]*$/.test(name)) throw new Error(`bad handler name ${name}`);
  return names;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = await buildAppsScript();
  console.log(`apps-script: ${path.relative(root, out.file)} ${(out.bytes / 1024).toFixed(1)} KiB; handlers: ${out.handlers.join(', ')}` +
    `; zod ${out.bundlesZod ? 'bundled' : 'not bundled'}; luxon ${out.bundlesLuxon ? 'bundled' : 'not bundled'}`);
}
