import type { Roster, SpotCheck } from '../../../schemas';
import { readSpotCheckRegister, type RegisterRead } from '../core/spot-checks';
import type { SheetRef, SheetSource } from './ports/sheet-source';
import type { SpotCheckSource } from './run-monthly-assessment';

export interface RegisterDeps {
  /** A source that reads the 抽查登记 tab of the dashboard (xlsx: sheet option; Google: planSheetTitle). */
  source: SheetSource;
  /** Where the dashboard lives; null before the first dashboard was written. */
  ref: SheetRef | null;
  /** True when the error means "no dashboard / no register tab yet" (first run): an empty register, not a failure. */
  isMissing: (error: unknown) => boolean;
}

export const EMPTY_REGISTER: RegisterRead = { checks: [], issues: [], rows: [] };

/** Reads the bureau's spot-check register back from the dashboard, through the sheet port. */
export async function readRegister(deps: RegisterDeps, ctx: { roster: Roster; timezone: string }): Promise<RegisterRead> {
  if (!deps.ref) return EMPTY_REGISTER;
  try {
    const snapshot = await deps.source.read(deps.ref);
    return readSpotCheckRegister(snapshot.grid, ctx);
  } catch (error) {
    if (deps.isMissing(error)) return EMPTY_REGISTER;
    throw error;
  }
}

/**
 * The monthly run's spot checks from the register. It keeps what it read (`last`), so the dashboard written after
 * the run shows the same rows with what became of each — and never a register older than the one just applied.
 */
export class RegisterSpotCheckSource implements SpotCheckSource {
  last: RegisterRead = EMPTY_REGISTER;

  constructor(private readonly deps: RegisterDeps, private readonly ctx: { roster: Roster; timezone: string }) {}

  async list(gardenIds: readonly string[], months: readonly string[]): Promise<SpotCheck[]> {
    this.last = await readRegister(this.deps, this.ctx);
    return this.last.checks.filter((c) => gardenIds.includes(c.gardenId) && months.includes(c.month));
  }
}

/** Several sources as one (the offline spot-checks.json and the dashboard's register): every check from each. */
export function combinedSpotChecks(...sources: SpotCheckSource[]): SpotCheckSource {
  return { list: async (gardenIds, months) => (await Promise.all(sources.map((s) => s.list(gardenIds, months)))).flat() };
}
