import { MonthKey } from '../../../schemas';
import { gardenMonthTimeline, type AuditLine } from '../core/audit';
import { UseCaseFailure } from './errors';
import type { AuditLog } from './ports/audit-log';
import type { GardenMonthStore } from './ports/garden-month-store';
import type { SpotCheckLog } from './ports/spot-check-log';

export interface GardenMonthAuditDeps {
  gardenMonths: Pick<GardenMonthStore, 'get' | 'history'>;
  spotCheckLog: Pick<SpotCheckLog, 'listFor'>;
  audit: Pick<AuditLog, 'list'>;
}

export interface GardenMonthAudit {
  gardenId: string;
  month: string;
  /** The snapshot as it stands, or null when the month was never reported. */
  current: { version: number; rows: number; issues: number; contentHash: string; frozenAt: string | null } | null;
  lines: AuditLine[];
}

/** The audit subject other modules log garden-month actions under. */
export const gardenMonthSubject = (gardenId: string, month: string): string => `garden:${gardenId}/${month}`;

/** Everything on record about one garden-month, oldest first: versions, late changes, freeze, exceptions, spot checks. */
export async function gardenMonthAudit(deps: GardenMonthAuditDeps, input: { gardenId: string; month: string }): Promise<GardenMonthAudit> {
  if (!MonthKey.safeParse(input.month).success) throw new UseCaseFailure('invalid_request', `月份“${input.month}”格式不对，应为 YYYY-MM`);
  const { gardenId, month } = input;
  const [snapshot, history, spotChecks, actions] = await Promise.all([
    deps.gardenMonths.get(gardenId, month),
    deps.gardenMonths.history(gardenId, month),
    deps.spotCheckLog.listFor(gardenId, month),
    deps.audit.list(gardenMonthSubject(gardenId, month)),
  ]);
  const current = snapshot && {
    version: snapshot.version, rows: snapshot.rows.length, issues: snapshot.issues.length,
    contentHash: snapshot.contentHash, frozenAt: snapshot.frozenAt,
  };
  return { gardenId, month, current, lines: gardenMonthTimeline({ history, spotChecks, actions }) };
}
