import type { Roster } from '../../../../schemas';
import { planFanout } from '../../core/fanout';
import { FANOUT_TOPICS, type FanoutStore, type Publisher } from '../ports/fanout';
import type { SheetSource } from '../ports/sheet-source';

export interface PlanCloseDeps {
  sheets: Pick<SheetSource, 'list'>;
  fanouts: FanoutStore;
  publisher: Publisher;
  now: () => string;
}

export interface PlanCloseInput {
  roster: Roster;
  month: string;
  asOf: string;
  /** The previous close (or sync sweep): only sheets modified after it are read. Null reads every sheet. */
  since: string | null;
  cutoffAt: string;
}

/**
 * The planner: asks Drive which sheets changed (Drive quota, not Sheets), records the run with the gardens it
 * expects, and publishes one work message per changed garden. Re-planning the same close is harmless: the stored
 * run keeps its expected list, and workers skip gardens already in.
 */
export async function planClose(deps: PlanCloseDeps, input: PlanCloseInput) {
  const changed = await deps.sheets.list(input.since);
  const plan = planFanout({ roster: input.roster, month: input.month, asOf: input.asOf, changed: changed.map((c) => ({ location: c.location, modifiedAt: c.source.modifiedAt })) });
  const run = await deps.fanouts.open({
    runKey: plan.runKey, month: input.month, asOf: input.asOf, cutoffAt: input.cutoffAt,
    expected: plan.items.map((i) => i.gardenId), unregistered: plan.unregistered,
    plannedAt: deps.now(), finalizedAt: null, missing: [],
  });
  for (const item of plan.items) await deps.publisher.publish(FANOUT_TOPICS.work, item);
  // An empty close (nothing changed) can be finalized at once.
  if (plan.items.length === 0) await deps.publisher.publish(FANOUT_TOPICS.check, { runKey: plan.runKey });
  return { runKey: run.runKey, published: plan.items.length, unregistered: plan.unregistered };
}
