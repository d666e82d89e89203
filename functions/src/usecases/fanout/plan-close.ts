import type { Roster, RuleSet } from '../../../../schemas';
import { planFanout } from '../../core/fanout';
import { runWindow } from '../../core/monthly-run';
import { matchGarden } from '../../core/roster/match-garden';
import { planCountyReads, type ReadCountyDeps } from '../monthly-run/read-county';
import { FANOUT_TOPICS, type FanoutStore, type Publisher } from '../ports/fanout';

export interface PlanCloseDeps extends Pick<ReadCountyDeps, 'source' | 'sheetSyncs' | 'syncMarginMinutes'> {
  fanouts: FanoutStore;
  publisher: Publisher;
  ruleSet: RuleSet;
  now: () => string;
}

export interface PlanCloseInput {
  roster: Roster;
  month: string;
  asOf: string;
  cutoffAt: string;
}

/** The sheets a close must read, each with the garden it belongs to when that is known without reading it. */
export async function closeReads(deps: Pick<PlanCloseDeps, 'source' | 'sheetSyncs' | 'syncMarginMinutes' | 'ruleSet'>, input: Omit<PlanCloseInput, 'cutoffAt'>) {
  const window = runWindow(input.month, input.asOf, deps.ruleSet);
  const { plan, synced, listed } = await planCountyReads(deps, input.roster, window.months);
  const reads = plan.filter((e) => e.kind === 'read');
  const owners = new Map<string, string>();
  for (const doc of synced) owners.set(doc.location, doc.gardenId);
  for (const r of reads) {
    if (owners.has(r.location)) continue;
    const match = matchGarden([r.title], input.roster);
    if (match.kind === 'matched') owners.set(r.location, match.gardenId);
  }
  const modifiedAt = new Map(listed.map((l) => [l.location, l.source.modifiedAt]));
  return { reads: reads.map((r) => ({ location: r.location, modifiedAt: modifiedAt.get(r.location) ?? input.asOf })), owners };
}

/**
 * The planner: finds the sheets that changed (Drive listing and the gardens' sync records — no Sheets read),
 * records the run with the gardens it expects, and publishes one work message per changed garden. Re-planning the
 * same close is harmless: the stored run keeps its expected list, and workers skip gardens already in. Changed
 * sheets no garden can be given without reading them are left to the finalizer's run, which reports them.
 */
export async function planClose(deps: PlanCloseDeps, input: PlanCloseInput, known?: Awaited<ReturnType<typeof closeReads>>) {
  const { reads, owners } = known ?? (await closeReads(deps, input));
  const plan = planFanout({ roster: input.roster, month: input.month, asOf: input.asOf, changed: reads, owners });
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
