import type { Issue, IssueCode } from '../../../../schemas';
import { columnLetters, parseA1 } from '../sheet-address';
import { messages } from './messages';

/** Errors about a cell's value alone: the same value gets the same complaint on every row that shows it. */
const VALUE_CODES: ReadonlySet<IssueCode> = new Set<IssueCode>(['month.unknown', 'status.unknown', 'type.unknown', 'date.invalid', 'cell.formula_error']);

interface Block {
  issue: Issue;
  /** The first row's message without its cell name, to rebuild the message as the block grows. */
  body: string;
  letters: string;
}

/**
 * A value typed once and shown on many rows (a 月份 merged over A3:A5 or carried down from A3, a 完成情况 merged over
 * a block) is one mistake however many rows it rejects: its first row's issue stands for the block (`lastRow`, and
 * a message naming the range) and the same complaint on the rows below is folded into it. A block runs over
 * consecutive non-blank rows that all report it, so `row`..`lastRow` names exactly the rows it rejects; a row's
 * month is part of the complaint, so every month's rows keep an issue of their own month.
 */
export class ValueBlocks {
  private readonly open = new Map<string, Block>();
  private continued: Set<string> | null = null;

  /**
   * Folds an issue into the block its value belongs to and returns true (the caller drops it), or opens a block
   * with it and returns false. `sourceRow` is the 1-based row a column's value on this row was typed in.
   */
  fold(issue: Issue, sourceRow: (col: number) => number): boolean {
    if (issue.severity !== 'error' || !VALUE_CODES.has(issue.code)) return false;
    const at = parseA1(issue.cell);
    if (!at) return false;
    const key = `${sourceRow(at.col)}:${at.col}:${issue.code}:${issue.month ?? ''}`;
    (this.continued ??= new Set()).add(key);
    const block = this.open.get(key);
    if (!block) {
      const prefix = `${issue.cell}：`;
      if (issue.message.startsWith(prefix)) {
        this.open.set(key, { issue, body: issue.message.slice(prefix.length), letters: columnLetters(at.col) });
      }
      return false;
    }
    const { issue: first, body, letters } = block;
    first.lastRow = issue.row;
    first.message = messages.valueBlock(`${first.cell}:${letters}${issue.row}`, body, first.row, issue.row);
    return true;
  }

  /** Ends, after a non-blank row, the blocks that row did not continue (a blank row continues them all). */
  endRow(blank: boolean): void {
    if (blank) return;
    if (this.open.size > 0) for (const key of this.open.keys()) if (!this.continued?.has(key)) this.open.delete(key);
    this.continued = null;
  }
}
