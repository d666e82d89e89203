import type { SpotCheck } from '../../../../schemas/spot-check';
import type { GardenMonthFacts } from './garden-month';
import type { MonthContext, RolePlan } from './month-context';
import { typeIndexOf } from './per-type';
import { blankClassHoursReason, countItemReason, evidenceReason, falsifiedReason, futureDatedReason } from './reasons';
import { missingEvidenceLabels } from './rows';

/**
 * Why a garden's month scored as it did, in a fixed order: reporting, falsification, unmet items, then rows
 * lacking evidence, rows with a blank 课时, rows dated after the evaluation time.
 */
export function monthReasons(facts: GardenMonthFacts, spotChecks: readonly SpotCheck[], role: RolePlan, ctx: MonthContext): string[] {
  const { ledger } = facts;
  const reasons: string[] = [];
  const reporting = ctx.reportingReasons[facts.timing];
  if (reporting) reasons.push(reporting);
  if (ledger.falsified.length > 0) {
    // The last check with an id gives its note, as spot checks are given.
    const notes = new Map(spotChecks.map((c) => [c.id, c.note]));
    for (const f of ledger.falsified) reasons.push(falsifiedReason(f, notes.get(f.spotCheckId) ?? null));
  }
  if (!facts.reported) return reasons;

  for (let i = 0; i < facts.items.length; i++) {
    const reason = countItemReason(facts.items[i], '本月');
    if (reason) reasons.push(reason);
  }
  const required = ctx.ruleSet.evidence.required;
  const counted = ledger.counted;
  for (let i = 0; i < counted.length; i++) {
    const missing = missingEvidenceLabels(counted[i], required, ctx.evidenceFields);
    if (missing) reasons.push(evidenceReason(counted[i], missing));
  }
  // Blank 课时 matters only for activities some class-hours rule of this role counts.
  for (let i = 0; i < counted.length; i++) {
    const row = counted[i];
    if (row.classHours === null && role.hourTypes[typeIndexOf(row.type)]) reasons.push(blankClassHoursReason(row, ctx.whenBlankText));
  }
  for (let i = 0; i < ledger.futureDated.length; i++) reasons.push(futureDatedReason(ledger.futureDated[i]));
  return reasons;
}
