/** The bench's readable table and its one-line JSON summary, with the targets of issue 8 beside the figures. */
import type { ColdImportResult } from './cold-import';
import type { ComputeResult } from './compute';
import type { FloorResult } from './floor';
import type { FirestoreResult } from './firestore';
import type { SheetsResult } from './sheets';

export interface BenchResults {
  compute: ComputeResult[];
  /** The largest size again, in a process that has already closed a county (steady state, JIT compiled). */
  warmCompute: ComputeResult & { warmUpGardens: number };
  /** The least any intake must do, timed like the compute figure (see floor.ts). */
  floor: FloorResult;
  sheets: SheetsResult[];
  firestore: FirestoreResult;
  coldImport: ColdImportResult;
}

export const TARGETS = {
  computeRowsPerSec: 500_000,
  peakRssMB: 300,
  requestsPerChangedSheet: 1,
  quotaUtilization: 0.95,
  functionColdImportMs: 150,
} as const;

const fixed = (n: number | null, digits = 0) => (n === null ? 'n/a' : n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }));
const mark = (ok: boolean) => (ok ? 'ok' : 'MISS');

export function printTable(r: BenchResults, out: (line: string) => void): void {
  out('Compute: intake (readPlanTable) + assessment (assessMonth + assessTerm), CPU time of one process (all threads), the median of 3 runs');
  out('  gardens      rows   intake ms  assess ms  snapshot ms   rows/s (target 500k)  wall ms  peak RSS MB (<300 @5000)');
  const line = (label: string, c: ComputeResult) => out(`  ${label.padStart(7)} ${fixed(c.rows).padStart(9)} ${fixed(c.intakeMs).padStart(11)} ${fixed(c.assessMs).padStart(10)} ${fixed(c.snapshotMs).padStart(12)}   ${fixed(c.rowsPerSec).padStart(10)} ${mark(c.rowsPerSec >= TARGETS.computeRowsPerSec).padStart(4)}      ${fixed(c.wallMs).padStart(7)}  ${fixed(c.peakRssMB).padStart(6)} ${c.gardens >= 5000 ? mark(c.peakRssMB < TARGETS.peakRssMB) : ''}`);
  for (const c of r.compute) line(fixed(c.gardens), c);
  line('warm', r.warmCompute);
  out(`  warm: ${fixed(r.warmCompute.gardens)} gardens in a process that has just closed a ${fixed(r.warmCompute.warmUpGardens)}-garden county (JIT compiled, heap grown).`);
  const floor = r.floor;
  out(`  floor: ${fixed(floor.rows)} rows in ${fixed(floor.ms)} ms = ${fixed(floor.rowsPerSec)} rows/s: the least any intake does`);
  out('  (each cell looked at, each text tested by one regex, 5 memo lookups, one row kept per row), timed the same way.');
  out('');
  out('Sheets: month-close reads on the local Sheets/Drive fake, quota 60 reads/min/user, simulated time and latency');
  out('  gardens  changed  Sheets req  req/changed  429s  Drive req  util (≥0.95)  sim min  real s  2nd close reads');
  for (const s of r.sheets) {
    out(`  ${fixed(s.gardens).padStart(7)} ${fixed(s.changedSheets).padStart(8)} ${fixed(s.sheetsRequests).padStart(11)} ${fixed(s.requestsPerChangedSheet, 2).padStart(12)} ${fixed(s.rejected429).padStart(5)} ${fixed(s.driveRequests).padStart(10)}  ${fixed(s.quotaUtilization, 3).padStart(7)} ${s.quotaUtilization === null ? '    ' : mark(s.quotaUtilization >= TARGETS.quotaUtilization).padStart(4)} ${fixed(s.simulatedMinutes, 1).padStart(8)} ${fixed(s.realSeconds, 1).padStart(7)} ${fixed(s.secondCloseReads).padStart(16)}`);
  }
  out('  Time: the fake server, the adapter\'s quota budget and backoff, and request latency share one SimulatedClock;');
  out('  sleeps and latency advance it, so N reads at 60/min (N/60 simulated minutes) take seconds. One spreadsheets.get per sheet');
  out('  returns values and merges together (field mask), so merges cost no extra read.');
  out('');
  const f = r.firestore;
  out(`Firestore emulator: ${f.gardens} gardens × 4 months = ${f.gardenMonths} garden-months, ${f.concurrency} concurrent transactions`);
  for (const [name, p] of [['first sync', f.firstSync], ['unchanged re-sync', f.unchangedResync], ['freeze (June)', f.freeze]] as const) {
    out(`  ${name.padEnd(18)} ${fixed(p.ms).padStart(7)} ms  ${fixed(p.operations).padStart(5)} transactions  ${fixed(p.documentWrites).padStart(5)} document writes  ${fixed(p.writesPerGardenMonth, 2)} per garden-month`);
  }
  out('  (a first sync writes the snapshot and its version record: 2 documents; unchanged content writes none)');
  out('');
  out(`Cold import of functions/dist/index.js: median ${fixed(r.coldImport.medianMs)} ms (target <150) ${mark(r.coldImport.medianMs < TARGETS.functionColdImportMs)}; samples ${r.coldImport.samplesMs.map((m) => fixed(m)).join(', ')}`);
}

export function summary(r: BenchResults) {
  const largest = r.compute[r.compute.length - 1];
  const bySize = <T extends { gardens: number }, V>(list: T[], f: (x: T) => V) => Object.fromEntries(list.map((x) => [String(x.gardens), f(x)]));
  const quota = r.sheets.filter((s) => s.quotaUtilization !== null).map((s) => s.quotaUtilization as number);
  return {
    // At the largest size: the small counties are dominated by JIT warm-up (their figures are in `compute`).
    computeRowsPerSec: Math.round(largest.rowsPerSec),
    computeRowsPerSecWarm: Math.round(r.warmCompute.rowsPerSec),
    computeFloorRowsPerSec: Math.round(r.floor.rowsPerSec),
    peakRssMB: Math.round(largest.peakRssMB),
    requestsPerChangedSheet: Math.max(...r.sheets.map((s) => s.requestsPerChangedSheet)),
    quotaUtilization: quota.length ? Math.min(...quota) : null,
    functionColdImportMs: Math.round(r.coldImport.medianMs),
    firestoreWritesPerGardenMonth: r.firestore.firstSync.writesPerGardenMonth,
    firestoreUnchangedResyncWrites: r.firestore.unchangedResync.documentWrites,
    firestoreFirstSyncMs: Math.round(r.firestore.firstSync.ms),
    targets: TARGETS,
    compute: bySize(r.compute, (c) => ({ rows: c.rows, rowsPerSec: Math.round(c.rowsPerSec), intakeMs: Math.round(c.intakeMs), assessMs: Math.round(c.assessMs), snapshotMs: Math.round(c.snapshotMs), wallMs: Math.round(c.wallMs), peakRssMB: Math.round(c.peakRssMB) })),
    sheets: bySize(r.sheets, (s) => ({ changed: s.changedSheets, requests: s.sheetsRequests, requestsPerChangedSheet: s.requestsPerChangedSheet, rejected429: s.rejected429, quotaUtilization: s.quotaUtilization, simulatedMinutes: Number(s.simulatedMinutes.toFixed(1)), realSeconds: Number(s.realSeconds.toFixed(1)), secondCloseReads: s.secondCloseReads })),
    firestore: r.firestore,
  };
}
