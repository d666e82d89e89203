import { GardenMonthNotFoundError, type GardenMonthStore } from './ports/garden-month-store';
import { UseCaseFailure } from './errors';

export interface GrantExceptionInput {
  gardenId: string;
  month: string;
  reason: string;
  /** The bureau account granting it (from the verified token). */
  by: string;
}

/**
 * The bureau lets a garden's next change to a frozen (or past-cutoff) month replace its rows, e.g. after a
 * documented network outage. Recorded in the month's history with who, when and why.
 */
export async function grantException(
  deps: { gardenMonths: Pick<GardenMonthStore, 'grantException'>; now: () => string },
  input: GrantExceptionInput,
): Promise<{ ok: true; message: string }> {
  try {
    await deps.gardenMonths.grantException(input.gardenId, input.month, input.by, input.reason, deps.now());
  } catch (err) {
    if (err instanceof GardenMonthNotFoundError) {
      throw new UseCaseFailure('not_found', `“${input.gardenId}”${Number(input.month.slice(5))}月尚未报送，无需特批。`, { gardenId: input.gardenId, month: input.month });
    }
    throw err;
  }
  return { ok: true, message: `已特批“${input.gardenId}”${Number(input.month.slice(5))}月的逾期修改，下次同步时生效。` };
}
