import { createHash } from 'node:crypto';
import type { Issue, PlanRow } from '../../../../schemas';

/**
 * JSON with object keys sorted at every depth and `undefined` members dropped, so equal content gives equal
 * text whatever order the fields were built in. Arrays keep their order: row order is part of what a garden typed.
 */
export function canonicalJson(value: unknown): string {
  // Written out directly rather than through sorted copies of every object: hashing a province's snapshots
  // made millions of short-lived objects (bench profile). The text is exactly JSON.stringify of the sorted copy.
  return json(value) as string;
}

/** Array-index keys, which a copy built with Object.fromEntries would list first, in numeric order. */
const INDEX_KEY = /^(?:0|[1-9]\d*)$/;
const MAX_INDEX = 2 ** 32 - 2;

const isIndexKey = (key: string): boolean => INDEX_KEY.test(key) && Number(key) <= MAX_INDEX;

/** Key orders already worked out, by the object's own key list: rows and issues share a handful of shapes. */
const ORDERS: { keys: string[]; sorted: string[] }[] = [];

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sortedKeys(object: object): string[] {
  const keys = Object.keys(object);
  for (const order of ORDERS) if (sameKeys(order.keys, keys)) return order.sorted;
  const indexes = keys.filter(isIndexKey).sort((a, b) => Number(a) - Number(b));
  const names = keys.filter((k) => !isIndexKey(k)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const sorted = [...indexes, ...names];
  if (ORDERS.length < 32) ORDERS.push({ keys, sorted });
  return sorted;
}

/** The JSON of a value; undefined when JSON has none for it (undefined, a function, a symbol). */
function json(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      return JSON.stringify(value); // throws, as JSON.stringify does
    case 'object':
      break;
    default:
      return undefined;
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i > 0 ? ',' : '') + (json(value[i]) ?? 'null');
    return out + ']';
  }
  // Any other object is copied by its own enumerable keys (a Date becomes {}), as Object.entries would.
  const record = value as Record<string, unknown>;
  let out = '{';
  for (const key of sortedKeys(record)) {
    const member = record[key];
    if (member === undefined) continue;
    const text = json(member);
    if (text === undefined) continue;
    out += (out.length > 1 ? ',' : '') + JSON.stringify(key) + ':' + text;
  }
  return out + '}';
}

/** sha256 (hex) of the canonical rows + issues: the identity of a garden-month's content. */
export function contentHash(rows: readonly PlanRow[], issues: readonly Issue[]): string {
  return createHash('sha256').update(canonicalJson({ rows, issues })).digest('hex');
}
