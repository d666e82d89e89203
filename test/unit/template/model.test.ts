import { ACTIVITY_TYPES, PLAN_COLUMNS, STATUS_LABELS } from '../../../schemas';
import { buildTemplate, DEFAULT_SCHOOL_MONTHS, monthLabel, templateTitle } from '../../../functions/src/core/template';

describe('plan table template model', () => {
  const template = buildTemplate({ year: 2020, gardenName: '蕾梦幼儿园' });

  it('puts the five 附件3 columns first in the form order, then ours, straight from PLAN_COLUMNS', () => {
    expect(template.columns.slice(0, 5).map((c) => c.header)).toEqual(['月份', '帮扶时间', '帮扶任务', '负责人', '完成情况']);
    const ours = PLAN_COLUMNS.filter((c) => c.inTemplate && !c.original).map((c) => c.header);
    expect(template.columns.slice(5).map((c) => c.header)).toEqual(ours);
    expect(template.columns.map((c) => c.header)).not.toContain('序号');
    expect(template.columns.map((c) => c.letter).slice(0, 3)).toEqual(['A', 'B', 'C']);
  });

  it('titles the sheet like the form and blocks rows per school month', () => {
    expect(template.title).toBe('蕾梦幼儿园2020年结对帮扶工作计划表');
    expect(templateTitle(2021)).toBe('2021年结对帮扶工作计划表');
    expect(template.months.map((m) => m.label)).toEqual(['三月', '四月', '五月', '六月', '九月', '十月', '十一月', '十二月']);
    expect(template.months[0]).toMatchObject({ firstRow: 3, lastRow: 7 });
    expect(template.months[7]).toMatchObject({ firstRow: 38, lastRow: 42 });
    expect(template.lastDataRow).toBe(42);
    expect(template.protectedRows).toEqual([1, 2]);
  });

  it('takes the school months and rows per month from its caller (a rule set)', () => {
    const autumn = buildTemplate({ year: 2021, months: [9, 10, 11, 12, 1], rowsPerMonth: 3 });
    expect(autumn.months.map((m) => [m.label, m.firstRow, m.lastRow])).toEqual([
      ['九月', 3, 5], ['十月', 6, 8], ['十一月', 9, 11], ['十二月', 12, 14], ['一月', 15, 17],
    ]);
    expect(DEFAULT_SCHOOL_MONTHS).toEqual([3, 4, 5, 6, 9, 10, 11, 12]);
    expect(() => buildTemplate({ year: 2020, months: [13] })).toThrow(RangeError);
    expect(() => buildTemplate({ year: 2020, rowsPerMonth: 0 })).toThrow(RangeError);
    expect(monthLabel(11)).toBe('十一月');
  });

  it('offers dropdowns with the schema words and a date format for 帮扶时间', () => {
    const byKey = Object.fromEntries(template.columns.map((c) => [c.key, c.input]));
    expect(byKey.type).toEqual({ kind: 'list', values: ACTIVITY_TYPES });
    expect(byKey.status).toEqual({ kind: 'list', values: ['已完成', '未完成', '延期', '取消'] });
    expect(byKey.status.kind === 'list' && byKey.status.values).not.toContain(STATUS_LABELS.planned);
    expect(byKey.date).toEqual({ kind: 'date', numberFormat: 'm"月"d"日"' });
    expect(byKey.participants).toEqual({ kind: 'number', integer: true });
  });

  it('colours each missing evidence cell of a done row, keyed on the status column', () => {
    const status = template.columns.find((c) => c.key === 'status')!;
    const evidence = template.columns.filter((c) => c.key.startsWith('evidence'));
    expect(template.highlights.map((h) => h.range)).toEqual(evidence.map((c) => `${c.letter}3:${c.letter}42`));
    expect(template.highlights[0].formula).toBe(`AND($${status.letter}3="已完成",ISBLANK(${evidence[0].letter}3))`);
  });

  it('writes instructions a teacher can follow: every column, an example, how errors look, the deadline', () => {
    const text = template.instructions.lines.join('\n');
    for (const c of template.columns) expect(text).toContain(`${c.header}：`);
    expect(text).toContain('【帮扶检查】');
    expect(text).toContain('6月31日');
    expect(text).toContain('每月30日前');
    expect(text).toContain('帮扶填报 → 提交本月');
    expect(text).toContain('请勿填写幼儿姓名');
    expect(buildTemplate({ year: 2020, deadlineDay: 25 }).instructions.lines.join('\n')).toContain('每月25日前');
  });
});
