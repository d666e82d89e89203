import type { CellGrid, Roster, RosterIssue } from '../../../../schemas';
import { buildRoster, type DraftGarden } from './draft';
import { cellText } from './names';
import { pairingColumns, readPairingRows } from './pairing-table';
import { readTemplateRows, templateColumns } from './roster-template';

export type RosterLayout = 'pairing' | 'template';

export interface RosterReadResult {
  /** Null when the table cannot be read at all (no header, no county or year, no complete pair). */
  roster: Roster | null;
  layout: RosterLayout | null;
  issues: RosterIssue[];
}

/** How far down a header may sit (titles, notes, blank lines above it). */
const HEADER_SEARCH_ROWS = 20;
/** "高台县2020年幼儿园结对帮扶学校安排表" → county 高台县, year 2020. */
const TITLE = /^(?:.*?[:：])?\s*(\S*?[县区市旗])?\s*((?:19|20)\d{2})\s*年/u;

/**
 * Reads a roster from either the bureau's pairing table (附件2) or our one-row-per-garden template.
 * County and year come from the title row; `options` fill in what the title lacks.
 */
export function readRoster(grid: CellGrid, options: { county?: string; year?: number } = {}): RosterReadResult {
  const issues: RosterIssue[] = [];
  let found: { layout: RosterLayout; headerRow: number; read: () => { drafts: DraftGarden[]; issues: RosterIssue[] } } | null = null;
  for (let r = 0; r < Math.min(grid.rows.length, HEADER_SEARCH_ROWS) && !found; r++) {
    const row = grid.rows[r] ?? [];
    const template = templateColumns(row);
    const pairing = template ? null : pairingColumns(row);
    if (template) found = { layout: 'template', headerRow: r, read: () => readTemplateRows(grid, r, template) };
    else if (pairing) found = { layout: 'pairing', headerRow: r, read: () => readPairingRows(grid, r, pairing) };
  }
  if (!found) {
    issues.push(tableIssue('roster.no_header',
      '找不到表头：结对安排表应有“帮扶园 | 被帮扶农村园 | 被帮扶民办园 | 责任人”，名单模板应有“园所名称 | 角色 | 类型 | 帮扶园 | 责任人 | 编辑账号”'));
    return { roster: null, layout: null, issues };
  }

  const title = titleOf(grid, found.headerRow);
  const county = title.county ?? options.county;
  const year = title.year ?? options.year;
  if (!county) issues.push(tableIssue('roster.no_county', '标题中没有县（区）名，也未指定，无法确定名单所属县区'));
  if (!year) issues.push(tableIssue('roster.no_year', '标题中没有年份（如“2020年”），也未指定，无法确定名单年度'));

  const rows = found.read();
  issues.push(...rows.issues);
  if (!county || !year) return { roster: null, layout: found.layout, issues };
  const built = buildRoster({ county, year }, rows.drafts);
  issues.push(...built.issues);
  return { roster: built.roster, layout: found.layout, issues: issues.sort(byPosition) };
}

function titleOf(grid: CellGrid, headerRow: number): { county?: string; year?: number } {
  for (let r = 0; r < headerRow; r++) {
    for (const value of grid.rows[r] ?? []) {
      const match = TITLE.exec(cellText(value));
      if (match) return { county: match[1] || undefined, year: Number(match[2]) };
    }
  }
  return {};
}

function tableIssue(code: RosterIssue['code'], message: string): RosterIssue {
  return { row: 0, cell: '', column: '', severity: 'error', code, message };
}

/** Issues in reading order: by row, then by column (A before B before AA). */
function byPosition(a: RosterIssue, b: RosterIssue): number {
  return a.row - b.row || a.cell.length - b.cell.length || a.cell.localeCompare(b.cell);
}
