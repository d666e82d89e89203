import { ACTIVITY_TYPES, PLAN_COLUMNS, STATUS_LABELS, STATUSES, type PlanColumnKey } from '../../../../schemas';
import { columnLetters } from '../sheet-address';
import { instructionLines } from './instructions';

/** How a column's cells are entered: free text, a date, a dropdown list, or a non-negative number. */
export type ColumnInput =
  | { kind: 'text' }
  | { kind: 'date'; numberFormat: string }
  | { kind: 'list'; values: readonly string[] }
  | { kind: 'number'; integer: boolean };

export interface TemplateColumn {
  key: PlanColumnKey;
  header: string;
  /** 1-based sheet column. */
  column: number;
  letter: string;
  width: number;
  help: string;
  input: ColumnInput;
}

/** One month's block of empty rows; the month cell is merged over the whole block. */
export interface MonthBlock {
  month: number;
  label: string;
  /** 1-based, inclusive. */
  firstRow: number;
  lastRow: number;
}

/** Colour a cell when a done row lacks one kind of evidence (the rule `evidence.missing` checks the same thing). */
export interface HighlightRule {
  /** A1 range the rule applies to, and the same as numbers (1-based, inclusive rows). */
  range: string;
  column: number;
  firstRow: number;
  lastRow: number;
  /** Formula relative to the range's top-left cell, without the leading `=`. */
  formula: string;
  /** `#rrggbb`. */
  background: string;
}

export interface PlanTemplate {
  sheetName: string;
  title: string;
  columns: readonly TemplateColumn[];
  /** 1-based rows: the title row, then the header row; data starts on the row after the header. */
  titleRow: number;
  headerRow: number;
  firstDataRow: number;
  lastDataRow: number;
  months: readonly MonthBlock[];
  /** Rows that gardens must not edit (title and header). */
  protectedRows: readonly number[];
  highlights: readonly HighlightRule[];
  instructions: { sheetName: string; lines: readonly string[] };
}

export interface TemplateOptions {
  year: number;
  /** Garden name for the title; empty gives the bare form title, like the bureau's blank 附件3. */
  gardenName?: string;
  /** The rule set's school months, in sheet order. Default: spring 3–6, autumn 9–12. */
  months?: readonly number[];
  rowsPerMonth?: number;
  /** Day of the month by which a month's material is due (from the rule set). */
  deadlineDay?: number;
}

export const DEFAULT_SCHOOL_MONTHS: readonly number[] = [3, 4, 5, 6, 9, 10, 11, 12];
export const PLAN_SHEET_NAME = '帮扶计划表';
export const INSTRUCTIONS_SHEET_NAME = '填写说明';
/** Shown like the 附件3 blank “3月5日”; the value stays a real date. */
export const DATE_FORMAT = 'm"月"d"日"';
const MISSING_EVIDENCE_BACKGROUND = '#fde2cc';

const MONTH_WORDS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

/** `三月` for 3: the 附件3 form writes months in Chinese numerals. */
export function monthLabel(month: number): string {
  return `${MONTH_WORDS[month - 1]}月`;
}

export function templateTitle(year: number, gardenName = ''): string {
  return `${gardenName.trim()}${year}年结对帮扶工作计划表`;
}

/** The plan table template as data; renderers turn it into an .xlsx or Google Sheets requests. */
export function buildTemplate(options: TemplateOptions): PlanTemplate {
  const months = options.months ?? DEFAULT_SCHOOL_MONTHS;
  const rowsPerMonth = options.rowsPerMonth ?? 5;
  for (const m of months) if (!Number.isInteger(m) || m < 1 || m > 12) throw new RangeError(`month ${m} is not 1–12`);
  if (!Number.isInteger(rowsPerMonth) || rowsPerMonth < 1) throw new RangeError('rowsPerMonth must be a positive integer');

  const columns = templateColumns();
  const titleRow = 1;
  const headerRow = 2;
  const firstDataRow = 3;
  const blocks = months.map((month, i) => ({
    month,
    label: monthLabel(month),
    firstRow: firstDataRow + i * rowsPerMonth,
    lastRow: firstDataRow + (i + 1) * rowsPerMonth - 1,
  }));
  const lastDataRow = firstDataRow + months.length * rowsPerMonth - 1;
  const template: Omit<PlanTemplate, 'instructions'> = {
    sheetName: PLAN_SHEET_NAME,
    title: templateTitle(options.year, options.gardenName),
    columns,
    titleRow,
    headerRow,
    firstDataRow,
    lastDataRow,
    months: blocks,
    protectedRows: [titleRow, headerRow],
    highlights: missingEvidenceHighlights(columns, firstDataRow, lastDataRow),
  };
  return {
    ...template,
    instructions: {
      sheetName: INSTRUCTIONS_SHEET_NAME,
      lines: instructionLines({ columns, rowsPerMonth, deadlineDay: options.deadlineDay ?? 30, year: options.year }),
    },
  };
}

/** The bureau's five 附件3 columns in their familiar order, then ours, as PLAN_COLUMNS lists them. */
function templateColumns(): TemplateColumn[] {
  const shown = PLAN_COLUMNS.filter((c) => c.inTemplate);
  const ordered = [...shown.filter((c) => c.original), ...shown.filter((c) => !c.original)];
  return ordered.map((c, i) => ({
    key: c.key,
    header: c.header,
    column: i + 1,
    letter: columnLetters(i),
    width: c.width,
    help: c.help,
    input: columnInput(c.key),
  }));
}

function columnInput(key: PlanColumnKey): ColumnInput {
  switch (key) {
    case 'date':
      return { kind: 'date', numberFormat: DATE_FORMAT };
    case 'type':
      return { kind: 'list', values: ACTIVITY_TYPES };
    case 'status':
      return { kind: 'list', values: STATUSES.map((s) => STATUS_LABELS[s]).filter((label) => label !== '') };
    case 'classHours':
      return { kind: 'number', integer: false };
    case 'participants':
      return { kind: 'number', integer: true };
    default:
      return { kind: 'text' };
  }
}

const EVIDENCE_KEYS: readonly PlanColumnKey[] = ['evidencePlan', 'evidenceRecord', 'evidenceSummary', 'evidencePhotos'];

function missingEvidenceHighlights(columns: readonly TemplateColumn[], first: number, last: number): HighlightRule[] {
  const status = columns.find((c) => c.key === 'status');
  const evidence = columns.filter((c) => EVIDENCE_KEYS.includes(c.key));
  if (!status || evidence.length === 0) return [];
  const done = STATUS_LABELS.done;
  // One rule per evidence column (absolute status column, relative row) so each empty evidence cell of a done row lights up.
  return evidence.map((c) => ({
    range: `${c.letter}${first}:${c.letter}${last}`,
    column: c.column,
    firstRow: first,
    lastRow: last,
    formula: `AND($${status.letter}${first}="${done}",ISBLANK(${c.letter}${first}))`,
    background: MISSING_EVIDENCE_BACKGROUND,
  }));
}
