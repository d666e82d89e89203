/**
 * Compute phase: intake (readPlanTable on every garden's grid), garden-month snapshots (split by month, content
 * hash), then the monthly and term assessment of the whole county — the pure core a month-close runs. Grids are
 * generated a batch at a time and dropped after intake, so memory holds only what the assessment needs (each
 * snapshot's rows and report times), as a streaming month-close would.
 */
import type { Garden, GardenMonth, Roster } from '../../../schemas';
import { assessMonth, assessTerm } from '../core/assessment';
import { readPlanTable } from '../core/intake';
import { loadRuleSet } from '../core/rules';
import { planSnapshotWrite } from '../core/sync';
import { splitByMonth } from '../core/sync/month-candidates';
import { syntheticPlan, type SyntheticPlan } from './synthetic/plan-grid';
import { BENCH_YEAR, syntheticRoster } from './synthetic/roster';

export interface ComputeResult {
  gardens: number;
  rows: number;
  acceptedRows: number;
  issues: number;
  /** CPU milliseconds (user + system) of this process: the machine is shared, so wall time would measure the neighbours. */
  intakeMs: number;
  snapshotMs: number;
  assessMs: number;
  /** Wall milliseconds of the same three steps, for comparison. */
  wallMs: number;
  /** rows ÷ CPU seconds of intake + assessment: the target figure (one core). */
  rowsPerSec: number;
  /** rows ÷ CPU seconds of intake + snapshots + assessment. */
  rowsPerSecWithSnapshots: number;
  pairsPassed: number;
  peakRssMB: number;
}

const TERM_MONTHS = [3, 4, 5, 6];
/**
 * Gardens per timed batch: a county's worth at most, as a month-close streams gardens. Batches of 250 kept
 * ~25 MB of freshly parsed grids alive through intake, and copying them out of the young generation was most of
 * the intake's CPU time (--trace-gc: ~2.7 s of scavenges at 5,000 gardens). process.cpuUsage counts microseconds.
 */
const BATCH = 10;
/** The spring term closes: every month reported, the last one assessed the morning after its cutoff. */
const AS_OF = '2020-07-01T09:00:00+08:00';
const SYNCED_AT = '2020-06-30T20:00:00+08:00';

/** Milliseconds of CPU this process has used: user + system, all threads (GC helpers included, so conservative). */
export function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** A county's plan tables a batch at a time, each batch made just before it is used, so one small batch is in memory. */
export function* planBatches(roster: Roster): Generator<{ from: number; gardens: Garden[]; plans: SyntheticPlan[] }> {
  for (let from = 0; from < roster.gardens.length; from += BATCH) {
    const gardens = roster.gardens.slice(from, from + BATCH);
    yield { from, gardens, plans: gardens.map((garden) => syntheticPlan(garden, BENCH_YEAR, TERM_MONTHS)) };
  }
}

/** Activity lines typed below the title and header of a synthetic table. */
export function typedRows(plan: SyntheticPlan): number {
  return plan.grid.rows.length - 2;
}

export function runCompute(size: number, now: () => number = cpuMs, wall: () => number = () => performance.now()): ComputeResult {
  let wallMs = 0;
  const ruleSet = loadRuleSet('gaotai-2020');
  const roster = syntheticRoster(size);
  const reports: GardenMonth[] = [];
  let rows = 0;
  let acceptedRows = 0;
  let issues = 0;
  let intakeMs = 0;
  let snapshotMs = 0;
  for (const { from, gardens: batch, plans } of planBatches(roster)) {
    const w = wall();
    let t = now();
    const tables = plans.map((plan) => readPlanTable(plan.grid, { year: BENCH_YEAR, asOf: SYNCED_AT }));
    intakeMs += now() - t;
    t = now();
    batch.forEach((garden, k) => {
      // A few gardens save late: their source is modified after the on-time day, so timeliness varies.
      const modifiedAt = (from + k) % 17 === 0 ? '2020-06-30T23:30:00+08:00' : '2020-06-28T18:00:00+08:00';
      const split = splitByMonth(garden.id, tables[k].rows, tables[k].issues, { version: '1', modifiedAt }, SYNCED_AT);
      for (const candidate of split.candidates) {
        const decision = planSnapshotWrite(null, candidate);
        // Kept for the assessment: what it reads (rows, report times, version), not the month's issues, which a
        // month-close hands to the sheet and the dashboard as each garden is synced, and the assessment never reads.
        if (decision.write) reports.push({ ...decision.write, issues: [] });
      }
    });
    snapshotMs += now() - t;
    wallMs += wall() - w;
    plans.forEach((plan, k) => {
      rows += typedRows(plan);
      acceptedRows += tables[k].rows.length;
      issues += tables[k].issues.length;
    });
  }
  const w = wall();
  const t = now();
  const month = assessMonth({ roster, ruleSet, month: '2020-06', reports, spotChecks: [], asOf: AS_OF });
  assessTerm({ roster, ruleSet, term: '2020-spring', reports, spotChecks: [], asOf: AS_OF, monthly: [month] });
  const assessMs = now() - t;
  wallMs += wall() - w;
  return {
    gardens: roster.gardens.length, rows, acceptedRows, issues, intakeMs, snapshotMs, assessMs, wallMs,
    rowsPerSec: rows / ((intakeMs + assessMs) / 1000),
    rowsPerSecWithSnapshots: rows / ((intakeMs + snapshotMs + assessMs) / 1000),
    pairsPassed: month.summary.pairsPassed,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  };
}
