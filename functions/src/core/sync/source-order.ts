import type { SourceVersion } from '../../../../schemas';

/**
 * True when `candidate` is an older version of the source than `current`: modified earlier, or modified at the
 * same instant with a lower version number. Versions that are not numbers (file hashes) carry no order.
 */
export function isOlderSource(candidate: SourceVersion, current: SourceVersion): boolean {
  const a = Date.parse(candidate.modifiedAt);
  const b = Date.parse(current.modifiedAt);
  if (a !== b) return a < b;
  return compareVersions(candidate.version, current.version) < 0;
}

function compareVersions(a: string, b: string): number {
  if (!/^\d+$/.test(a) || !/^\d+$/.test(b)) return 0;
  const x = BigInt(a);
  const y = BigInt(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** True when instant `a` is strictly after instant `b` (ISO strings with any offset). */
export function isAfter(a: string, b: string): boolean {
  return Date.parse(a) > Date.parse(b);
}
