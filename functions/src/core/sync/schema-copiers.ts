import type { Evidence, Issue, PlanRow } from '../../../../schemas';

/** Copies an object whose own keys are exactly the copier's, each member through `member`. */
export type Copier = (record: Record<string, unknown>, member: (value: unknown) => unknown) => object;

/**
 * Sorted copies of what snapshots are made of, written out as literals: direct loads, and one hidden class for
 * every copy, which JSON.stringify walks faster too (copying key by key made hashing snapshots 20–40% slower).
 * Each literal lists its keys in canonical order; `satisfies` makes a schema change show up here.
 */
const COPIERS: readonly Copier[] = [
  (r, m) => ({
    classHours: m(r.classHours), date: m(r.date), evidence: m(r.evidence), month: m(r.month), note: m(r.note),
    participants: m(r.participants), person: m(r.person), row: m(r.row), status: m(r.status), task: m(r.task),
    type: m(r.type), typeSource: m(r.typeSource),
  }) satisfies Record<keyof PlanRow, unknown>,
  (r, m) => ({ photos: m(r.photos), plan: m(r.plan), record: m(r.record), summary: m(r.summary) }) satisfies Record<keyof Evidence, unknown>,
  // A snapshot's issues (without `month`: the snapshot names it), for one row and for a block of rows.
  (r, m) => ({
    cell: m(r.cell), code: m(r.code), column: m(r.column), message: m(r.message), row: m(r.row), severity: m(r.severity),
  }) satisfies Record<Exclude<keyof Issue, 'month' | 'lastRow'>, unknown>,
  (r, m) => ({
    cell: m(r.cell), code: m(r.code), column: m(r.column), lastRow: m(r.lastRow), message: m(r.message), row: m(r.row),
    severity: m(r.severity),
  }) satisfies Record<Exclude<keyof Issue, 'month'>, unknown>,
];

/**
 * The copier for objects whose keys, in canonical order, are `order`. A copier's keys are read off its own
 * literal, so one written out of order is simply never used (the general copy serves) instead of changing hashes.
 */
export function schemaCopier(order: readonly string[]): Copier | undefined {
  keyed ??= COPIERS.map((copier) => ({ keys: keysOf(copier), copier }));
  return keyed.find((k) => k.keys.length === order.length && k.keys.every((key, i) => key === order[i]))?.copier;
}

/** The copiers with their keys, worked out on first use (no work at import time). */
let keyed: { keys: string[]; copier: Copier }[] | null = null;

/** What a copier's literal lists, in its order: every member is there when each read gives a value. */
function keysOf(copier: Copier): string[] {
  return Object.keys(copier(new Proxy({}, { get: () => 0 }), (v) => v));
}
