/**
 * `npm run bench`: the month-close benchmark. Each measurement runs in a fresh child process (this same file
 * with `--phase`), so peak RSS belongs to one phase and size, and one phase's heap cannot slow another.
 * Prints a table; with `--json`, also one JSON object on the last line.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { runColdImport } from './cold-import';
import type { ComputeResult } from './compute';
import type { FloorResult } from './floor';
import { printTable, summary, type BenchResults } from './report';

const SIZES = [50, 500, 5000];
const FIRESTORE_GARDENS = 500;
/** Gardens a warm process has already closed before it is timed (a province's close runs for many minutes). */
const WARM_UP_GARDENS = 500;

/**
 * Each phase loads only its own modules: the compute child's peak RSS is then the core's, not that of the
 * Google clients, the Sheets fake and the Firestore SDK the other phases need.
 */
async function phase(name: string, size: number): Promise<unknown> {
  switch (name) {
    // Plain requires (as in index.ts): esbuild bundles each into a lazily initialised module.
    /* eslint-disable @typescript-eslint/no-require-imports */
    case 'compute': return (require('./compute') as typeof import('./compute')).runCompute(size);
    case 'compute-warm': {
      const { runCompute } = require('./compute') as typeof import('./compute');
      runCompute(WARM_UP_GARDENS);
      return { ...runCompute(size), warmUpGardens: WARM_UP_GARDENS };
    }
    case 'floor': return (require('./floor') as typeof import('./floor')).runFloor(size);
    case 'sheets': return (require('./sheets') as typeof import('./sheets')).runSheets(size);
    case 'firestore': return (require('./firestore') as typeof import('./firestore')).runFirestore(size, process.env);
    /* eslint-enable @typescript-eslint/no-require-imports */
    default: throw new Error(`unknown phase ${name}`);
  }
}

/** Runs one phase in a child process and returns the JSON it prints last. */
function child(name: string, size: number): unknown {
  process.stderr.write(`bench: ${name} ${size}…\n`);
  const out = spawnSync(process.execPath, [__filename, '--phase', name, String(size)], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (out.status !== 0) throw new Error(`bench phase ${name} ${size} failed:\n${out.stderr}`);
  return JSON.parse(out.stdout.trim().split('\n').pop() as string);
}

/** Compute runs in this many fresh processes per size: CPU time on a shared machine varies by a quarter run to run. */
const COMPUTE_RUNS = 3;

/** The run with the median throughput, so one noisy run neither flatters nor sinks the figure. */
function median<T extends { rowsPerSec: number }>(name: string, size: number): T {
  const runs = Array.from({ length: COMPUTE_RUNS }, () => child(name, size) as T);
  return runs.sort((a, b) => a.rowsPerSec - b.rowsPerSec)[Math.floor(runs.length / 2)];
}

async function main(argv: string[]): Promise<void> {
  const at = argv.indexOf('--phase');
  if (at >= 0) {
    process.stdout.write(`${JSON.stringify(await phase(argv[at + 1], Number(argv[at + 2])))}\n`);
    return;
  }
  const sizes = argv.includes('--quick') ? [50, 500] : SIZES;
  const largest = sizes[sizes.length - 1];
  const results: BenchResults = {
    compute: sizes.map((n) => median<ComputeResult>('compute', n)),
    warmCompute: median<BenchResults['warmCompute']>('compute-warm', largest),
    floor: median<FloorResult>('floor', largest),
    sheets: sizes.map((n) => child('sheets', n)) as BenchResults['sheets'],
    firestore: child('firestore', FIRESTORE_GARDENS) as BenchResults['firestore'],
    coldImport: runColdImport(path.resolve(__dirname, '../..')),
  };
  printTable(results, (line) => process.stdout.write(`${line}\n`));
  if (argv.includes('--json')) process.stdout.write(`${JSON.stringify(summary(results))}\n`);
}

main(process.argv.slice(2)).catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
