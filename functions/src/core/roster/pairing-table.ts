import type { CellGrid, CellValue, GardenKind, RosterIssue } from '../../../../schemas';
import type { DraftGarden } from './draft';
import { a1 } from '../sheet-address';
import { cellText, headerKey, splitGardenNames, splitPersonNames } from './names';

/** Column positions of the bureau's pairing table (附件2): 帮扶园 | 被帮扶农村园 | 被帮扶民办园 | 责任人. */
export interface PairingColumns {
  helper: number;
  rural: number | null;
  private: number | null;
  people: number | null;
}

/** Recognises the 附件2 header row: a 帮扶园 column and at least one 被帮扶…园 column with its kind. */
export function pairingColumns(row: readonly CellValue[]): PairingColumns | null {
  const keys = row.map(headerKey);
  const find = (test: (k: string) => boolean) => {
    const i = keys.findIndex(test);
    return i < 0 ? null : i;
  };
  const helper = find((k) => k === '帮扶园' || k === '帮扶幼儿园' || k === '帮扶单位');
  const rural = find((k) => k.startsWith('被帮扶') && k.includes('农村'));
  const priv = find((k) => k.startsWith('被帮扶') && k.includes('民办'));
  const people = find((k) => k === '责任人' || k === '负责人');
  if (helper === null || (rural === null && priv === null)) return null;
  return { helper, rural, private: priv, people };
}

/**
 * Reads the rows under a 附件2 header: one row per helper, its rural and private gardens and, in one cell,
 * the people responsible in the same order (helper first). A row without a helper continues the helper
 * above only when the helper cell is merged down; otherwise it is reported.
 */
export function readPairingRows(
  grid: CellGrid, headerRow: number, cols: PairingColumns,
): { drafts: DraftGarden[]; issues: RosterIssue[] } {
  const drafts: DraftGarden[] = [];
  const issues: RosterIssue[] = [];
  const header = grid.rows[headerRow] ?? [];
  const columnName = (c: number | null) => (c === null ? '' : headerKey(header[c]));
  let current: DraftGarden | null = null;
  const peopleOf = new Map<DraftGarden, { names: string[]; cell: string; row: number }>();

  for (let r = headerRow + 1; r < grid.rows.length; r++) {
    const row = grid.rows[r] ?? [];
    const helperText = cellText(row[cols.helper]);
    const helped = [
      ...helpedIn(row, r, cols.rural, 'rural', columnName(cols.rural)),
      ...helpedIn(row, r, cols.private, 'private', columnName(cols.private)),
    ];
    const people = cols.people === null ? [] : splitPersonNames(cellText(row[cols.people]));
    if (!helperText && helped.length === 0 && people.length === 0) continue;

    if (helperText) {
      const [name, ...extra] = splitGardenNames(helperText);
      current = {
        name, role: 'helper', kind: 'demonstration', responsible: [], editors: [],
        cell: a1(r + 1, cols.helper), row: r + 1, column: columnName(cols.helper),
      };
      drafts.push(current);
      peopleOf.set(current, { names: [], cell: cols.people === null ? '' : a1(r + 1, cols.people), row: r + 1 });
      if (extra.length > 0) {
        issues.push({
          row: r + 1, cell: current.cell, column: current.column, severity: 'error', code: 'roster.duplicate',
          message: `${current.cell}：一个帮扶园格内填了多个园所（${[name, ...extra].join('、')}），只采用“${name}”`,
        });
      }
    } else if (!current || !mergedFromAbove(grid, r, cols.helper)) {
      const cell = a1(r + 1, cols.helper);
      issues.push({
        row: r + 1, cell, column: columnName(cols.helper), severity: 'error', code: 'roster.no_helper',
        message: `${cell}：帮扶园为空，本行的被帮扶园（${helped.map((h) => h.name).join('、') || '无'}）未列入名单`,
      });
      continue;
    }
    const helper = current;
    helped.forEach((h) => drafts.push({ ...h, helperName: helper.name }));
    peopleOf.get(helper)?.names.push(...people);
  }
  for (const [helper, people] of peopleOf) {
    const pairGardens = [helper, ...drafts.filter((d) => d.helperName === helper.name)];
    assignPeople(pairGardens, people.names, people.cell, people.row, columnName(cols.people), issues);
  }
  return { drafts, issues };
}

function helpedIn(row: CellGrid['rows'][number], r: number, col: number | null, kind: GardenKind, column: string): DraftGarden[] {
  if (col === null) return [];
  return splitGardenNames(cellText(row[col])).map((name) => ({
    name, role: 'helped' as const, kind, responsible: [], editors: [], cell: a1(r + 1, col), row: r + 1, column,
  }));
}

/**
 * 责任人 lists the helper's person, then one per helped garden in column order. When the count matches,
 * each garden gets its own; otherwise all stay with the helper and a warning says so.
 */
function assignPeople(
  gardens: DraftGarden[], people: string[], cell: string, row: number, column: string, issues: RosterIssue[],
): void {
  if (people.length === 0) return;
  if (people.length === gardens.length) {
    gardens.forEach((g, i) => { g.responsible = [people[i]]; });
    return;
  }
  gardens[0].responsible = people;
  issues.push({
    row, cell, column, severity: 'warning', code: 'roster.people_unassigned',
    message: `${cell}：责任人 ${people.length} 人（${people.join('、')}）与 ${gardens.length} 所园不能一一对应，均记在“${gardens[0].name}”名下`,
  });
}

function mergedFromAbove(grid: CellGrid, r: number, c: number): boolean {
  return grid.merges.some((m) => m.startRow < r && r < m.endRow && m.startCol <= c && c < m.endCol);
}
