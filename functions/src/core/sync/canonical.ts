import { hash } from 'node:crypto';
import type { Issue, PlanRow } from '../../../../schemas';
import { sortedCopy } from './sorted-copy';

/**
 * JSON with object keys sorted at every depth and `undefined` members dropped, so equal content gives equal
 * text whatever order the fields were built in. Arrays keep their order: row order is part of what a garden typed.
 * It is, by construction, JSON.stringify of a deep key-sorted copy (a Date, like any object, is copied by its own
 * enumerable keys: `{}`). Stored content hashes depend on every byte of it.
 */
export function canonicalJson(value: unknown): string {
  // Native JSON.stringify of sorted copies beat writing the text key by key in JS several times over (bench profile).
  return JSON.stringify(sortedCopy(value));
}

/** sha256 (hex) of the canonical rows + issues: the identity of a garden-month's content. */
export function contentHash(rows: readonly PlanRow[], issues: readonly Issue[]): string {
  // One-shot: a Hash object per garden-month cost more than hashing its few kB.
  return hash('sha256', canonicalJson({ rows, issues }), 'hex');
}
