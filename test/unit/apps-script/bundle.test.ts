import { editEvent, sheetDate } from '../../fakes/apps-script';
import { cellOf, rowValues } from '../../fixtures/apps-script-sheet';
import { boundScript, buildBundle, type Harness } from './bundle-support';

const JUNE_FIRST_ROW = 18; // 三四五月 × 5 rows after the title and header
const OUR_RED = '#f4c7c3';

let bundle: { bytes: number; output: string };
beforeAll(() => { bundle = buildBundle(); }, 60_000);

function typeRow(h: Harness, row: number, values: Parameters<typeof rowValues>[1]) {
  h.sheet.getRange(row, 2, 1, h.template.columns.length - 1).setValues([rowValues(h.template, values)]);
}

/** The user types one cell, then the simple trigger fires with the documented event object. */
function typeCell(h: Harness, a1: string, value: Parameters<ReturnType<Harness['sheet']['getRange']>['setValue']>[0]) {
  const range = h.sheet.getRange(a1);
  const oldValue = range.getValue();
  range.setValue(value);
  h.double.calls.reset();
  h.double.asSimpleTrigger(() => h.script.onEdit(editEvent(h.double, range, { oldValue })));
}

describe('built Apps Script bundle', () => {
  it('is one file whose handlers are top-level functions, without zod', () => {
    expect(bundle.output).toMatch(/handlers: checkAll, jumpTo, logTokenAudience, onEdit, onOpen, showHelp, submitMonth/);
    expect(bundle.output).toContain('zod not bundled');
    const h = boundScript();
    for (const name of ['onOpen', 'onEdit', 'checkAll', 'submitMonth', 'showHelp', 'jumpTo']) expect(typeof h.script[name]).toBe('function');
  });

  it('logs the identity token’s audience for the operator, never the token', () => {
    const claims = Buffer.from(JSON.stringify({ aud: '1234-abc.apps.googleusercontent.com', email: '园长@example.cn' })).toString('base64url');
    const token = `eyJhbGciOiJSUzI1NiJ9.${claims}.c2ln`;
    const h = boundScript({ identityToken: token });
    h.script.logTokenAudience();
    expect(h.double.logger.lines).toEqual(['BANGFU audience (OAuth client id of this script): 1234-abc.apps.googleusercontent.com']);
    expect(h.double.logger.lines.join('')).not.toContain(claims);
  });

  it('onOpen adds the 帮扶填报 menu whose items name existing global functions', () => {
    const h = boundScript();
    h.double.asSimpleTrigger(() => h.script.onOpen({ authMode: 'LIMITED', source: h.double.spreadsheet }));
    expect(h.double.ui.menus).toEqual([{ caption: '帮扶填报', entries: [
      { caption: '全表检查', functionName: 'checkAll' },
      { caption: '提交本月', functionName: 'submitMonth' },
      { separator: true },
      { caption: '填写说明', functionName: 'showHelp' },
    ] }]);
    for (const entry of h.double.ui.menus[0].entries) if ('functionName' in entry) expect(typeof h.script[entry.functionName]).toBe('function');
  });
});

