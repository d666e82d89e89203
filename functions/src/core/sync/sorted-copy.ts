import { schemaCopier, type Copier } from './schema-copiers';

/**
 * A deep copy whose objects have their keys inserted in canonical order (array-index keys first, in numeric order,
 * then the others sorted by UTF-16 code units, as a copy built with Object.fromEntries over sorted entries would
 * list them), which JSON.stringify keeps. Members JSON has no text for are left out; arrays keep their order.
 */
export function sortedCopy(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    // A plain array even for a subclass or a proxy, so nothing of theirs (a toJSON) reaches JSON.stringify.
    const copy = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) copy[i] = sortedCopy(value[i]);
    return copy;
  }
  // Any other object is copied by its own enumerable keys, as Object.entries would (a Date becomes {}).
  const record = value as Record<string, unknown>;
  const shape = shapeOf(record);
  if (shape.copier) return shape.copier(record, sortedCopy);
  const copy: Record<string, unknown> = {};
  for (const key of shape.order) {
    const member = record[key];
    // Left out here rather than by JSON.stringify, which would call a function member named toJSON.
    if (member === undefined || typeof member === 'function' || typeof member === 'symbol') continue;
    // Assigning __proto__ would set the copy's prototype instead of adding a member.
    if (key === '__proto__') Object.defineProperty(copy, key, { value: sortedCopy(member), enumerable: true, writable: true, configurable: true });
    else copy[key] = sortedCopy(member);
  }
  return copy;
}

interface Shape {
  /** The object's own keys, as Object.keys lists them. */
  keys: readonly string[];
  /** The same keys in canonical order. */
  order: readonly string[];
  /** A hand-written copy for exactly these keys (plan rows, issues), when there is one. */
  copier: Copier | undefined;
}

/** Shapes already worked out, by key list: a province's rows and issues share a handful of them. */
const SHAPES: Shape[] = [];
const SHAPES_MAX = 32;

function shapeOf(record: object): Shape {
  const keys = Object.keys(record);
  for (const shape of SHAPES) if (sameKeys(shape.keys, keys)) return shape;
  const order = canonicalOrder(keys);
  const shape = { keys, order, copier: schemaCopier(order) };
  if (SHAPES.length < SHAPES_MAX) SHAPES.push(shape);
  return shape;
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const INDEX_KEY = /^(?:0|[1-9]\d*)$/;
const MAX_INDEX = 2 ** 32 - 2;

const isIndexKey = (key: string): boolean => INDEX_KEY.test(key) && Number(key) <= MAX_INDEX;

function canonicalOrder(keys: readonly string[]): string[] {
  const indexes = keys.filter(isIndexKey).sort((a, b) => Number(a) - Number(b));
  const names = keys.filter((k) => !isIndexKey(k)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return [...indexes, ...names];
}
