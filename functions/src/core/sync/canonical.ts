import { createHash } from 'node:crypto';
import type { Issue, PlanRow } from '../../../../schemas';

/**
 * JSON with object keys sorted at every depth and `undefined` members dropped, so equal content gives equal
 * text whatever order the fields were built in. Arrays keep their order: row order is part of what a garden typed.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]));
  }
  return value;
}

/** sha256 (hex) of the canonical rows + issues: the identity of a garden-month's content. */
export function contentHash(rows: readonly PlanRow[], issues: readonly Issue[]): string {
  return createHash('sha256').update(canonicalJson({ rows, issues })).digest('hex');
}