describe('onEdit (simple trigger)', () => {
  it('marks an impossible date with a Chinese note and red, then clears only its own marks when fixed', () => {
    const h = boundScript();
    const date = cellOf(h.template, 'date', JUNE_FIRST_ROW);
    const task = cellOf(h.template, 'task', JUNE_FIRST_ROW);
    typeRow(h, JUNE_FIRST_ROW, { task: '送教下乡：中班美术示范课', person: '李娜' });
    h.sheet.getRange(task).setNote('园长：请写清楚送教对象');
    h.sheet.getRange('C3').setNote('这是三月的备忘');

    typeCell(h, date, '6月31日');
    expect(h.double.errors).toEqual([]);
    expect(h.sheet.getRange(date).getNote()).toBe(`【帮扶检查】${date}：日期“6月31日”不存在`);
    expect(h.sheet.getRange(date).getBackground()).toBe(OUR_RED);
    expect(h.sheet.getRange(task).getNote()).toBe('园长：请写清楚送教对象');
    expect(h.sheet.getRange(task).getBackground()).toBe('#ffffff');
    // One read and one write per property for the whole block, never cell by cell; no network from a simple trigger.
    expect([h.double.calls.get('Range.getNotes'), h.double.calls.get('Range.setNotes'), h.double.calls.get('Range.setBackgrounds')]).toEqual([1, 1, 1]);
    expect(h.double.calls.get('Range.setNote') + h.double.calls.get('Range.setBackground')).toBe(0);
    expect(h.double.urlFetch.requests).toEqual([]);

    typeCell(h, date, sheetDate(2020, 6, 30));
    expect(h.double.errors).toEqual([]);
    expect(h.sheet.getRange(date).getNote()).toBe('');
    expect(h.sheet.getRange(date).getBackground()).toBe('#ffffff');
    expect(h.sheet.getRange(task).getNote()).toBe('园长：请写清楚送教对象');
    expect(h.sheet.getRange('C3').getNote()).toBe('这是三月的备忘');
  });

  it('keeps a garden note on the same cell, appending ours after it and removing only ours', () => {
    const h = boundScript();
    const date = cellOf(h.template, 'date', JUNE_FIRST_ROW);
    typeRow(h, JUNE_FIRST_ROW, { task: '专题讲座：幼儿游戏观察', person: '王芳' });
    h.sheet.getRange(date).setNote('日期待园长确认');
    typeCell(h, date, '6月31日');
    expect(h.sheet.getRange(date).getNote()).toBe(`日期待园长确认\n【帮扶检查】${date}：日期“6月31日”不存在`);
    typeCell(h, date, sheetDate(2020, 6, 12));
    expect(h.sheet.getRange(date).getNote()).toBe('日期待园长确认');
  });

  it('leaves a garden colour alone and writes nothing when nothing changes', () => {
    const h = boundScript();
    const task = cellOf(h.template, 'task', JUNE_FIRST_ROW);
    h.sheet.getRange(task).setBackground('#FFFF00');
    typeRow(h, JUNE_FIRST_ROW, { date: sheetDate(2020, 6, 5), person: '李娜' });
    typeCell(h, task, '跟岗学习：青年教师跟班一周');
    expect(h.double.errors).toEqual([]);
    expect(h.sheet.getRange(task).getBackground()).toBe('#ffff00');
    expect(h.double.calls.get('Range.setNotes') + h.double.calls.get('Range.setBackgrounds')).toBe(0);
  });

  it('re-checks the rows below when a month cell changes (a month carries down its block)', () => {
    const h = boundScript();
    const row = JUNE_FIRST_ROW + 2;
    typeRow(h, row, { date: sheetDate(2020, 6, 19), task: '园本教研：集体备课', person: '张丽', status: '已完成', type: '园本教研', evidencePlan: 'a', evidenceRecord: 'b', evidenceSummary: 'c', evidencePhotos: 'd' });
    typeCell(h, `A${JUNE_FIRST_ROW}`, '七月');
    expect(h.sheet.getRange(cellOf(h.template, 'date', row)).getNote()).toContain('不在本行月份（7月）之内');
    typeCell(h, `A${JUNE_FIRST_ROW}`, '六月');
    expect(h.sheet.getRange(cellOf(h.template, 'date', row)).getNote()).toBe('');
  });

  it('marks a bad merged month once, at its first cell, and grows that mark when a row below it is filled', () => {
    const h = boundScript();
    const month = `A${JUNE_FIRST_ROW}`;
    typeRow(h, JUNE_FIRST_ROW, { task: '观摩交流', person: '张丽' });
    typeRow(h, JUNE_FIRST_ROW + 2, { task: '专题讲座', person: '王芳' });
    typeCell(h, month, '十三月');
    const hint = '月份“十三月”无法识别，请写成“3月”或“三月”';
    expect(h.sheet.getRange(month).getNote()).toBe(`【帮扶检查】${month}:A${JUNE_FIRST_ROW + 2}：${hint}（第${JUNE_FIRST_ROW}—${JUNE_FIRST_ROW + 2}行都用这一格的内容，均未处理）`);
    expect(h.sheet.getRange(month).getBackground()).toBe(OUR_RED);
    expect(h.sheet.getRange(`A${JUNE_FIRST_ROW + 2}`).getNote()).toBe('');

    typeCell(h, cellOf(h.template, 'task', JUNE_FIRST_ROW + 3), '园本教研');
    expect(h.sheet.getRange(month).getNote()).toContain(`${month}:A${JUNE_FIRST_ROW + 3}：`);
    expect(h.double.errors).toEqual([]);
  });

  it('ignores edits on the 填写说明 tab and above the header', () => {
    const h = boundScript();
    const help = h.double.spreadsheet.getSheetByName('填写说明')!;
    const range = help.getRange('A1');
    h.double.asSimpleTrigger(() => h.script.onEdit(editEvent(h.double, range)));
    typeCell(h, 'A1', '光彩幼儿园2020年结对帮扶工作计划表');
    expect(h.double.errors).toEqual([]);
    expect(h.double.calls.get('Range.setNotes')).toBe(0);
  });
});
