import { dateToSerial, toCellValue } from '../../../apps-script/src/cell-values';
import { gardenPart, planMarks } from '../../../apps-script/src/marks';
import { toMergeRange } from '../../../apps-script/src/sheet-grid';
import { monthOf, readVerdict } from '../../../apps-script/src/submit';
import { readPlanTable } from '../../../functions/src/core/intake';
import type { Issue } from '../../../schemas';

const issue = (cell: string, message: string, severity: Issue['severity'] = 'error'): Issue =>
  ({ row: Number(cell.slice(1)), cell, column: '帮扶时间', severity, code: 'date.impossible', message });

describe('cell values from Range.getValues()', () => {
  it('turn a date cell’s Date into the serial the Sheets API would give, in the spreadsheet’s zone', () => {
    // 2020-06-30 00:00 in Shanghai is 2020-06-29T16:00Z; its serial is 44012 whatever zone the script runs in.
    expect(dateToSerial(new Date('2020-06-29T16:00:00Z'), 'Asia/Shanghai')).toBe(44012);
    expect(dateToSerial(new Date('2020-06-30T04:00:00Z'), 'America/New_York')).toBe(44012);
    expect(dateToSerial(new Date('2020-06-30T04:00:00Z'), 'Asia/Shanghai')).toBe(44012.5);
    expect(readPlanTable({ rows: [['2020年计划'], ['月份', '帮扶时间', '帮扶任务'], ['六月', dateToSerial(new Date('2020-06-29T16:00:00Z'), 'Asia/Shanghai'), '观摩交流']], merges: [] }).rows[0].date).toBe('2020-06-30');
  });

  it('keep text, numbers and booleans, and make empty cells null', () => {
    expect(['', 'x', 3.26, true].map((v) => toCellValue(v, 'Asia/Shanghai'))).toEqual([null, 'x', 3.26, true]);
  });

  it('read merges from their A1 notation as 0-based, end-exclusive ranges', () => {
    expect(toMergeRange('A18:A22')).toEqual({ startRow: 17, endRow: 22, startCol: 0, endCol: 1 });
    expect(toMergeRange('A1:M1')).toEqual({ startRow: 0, endRow: 1, startCol: 0, endCol: 13 });
    expect(toMergeRange('garbage')).toBeNull();
  });
});

describe('planMarks', () => {
  const origin = { row: 7, column: 1 };
  it('adds our note and colour to bad cells, errors red over warnings yellow', () => {
    const plan = planMarks(origin, [['', '', '']], [['#ffffff', '#ffffff', '#ffffff']], [
      issue('B7', 'B7：日期“6月31日”不存在'), issue('B7', 'B7：提醒', 'warning'), issue('C7', 'C7：缺少材料', 'warning'), issue('Z99', 'elsewhere'),
    ]);
    expect(plan.notes).toEqual([['', '【帮扶检查】B7：日期“6月31日”不存在\nB7：提醒', '【帮扶检查】C7：缺少材料']]);
    expect(plan.backgrounds).toEqual([['#ffffff', '#f4c7c3', '#fff2cc']]);
  });

  it('removes only our part of a note and only our colours', () => {
    const plan = planMarks(origin, [['园长批注\n【帮扶检查】旧问题', '【帮扶检查】旧问题', '老师的话']], [['#f4c7c3', '#FFF2CC', '#00ff00']], []);
    expect(plan.notes).toEqual([['园长批注', '', '老师的话']]);
    expect(plan.backgrounds).toEqual([[null, null, '#00ff00']]);
    expect(gardenPart('写着【帮扶检查】字样的批注')).toBe('写着【帮扶检查】字样的批注');
  });

  it('reports no change when the marks already match', () => {
    const plan = planMarks(origin, [['【帮扶检查】B7：x']], [['#f4c7c3']], [issue('A7', 'B7：x')]);
    expect([plan.notesChanged, plan.backgroundsChanged]).toEqual([false, false]);
  });
});

describe('submit verdicts', () => {
  it('prefer the server’s own message, else explain the status in Chinese', () => {
    expect(readVerdict(200, '{"ok":true,"message":"已收到"}')).toEqual({ ok: true, message: '已收到', issues: [] });
    expect(readVerdict(409, '{"ok":false,"message":"本月已截止"}')).toEqual({ ok: false, message: '本月已截止', issues: [] });
    expect(readVerdict(200, 'OK').message).toContain('无法识别');
    expect(readVerdict(429, '').message).toContain('稍等');
    expect(readVerdict(418, '').message).toBe('提交失败（418），请稍后再试。');
    expect(readVerdict(400, '{"ok":false,"message":"x","issues":[{"bad":1}]}').issues).toEqual([]);
  });

  it('name the month in the spreadsheet’s zone', () => {
    expect(monthOf(new Date('2020-06-30T16:30:00Z'), 'Asia/Shanghai')).toBe('2020-07');
    expect(monthOf(new Date('2020-06-30T16:30:00Z'), 'UTC')).toBe('2020-06');
  });
});
