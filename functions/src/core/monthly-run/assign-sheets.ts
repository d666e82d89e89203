import type { Roster } from '../../../../schemas';
import { compareInstants } from '../calendar/instant';
import { matchGarden } from '../roster/match-garden';

/** A plan table that was read: its file or spreadsheet title, the garden its own title names, its save time. */
export interface ReadSheetInfo {
  title: string;
  tableGarden: string | null;
  modifiedAt: string;
}

export interface SheetProblem {
  title: string;
  reason: 'unmatched' | 'ambiguous' | 'duplicate';
  gardenIds: string[];
  /** Chinese, for the bureau. */
  message: string;
}

export interface SheetAssignment {
  /** gardenId → index of the sheet used for it. */
  byGarden: Map<string, number>;
  /** Sheets not used, each with why: nothing a garden typed disappears without a word. */
  problems: SheetProblem[];
}

/**
 * Decides which sheet belongs to which garden: by the file's name first, then by the title inside the table.
 * A sheet no garden claims, or that names two gardens, is reported. When two sheets belong to one garden, the
 * one saved last is used and the other reported.
 */
export function assignSheets(sheets: readonly ReadSheetInfo[], roster: Roster): SheetAssignment {
  const byGarden = new Map<string, number>();
  const problems: SheetProblem[] = [];
  const nameOf = (id: string) => roster.gardens.find((g) => g.id === id)?.name ?? id;
  sheets.forEach((sheet, index) => {
    const match = matchGarden([sheet.title, ...(sheet.tableGarden ? [sheet.tableGarden] : [])], roster);
    if (match.kind === 'unmatched') {
      problems.push({
        title: sheet.title, reason: 'unmatched', gardenIds: [],
        message: `文件“${sheet.title}”对应不到结对名单中的园所（请以园所名称命名文件，或在表格标题中写明园所名称），其中的活动未读取`,
      });
      return;
    }
    if (match.kind === 'ambiguous') {
      problems.push({
        title: sheet.title, reason: 'ambiguous', gardenIds: match.gardenIds,
        message: `文件“${sheet.title}”同时对应${match.gardenIds.map(nameOf).join('、')}，无法判断属于哪所园，其中的活动未读取`,
      });
      return;
    }
    const previous = byGarden.get(match.gardenId);
    if (previous === undefined) {
      byGarden.set(match.gardenId, index);
      return;
    }
    const newer = compareInstants(sheet.modifiedAt, sheets[previous].modifiedAt) > 0 ? index : previous;
    const older = newer === index ? previous : index;
    byGarden.set(match.gardenId, newer);
    problems.push({
      title: sheets[older].title, reason: 'duplicate', gardenIds: [match.gardenId],
      message: `文件“${sheets[older].title}”与“${sheets[newer].title}”都属于${nameOf(match.gardenId)}，采用较晚保存的“${sheets[newer].title}”，前者未读取`,
    });
  });
  return { byGarden, problems };
}
