import { ACTIVITY_TYPES, type ActivityType } from '../../../../schemas/activity';
import type { TypeCounts } from '../../../../schemas/assessment';

/**
 * Per-type values (activities, class hours, which types an item counts) are kept in arrays in ACTIVITY_TYPES order
 * while a county is assessed, and turned into TypeCounts records only for results.
 */

let typeIndex: ReadonlyMap<ActivityType, number> | undefined;
/** Position of a type in ACTIVITY_TYPES: per-type sums are kept in arrays in that order. */
export function typeIndexOf(type: ActivityType): number {
  typeIndex ??= new Map(ACTIVITY_TYPES.map((t, i) => [t, i]));
  return typeIndex.get(type) as number;
}

/** Which types (by index) an item counting `types` (null = every type) counts. */
export function typeMask(types: readonly ActivityType[] | null): boolean[] {
  return ACTIVITY_TYPES.map((t) => types === null || types.includes(t));
}

let zeros: readonly number[] | undefined;
/**
 * A zero per activity type, copied from one array (much cheaper than `new Array(n).fill(0)`). It holds doubles from
 * the start: class hours are fractions, and an array that turns from small integers to doubles midway changes
 * its V8 elements kind, which sent the engine back to re-optimise the per-garden code (bench profile).
 */
export function zeroArray(): number[] {
  zeros ??= ACTIVITY_TYPES.map(() => 0.5).fill(0);
  return zeros.slice();
}

const [T0, T1, T2, T3, T4, T5, T6, T7, T8, T9] = ACTIVITY_TYPES;
/**
 * Per-type values (ACTIVITY_TYPES order) as the TypeCounts record results carry. Written as one literal: several
 * times faster than adding the keys one by one, which made these records a tenth of a county's assessment. The
 * type checker fails here when ACTIVITY_TYPES gains a type.
 */
export function typeCounts(v: readonly number[]): TypeCounts {
  return { [T0]: v[0], [T1]: v[1], [T2]: v[2], [T3]: v[3], [T4]: v[4], [T5]: v[5], [T6]: v[6], [T7]: v[7], [T8]: v[8], [T9]: v[9] };
}

/** Per-type values of a TypeCounts record, in ACTIVITY_TYPES order. */
export function typeValues(counts: TypeCounts): number[] {
  const values = zeroArray();
  for (let k = 0; k < values.length; k++) values[k] = counts[ACTIVITY_TYPES[k]];
  return values;
}
