import type { Issue } from '../../schemas';
import { parseA1 } from '../../functions/src/core/sheet-address';
import { CHECK_NOTE_PREFIX } from '../../functions/src/core/template/instructions';
import type { RangePort } from './ports';

/** Backgrounds we paint; only these are ever reset, so a garden's own colours stay. Lower case, as getBackgrounds answers. */
export const ERROR_BACKGROUND = '#f4c7c3';
export const WARNING_BACKGROUND = '#fff2cc';
const OUR_BACKGROUNDS = new Set([ERROR_BACKGROUND, WARNING_BACKGROUND]);

export interface BlockMarks {
  notes: (string | null)[][];
  backgrounds: (string | null)[][];
  notesChanged: boolean;
  backgroundsChanged: boolean;
}

/** The garden's part of a note: everything before our 【帮扶检查】 block. */
export function gardenPart(note: string): string {
  const at = note.startsWith(CHECK_NOTE_PREFIX) ? 0 : note.indexOf(`\n${CHECK_NOTE_PREFIX}`);
  return at < 0 ? note : note.slice(0, at);
}

/**
 * Plans the notes and backgrounds of a block after a check: cells with issues get our note (after any note of the
 * garden's) and a colour; cells without issues lose our note and our colour only. Pure: the caller reads and writes.
 * Issues outside the block are ignored (another check owns them).
 */
export function planMarks(
  origin: { row: number; column: number },
  notes: readonly (readonly string[])[],
  backgrounds: readonly (readonly string[])[],
  issues: readonly Issue[],
): BlockMarks {
  const byCell = new Map<string, Issue[]>();
  for (const issue of issues) {
    const at = parseA1(issue.cell);
    if (!at) continue;
    const r = at.row - origin.row;
    const c = at.col + 1 - origin.column; // Apps Script counts columns from 1
    if (r < 0 || c < 0 || r >= notes.length || c >= (notes[r]?.length ?? 0)) continue;
    const key = `${r},${c}`;
    byCell.set(key, [...(byCell.get(key) ?? []), issue]);
  }
  let notesChanged = false;
  let backgroundsChanged = false;
  const nextNotes = notes.map((row, r) => row.map((note, c) => {
    const found = byCell.get(`${r},${c}`);
    const own = gardenPart(note ?? '');
    const ours = found ? `${CHECK_NOTE_PREFIX}${found.map((i) => i.message).join('\n')}` : '';
    const next = own && ours ? `${own}\n${ours}` : own || ours;
    if (next !== (note ?? '')) notesChanged = true;
    return next;
  }));
  const nextBackgrounds = backgrounds.map((row, r) => row.map((bg, c) => {
    const found = byCell.get(`${r},${c}`);
    const current = (bg ?? '').toLowerCase();
    if (found) {
      const wanted = found.some((i) => i.severity === 'error') ? ERROR_BACKGROUND : WARNING_BACKGROUND;
      if (wanted !== current) backgroundsChanged = true;
      return wanted;
    }
    if (OUR_BACKGROUNDS.has(current)) {
      backgroundsChanged = true;
      return null; // null resets to the default background (Range.setBackgrounds)
    }
    return bg;
  }));
  return { notes: nextNotes, backgrounds: nextBackgrounds, notesChanged, backgroundsChanged };
}

/** Marks one block in one read and at most one write per property, however many cells change. */
export function applyMarks(range: RangePort, issues: readonly Issue[]): BlockMarks {
  const plan = planMarks({ row: range.getRow(), column: range.getColumn() }, range.getNotes(), range.getBackgrounds(), issues);
  if (plan.notesChanged) range.setNotes(plan.notes);
  if (plan.backgroundsChanged) range.setBackgrounds(plan.backgrounds);
  return plan;
}
