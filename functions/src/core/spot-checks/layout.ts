/**
 * The 抽查登记 (spot-check register) tab: where the bureau types its visit verdicts. Fixed name and column
 * positions — the dashboard writes the header, the bureau writes the rows, the next run reads them back.
 */
export const REGISTER_SHEET = '抽查登记';

/** 1-based sheet rows. */
export const REGISTER_HEADER_ROW = 2;
export const REGISTER_FIRST_ROW = 3;

/** The columns the bureau fills, in order (0-based indexes below). */
export const REGISTER_COLUMNS = ['园所', '月份', '活动（行号或日期+任务）', '抽查日期', '结论', '备注', '抽查人'] as const;
export const REGISTER_COL = { garden: 0, month: 1, activity: 2, date: 3, verdict: 4, note: 5, checkedBy: 6 } as const;

/** Written by the system after each run: whether the row was applied, and why not. */
export const REGISTER_RESULT_HEADER = '核对结果（系统填写）';

export const REGISTER_VERDICTS = ['属实', '虚报'] as const;

/** Who recorded a verdict when the 抽查人 cell is left blank: the register belongs to the bureau. */
export const DEFAULT_CHECKER = '基教股';

/** The id a register row's check gets: stable while the row stays put, and readable in notes. */
export const registerCheckId = (row: number): string => `${REGISTER_SHEET}第${row}行`;
