import { z } from 'zod';

/**
 * One cell as a sheet source delivers it: text, a number (dates arrive as spreadsheet serial numbers,
 * day 0 = 1899-12-30), a boolean, or empty. Error cells such as `#REF!` arrive as their text.
 */
export const CellValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type CellValue = z.infer<typeof CellValue>;

/** A merged range, 0-based and end-exclusive like the Sheets API `GridRange`. */
export const MergeRange = z.object({
  startRow: z.number().int().nonnegative(),
  endRow: z.number().int().positive(),
  startCol: z.number().int().nonnegative(),
  endCol: z.number().int().positive(),
});
export type MergeRange = z.infer<typeof MergeRange>;

/**
 * A sheet's cells: `rows[0]` is sheet row 1, `rows[r][0]` is column A. Rows may be ragged and trailing
 * empties omitted (as `values.batchGet` returns them); merged cells hold the value only in the top-left cell.
 */
export const CellGrid = z.object({
  sheetName: z.string().optional(),
  rows: z.array(z.array(CellValue)),
  merges: z.array(MergeRange),
});
export type CellGrid = z.infer<typeof CellGrid>;
