#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI itself is bundled into ../dist by `npm run build` (run by `npm ci` through `prepare`).
let cli;
try {
  cli = require('../dist/cli.js');
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND') {
    process.stderr.write('bangfu 尚未构建：请先运行 npm ci（或 npm run build）。\n');
    process.exit(2);
  }
  throw error;
}
cli.main(process.argv.slice(2), process.env).then(
  (code) => { process.exitCode = code; },
  (error) => { process.stderr.write(`bangfu 出错：${error && error.message ? error.message : error}\n`); process.exitCode = 2; },
);
