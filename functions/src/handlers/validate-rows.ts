import { z } from 'zod';
import { CellValue, MergeRange } from '../../../schemas';
import { mayValidateRows } from '../core/access';
import { validateRows, type ValidateRowsResult } from '../usecases/validate-rows';
import { AccessDenied } from './errors';
import type { HttpEndpoint } from './http-function';

/** Bounds keep one request cheap: a garden's table is a few hundred rows of 14 columns. */
const MAX_ROWS = 2000;
const MAX_COLS = 40;

export const ValidateRowsBody = z.object({
  /** Consecutive sheet rows from `startRow`, header (and title, for the year) included; values as the sheet holds them. */
  rows: z.array(z.array(CellValue.refine((v) => typeof v !== 'string' || v.length <= 5000)).max(MAX_COLS)).min(1).max(MAX_ROWS),
  /** 1-based sheet row of `rows[0]`, so issues name the real cells. */
  startRow: z.number().int().min(1).max(100_000).default(1),
  /** Merged ranges, 0-based sheet coordinates, end-exclusive (Sheets GridRange). */
  merges: z.array(MergeRange).max(MAX_ROWS).default([]),
  /** The plan's year when the title is not among the rows. */
  year: z.number().int().min(2000).max(2100).optional(),
});
export type ValidateRowsBody = z.infer<typeof ValidateRowsBody>;

/** Checks typed rows for the sheet's script; writes nothing. Any garden editor or the bureau may call it. */
export const validateRowsEndpoint: HttpEndpoint<{ now: () => string }, ValidateRowsBody, ValidateRowsResult> = {
  name: 'validateRows',
  body: ValidateRowsBody,
  async run({ deps, principal }, body) {
    const decision = mayValidateRows(principal);
    if (!decision.allowed) throw new AccessDenied(decision.reason);
    // Rows above startRow are absent: empty rows keep every row at its sheet position.
    const padding: CellValue[][] = Array.from({ length: body.startRow - 1 }, () => []);
    const grid = { rows: [...padding, ...body.rows], merges: body.merges };
    return validateRows(deps, { grid, year: body.year });
  },
};
