import type { MergeRange } from '../../../../schemas/grid';
import { displayWidth } from '../text-width';

/**
 * The bureau's dashboard as renderer-neutral data: tabs of rows of typed cells with styles, merges, dropdowns,
 * conditional formats and charts. The .xlsx renderer (exceljs) and the Google request builder (batchUpdate) draw
 * the same model, so the two outputs cannot drift apart. Every string is a plain value: renderers must never
 * let one become a formula (xlsx: neutraliseFormula; Google: userEnteredValue.stringValue).
 */

/** 0-based, end-exclusive, like the Sheets API GridRange. */
export type Range = MergeRange;

export interface CellStyle {
  bold?: boolean;
  fontSize?: number;
  /** `#rrggbb`. */
  fill?: string;
  color?: string;
  align?: 'left' | 'center' | 'right';
  wrap?: boolean;
  /** Number format in spreadsheet syntax: `0.0`, `0%`, `0`. */
  numberFormat?: string;
}

export interface Cell {
  value: string | number | null;
  style?: CellStyle;
}

export interface ListValidation {
  range: Range;
  values: readonly string[];
  /** Reject anything else (true) or only warn (false). */
  strict: boolean;
  prompt?: string;
}

/** Colour cells whose text equals `text` (the status legend's colours). */
export interface TextEqualsRule {
  kind: 'textEquals';
  range: Range;
  text: string;
  fill: string;
  color: string;
}

/** An in-cell bar proportional to the value between `min` and `max` (xlsx only; Google gets a real chart). */
export interface DataBarRule {
  kind: 'dataBar';
  range: Range;
  min: number;
  max: number;
  color: string;
}

export type ConditionalRule = TextEqualsRule | DataBarRule;

/** A column chart over a block of the tab: categories down one column, one series per value column. */
export interface ChartSpec {
  title: string;
  /** One column of category labels (no header). */
  categories: Range;
  series: { name: string; values: Range }[];
  /** Where the chart's top-left corner sits (0-based). */
  anchor: { row: number; col: number };
  /** Vertical axis maximum (1 for rates). */
  max?: number;
}

export interface Tab {
  name: string;
  /** Fixed per tab so Google bookmarks (`#gid=`) survive regeneration. */
  sheetId: number;
  /** Column widths in characters. */
  widths: readonly number[];
  /** `rows[0]` is sheet row 1. */
  rows: Cell[][];
  /** Rows frozen and protected at the top (title, legend, column headers). */
  headerRows: number;
  merges: Range[];
  validations: ListValidation[];
  conditional: ConditionalRule[];
  charts: ChartSpec[];
  /**
   * Where the bureau types: rows from here down in these columns are the bureau's, never cleared by a renderer
   * that updates the tab in place (Google). Null for tabs that are wholly generated.
   */
  userArea: { firstRow: number; columns: number } | null;
}

export interface Dashboard {
  title: string;
  tabs: Tab[];
}

export const cell = (value: string | number | null, style?: CellStyle): Cell => (style ? { value, style } : { value });

export const range = (r0: number, r1: number, c0: number, c1: number): Range =>
  ({ startRow: r0, endRow: r1, startCol: c0, endCol: c1 });

/**
 * A column width (in Excel's unit, one digit) that shows the column's longest text whole: `min`, or wider when a
 * text needs it. A 汉字 takes about two units; two more keep the text off the cell border.
 */
export function fitWidth(min: number, texts: Iterable<string>): number {
  let widest = 0;
  for (const text of texts) widest = Math.max(widest, displayWidth(text));
  return Math.max(min, widest + 2);
}

/** An empty tab to fill. */
export function newTab(name: string, sheetId: number, widths: readonly number[], headerRows: number): Tab {
  return { name, sheetId, widths, rows: [], headerRows, merges: [], validations: [], conditional: [], charts: [], userArea: null };
}
