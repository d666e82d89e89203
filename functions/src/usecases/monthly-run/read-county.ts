import type { Roster } from '../../../../schemas';
import { readPlanTable, type PlanTable } from '../../core/intake';
import { assignSheets, type SheetProblem } from '../../core/monthly-run';
import type { SheetSnapshot, SheetSource } from '../ports/sheet-source';

export interface ReadGarden {
  gardenId: string;
  sheet: SheetSnapshot;
  table: PlanTable;
}

export interface UnreadableSheet {
  title: string;
  location: string;
  /** Chinese, from the adapter. */
  message: string;
}

export interface ReadCountyDeps {
  source: SheetSource;
  /** The user-facing reason when `error` means "this one sheet cannot be read"; null for outages (rethrown). */
  describeUnreadable: (error: unknown) => string | null;
  progress?: (done: number, total: number, title: string) => void;
}

export interface CountyTables {
  gardens: Map<string, ReadGarden>;
  problems: SheetProblem[];
  unreadable: UnreadableSheet[];
}

/**
 * Reads every plan table the source lists, once each, and decides whose it is. A sheet that cannot be read
 * is reported by name; an outage (anything the adapter does not call unreadable) fails the whole run, because
 * assessing with a garden silently missing would fail that garden unjustly.
 */
export async function readCounty(deps: ReadCountyDeps, roster: Roster, asOf: string): Promise<CountyTables> {
  const listed = await deps.source.list(null);
  const read: { sheet: SheetSnapshot; table: PlanTable }[] = [];
  const unreadable: UnreadableSheet[] = [];
  for (const [i, ref] of listed.entries()) {
    deps.progress?.(i, listed.length, ref.title);
    try {
      const sheet = await deps.source.read({ location: ref.location, title: ref.title });
      read.push({ sheet, table: readPlanTable(sheet.grid, { year: roster.year, asOf }) });
    } catch (error) {
      const message = deps.describeUnreadable(error);
      if (message === null) throw error;
      unreadable.push({ title: ref.title, location: ref.location, message });
    }
  }
  deps.progress?.(listed.length, listed.length, '');
  const assignment = assignSheets(
    read.map((r) => ({ title: r.sheet.ref.title, tableGarden: r.table.garden, modifiedAt: r.sheet.source.modifiedAt })),
    roster,
  );
  const gardens = new Map<string, ReadGarden>();
  for (const [gardenId, index] of assignment.byGarden) gardens.set(gardenId, { gardenId, ...read[index] });
  return { gardens, problems: assignment.problems, unreadable };
}
