import { z } from 'zod';
import { GardenId, MonthKey } from '../../../schemas';
import type { Principal } from '../core/access';
import type { RosterStore } from '../usecases/ports/roster-store';
import { syncTarget } from '../core/access';
import { syncGarden, type SyncGardenDeps, type SyncGardenResult } from '../usecases/sync-garden';
import { AccessDenied } from './errors';
import type { HttpEndpoint } from './http-function';

/**
 * Only a choice of garden, for callers who edit several (or the bureau): by id, or by the spreadsheet the
 * sheet's script runs in (SubmitMonthRequest sends its id and month). Both are claims checked against the
 * caller's registrations; anything else in the body (rows…) is dropped unread, and the server reads the
 * sheet registered for the garden, never a sheet named in the body.
 */
export const SyncGardenBody = z.object({
  gardenId: GardenId.optional(),
  spreadsheetId: z.string().min(1).max(200).optional(),
  month: MonthKey.optional(),
});
export type SyncGardenBody = z.infer<typeof SyncGardenBody>;

/** "My garden's sheet changed": re-read it, store its garden-months, write issues back. */
export function syncGardenEndpoint<D>(wire: (deps: D) => SyncGardenDeps): HttpEndpoint<D, SyncGardenBody, SyncGardenResult> {
  return {
    name: 'syncGarden',
    body: SyncGardenBody,
    async run({ deps, principal, log }, body) {
      const sync = wire(deps);
      const requested = body.gardenId ?? (body.spreadsheetId ? await gardenOfSheet(sync.rosters, principal, body.spreadsheetId) : null);
      const target = syncTarget(principal, requested);
      if (!target.allowed) throw new AccessDenied(target.reason);
      const result = await syncGarden(sync, { gardenId: target.gardenId, by: principal.email });
      log.info('garden synced', { gardenId: result.gardenId, months: result.months, errors: result.errors, warnings: result.warnings });
      return result;
    },
  };
}

/** The caller's garden whose registered sheet is `spreadsheetId`; a sheet that is not theirs is refused. */
async function gardenOfSheet(rosters: Pick<RosterStore, 'getGarden'>, principal: Principal, spreadsheetId: string): Promise<string> {
  for (const id of principal.gardenIds) {
    if ((await rosters.getGarden(id))?.spreadsheetId === spreadsheetId) return id;
  }
  throw new AccessDenied(principal.gardenIds.length > 0 || principal.bureau ? 'not_editor' : 'no_role');
}
