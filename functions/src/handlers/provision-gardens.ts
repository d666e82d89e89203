import { z } from 'zod';
import { mayActAsBureau } from '../core/access';
import { localDateOf } from '../core/calendar';
import { UseCaseFailure } from '../usecases/errors';
import { provisionGardens, type ProvisionGardensResult } from '../usecases/provision-gardens';
import { AccessDenied } from './errors';
import type { HttpEndpoint } from './http-function';
import type { JobDeps } from './job-runtime';

/** The roster year to provision; default the current year on the county's clock. */
export const ProvisionGardensBody = z.object({ year: z.number().int().min(2000).max(2100).optional() });
export type ProvisionGardensBody = z.infer<typeof ProvisionGardensBody>;

/** Bureau only: a copy of the template for every garden without a sheet, shared with its editors and registered. */
export const provisionGardensEndpoint: HttpEndpoint<JobDeps, ProvisionGardensBody, ProvisionGardensResult> = {
  name: 'provisionGardens',
  body: ProvisionGardensBody,
  async run({ deps, principal, log }, body) {
    const decision = mayActAsBureau(principal);
    if (!decision.allowed) throw new AccessDenied(decision.reason);
    const { templateSpreadsheetId, driveFolderId } = deps.jobs;
    if (!templateSpreadsheetId || !driveFolderId) {
      throw new UseCaseFailure('conflict', '尚未配置模板表格或基教股的云端文件夹，请联系管理员', { templateSpreadsheetId: Boolean(templateSpreadsheetId), driveFolderId: Boolean(driveFolderId) });
    }
    const year = body.year ?? Number(localDateOf(deps.now(), deps.ruleSet.timezone).slice(0, 4));
    const result = await provisionGardens(
      { rosters: deps.stores.rosters, files: deps.files(), registry: deps.registry, audit: deps.stores.audit, now: deps.now },
      { county: deps.jobs.county, year, templateId: templateSpreadsheetId, folderId: driveFolderId, by: principal.email },
    );
    log.info('gardens provisioned', { county: result.county, year, gardens: result.gardens.map((g) => ({ gardenId: g.gardenId, outcome: g.outcome })) });
    return result;
  },
};
