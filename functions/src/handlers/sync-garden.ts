import { z } from 'zod';
import { GardenId } from '../../../schemas';
import { syncTarget } from '../core/access';
import { syncGarden, type SyncGardenDeps, type SyncGardenResult } from '../usecases/sync-garden';
import { AccessDenied } from './errors';
import type { HttpEndpoint } from './http-function';

/**
 * Only a choice of garden, for callers who edit several (or the bureau). Anything else in the body — rows,
 * spreadsheet ids — is dropped unread: the server reads the sheet registered for the garden.
 */
export const SyncGardenBody = z.object({ gardenId: GardenId.optional() });
export type SyncGardenBody = z.infer<typeof SyncGardenBody>;

/** "My garden's sheet changed": re-read it, store its garden-months, write issues back. */
export function syncGardenEndpoint<D>(wire: (deps: D) => SyncGardenDeps): HttpEndpoint<D, SyncGardenBody, SyncGardenResult> {
  return {
    name: 'syncGarden',
    body: SyncGardenBody,
    async run({ deps, principal, log }, body) {
      const target = syncTarget(principal, body.gardenId ?? null);
      if (!target.allowed) throw new AccessDenied(target.reason);
      const result = await syncGarden(wire(deps), { gardenId: target.gardenId });
      log.info('garden synced', { gardenId: result.gardenId, months: result.months, errors: result.errors, warnings: result.warnings });
      return result;
    },
  };
}
