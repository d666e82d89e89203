import type { Garden, GardenKind, GardenRole, Pair, Roster, RosterIssue } from '../../../../schemas';
import { gardenIdOf } from './names';

/** A garden as one table row described it, before pairs are formed. Both roster layouts produce these. */
export interface DraftGarden {
  name: string;
  role: GardenRole;
  kind: GardenKind;
  /** For a helped garden: the helper's name as typed. */
  helperName?: string;
  responsible: string[];
  editors: string[];
  /** Where the garden's name was typed (A1), for issues. */
  cell: string;
  row: number;
  column: string;
}

export interface RosterHeader {
  county: string;
  year: number;
}

/**
 * Forms gardens and pairs (pair id = helper id) from drafts. A garden listed twice, a helped garden whose
 * helper is not in the table, and a helper helping nobody are reported and left out — never merged silently.
 */
export function buildRoster(header: RosterHeader, drafts: readonly DraftGarden[]): { roster: Roster | null; issues: RosterIssue[] } {
  const issues: RosterIssue[] = [];
  const seen = new Map<string, DraftGarden>();
  const kept: DraftGarden[] = [];
  for (const draft of drafts) {
    const id = gardenIdOf(draft.name);
    const first = seen.get(id);
    if (first) {
      issues.push(issue(draft, 'roster.duplicate', `${draft.cell}：“${draft.name}”已在 ${first.cell} 列出，此处忽略`));
      continue;
    }
    seen.set(id, draft);
    kept.push(draft);
  }

  const helpers = kept.filter((d) => d.role === 'helper');
  const helperIds = new Set(helpers.map((d) => gardenIdOf(d.name)));
  const helpedBy = new Map<string, DraftGarden[]>();
  for (const draft of kept.filter((d) => d.role === 'helped')) {
    const helperId = draft.helperName ? gardenIdOf(draft.helperName) : '';
    if (!helperIds.has(helperId)) {
      const what = draft.helperName ? `帮扶园“${draft.helperName}”不在表中` : '没有填写帮扶园';
      issues.push(issue(draft, 'roster.helper_unknown', `${draft.cell}：被帮扶园“${draft.name}”${what}，未列入名单`));
      continue;
    }
    helpedBy.set(helperId, [...(helpedBy.get(helperId) ?? []), draft]);
  }

  const gardens: Garden[] = [];
  const pairs: Pair[] = [];
  for (const helper of helpers) {
    const helperId = gardenIdOf(helper.name);
    const helped = helpedBy.get(helperId) ?? [];
    if (helped.length === 0) {
      issues.push(issue(helper, 'roster.no_helped', `${helper.cell}：帮扶园“${helper.name}”没有被帮扶园，未列入名单`));
      continue;
    }
    pairs.push({ id: helperId, helperId, helpedIds: helped.map((d) => gardenIdOf(d.name)) });
    for (const d of [helper, ...helped]) {
      gardens.push({
        id: gardenIdOf(d.name), name: d.name, role: d.role, kind: d.kind,
        responsible: d.responsible, pairId: helperId, editors: d.editors,
      });
    }
  }
  return { roster: pairs.length > 0 ? { county: header.county, year: header.year, gardens, pairs } : null, issues };
}

function issue(draft: DraftGarden, code: RosterIssue['code'], message: string): RosterIssue {
  return { row: draft.row, cell: draft.cell, column: draft.column, severity: 'error', code, message };
}
