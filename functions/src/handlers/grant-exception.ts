import { z } from 'zod';
import { GardenId, MonthKey } from '../../../schemas';
import { mayActAsBureau } from '../core/access';
import { grantException } from '../usecases/grant-exception';
import type { GardenMonthStore } from '../usecases/ports/garden-month-store';
import { AccessDenied } from './errors';
import type { HttpEndpoint } from './http-function';

export const GrantExceptionBody = z.object({
  gardenId: GardenId,
  month: MonthKey,
  reason: z.string().trim().min(1).max(500),
});
export type GrantExceptionBody = z.infer<typeof GrantExceptionBody>;

interface Deps {
  stores: { gardenMonths: Pick<GardenMonthStore, 'grantException'> };
  now: () => string;
}

/** Bureau only: allow a late change to a frozen garden-month. The grantor is the verified caller, never a body field. */
export const grantExceptionEndpoint: HttpEndpoint<Deps, GrantExceptionBody, { ok: true; message: string }> = {
  name: 'grantException',
  body: GrantExceptionBody,
  async run({ deps, principal, log }, body) {
    const decision = mayActAsBureau(principal);
    if (!decision.allowed) throw new AccessDenied(decision.reason);
    const result = await grantException({ gardenMonths: deps.stores.gardenMonths, now: deps.now }, { ...body, by: principal.email });
    log.info('deadline exception granted', { gardenId: body.gardenId, month: body.month, by: principal.email });
    return result;
  },
};
