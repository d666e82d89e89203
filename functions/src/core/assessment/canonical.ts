/**
 * JSON with object keys sorted: equal content gives equal text whatever order its keys were built in. Used as
 * the last tie-break when ordering rows and snapshots, so that no result depends on input order.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v);
}
