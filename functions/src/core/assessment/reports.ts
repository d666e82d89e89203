import type { GardenMonth } from '../../../../schemas/garden-month';
import type { Garden, Roster } from '../../../../schemas/roster';
import type { SpotCheck } from '../../../../schemas/spot-check';
import { compareInstants } from '../calendar/instant';
import { canonicalJson } from './canonical';
import { canonicalRows, compareText } from './rows';

/**
 * Picks each garden's report for the month, whatever order reports arrive in. Should a garden-month appear twice
 * (a re-sync raced a read), the newest snapshot wins: higher version, then later sync, then content hash.
 */
export function reportsByGarden(reports: readonly GardenMonth[], month: string): Map<string, GardenMonth> {
  const chosen = new Map<string, GardenMonth>();
  for (let i = 0; i < reports.length; i++) {
    const report = reports[i];
    if (report.month !== month) continue;
    const current = chosen.get(report.gardenId);
    if (!current || newer(report, current)) chosen.set(report.gardenId, report);
  }
  return chosen;
}

function newer(a: GardenMonth, b: GardenMonth): boolean {
  const order = a.version - b.version || compareInstants(a.syncedAt, b.syncedAt) || compareText(a.contentHash, b.contentHash);
  // Snapshots equal on all three but different in content should not exist; if they do, still pick one by content.
  return (order || compareText(canonicalJson({ ...a, rows: canonicalRows(a.rows) }), canonicalJson({ ...b, rows: canonicalRows(b.rows) }))) > 0;
}

/** Gardens of the roster in the roster's order; throws when a pair names a garden the roster lacks. */
export function gardensById(roster: Roster): Map<string, Garden> {
  const byId = new Map<string, Garden>();
  for (let i = 0; i < roster.gardens.length; i++) byId.set(roster.gardens[i].id, roster.gardens[i]);
  for (const pair of roster.pairs) {
    for (let i = -1; i < pair.helpedIds.length; i++) {
      const id = i < 0 ? pair.helperId : pair.helpedIds[i];
      if (!byId.has(id)) throw new RangeError(`结对名单中的园所“${id}”不在${roster.county}${roster.year}年的园所名单中`);
    }
  }
  return byId;
}

/** Notes for reports of gardens outside the roster: kept visible, never silently dropped. */
export function unknownGardenNotes(reports: ReadonlyMap<string, GardenMonth>, gardens: ReadonlyMap<string, Garden>): string[] {
  return [...reports.keys()]
    .filter((id) => !gardens.has(id))
    .sort(compareText)
    .map((id) => `园所“${id}”上报了资料，但不在结对名单中，未参与考核`);
}

export function spotChecksByGarden(checks: readonly SpotCheck[], month: string): Map<string, SpotCheck[]> {
  const byGarden = new Map<string, SpotCheck[]>();
  for (const check of checks) {
    if (check.month !== month) continue;
    const list = byGarden.get(check.gardenId);
    if (list) list.push(check);
    else byGarden.set(check.gardenId, [check]);
  }
  return byGarden;
}
