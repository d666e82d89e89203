import { sheetDate } from '../../fakes/apps-script';
import { cellOf, rowValues } from '../../fixtures/apps-script-sheet';
import { boundScript, buildBundle, type Harness } from './bundle-support';

beforeAll(() => { buildBundle(); }, 60_000);

const URL = 'https://asia-east2-bangfu-demo.cloudfunctions.net/submitMonth';

function typeRow(h: Harness, row: number, values: Parameters<typeof rowValues>[1]) {
  h.sheet.getRange(row, 2, 1, h.template.columns.length - 1).setValues([rowValues(h.template, values)]);
}

function sidebarText(h: Harness): string {
  const last = h.double.ui.sidebars.at(-1);
  if (!last) throw new Error('no sidebar shown');
  return last.getContent();
}

describe('全表检查 (checkAll)', () => {
  it('marks every bad cell and lists the problems in a sidebar whose lines jump to the cell', () => {
    const h = boundScript();
    typeRow(h, 3, { date: '3月32日', task: '送教下乡示范课', person: '张丽' });
    typeRow(h, 8, { date: sheetDate(2020, 4, 9), task: '专题讲座：一日常规', status: '已完成' });
    h.script.checkAll();

    const badDate = cellOf(h.template, 'date', 3);
    const noPerson = cellOf(h.template, 'person', 8);
    expect(h.sheet.getRange(badDate).getNote()).toBe(`【帮扶检查】${badDate}：日期“3月32日”不存在`);
    expect(h.sheet.getRange(noPerson).getNote()).toBe(`【帮扶检查】${noPerson}：已完成的活动须填写负责人`);
    expect(h.sheet.getRange(noPerson).getBackground()).toBe('#f4c7c3');
    const html = sidebarText(h);
    expect(h.double.ui.sidebars.at(-1)!.getTitle()).toBe('全表检查结果');
    expect(html).toContain(`data-cell="${badDate}"`);
    expect(html).toContain('已完成的活动须填写负责人');
    expect(html).toContain('google.script.run.jumpTo');
    expect(html).toMatch(/共 2 个错误、\d+ 个提醒/);
    expect(h.double.lock.events).toEqual(['lock', 'release']);
    expect(h.double.errors).toEqual([]);

    h.script.jumpTo('帮扶计划表', noPerson);
    expect(h.double.spreadsheet.getActiveRange()!.getA1Notation()).toBe(noPerson);
  });

  it('says so when the table is clean, and works when getDocumentLock() is null', () => {
    const h = boundScript({ documentLock: false });
    h.script.checkAll();
    expect(sidebarText(h)).toContain('没有发现问题');
  });

  it('escapes what a garden typed before putting it in the sidebar', () => {
    const h = boundScript();
    typeRow(h, 3, { date: '<img src=x onerror=alert(1)>', task: '观摩交流', person: '王芳' });
    h.script.checkAll();
    expect(sidebarText(h)).not.toContain('<img');
    expect(sidebarText(h)).toContain('&lt;img');
  });

  it('backs off with a Chinese message when another user holds the document lock', () => {
    const h = boundScript();
    h.double.lock.heldElsewhere = true;
    h.script.checkAll();
    expect(h.double.ui.alerts).toEqual([{ prompt: '其他老师正在检查或提交本表，请稍后再试。' }]);
    expect(h.double.ui.sidebars).toEqual([]);
  });
});

describe('提交本月 (submitMonth)', () => {
  it('POSTs the month with the identity token and shows the server verdict', () => {
    const h = boundScript({ identityToken: 'eyJ.test.token' });
    h.double.scriptProperties.setProperty('BANGFU_SYNC_URL', URL);
    h.double.urlFetch.respond = () => ({ code: 200, body: JSON.stringify({ ok: true, message: '已收到本月帮扶材料，按时上报。', issues: [] }) });
    h.script.submitMonth();

    expect(h.double.urlFetch.requests).toHaveLength(1);
    const { url, params } = h.double.urlFetch.requests[0];
    expect(url).toBe(URL);
    expect(params).toMatchObject({ method: 'post', contentType: 'application/json', muteHttpExceptions: true, headers: { Authorization: 'Bearer eyJ.test.token' } });
    const body = JSON.parse(params.payload!);
    expect(body).toEqual({ spreadsheetId: 'sheet-0001', month: expect.stringMatching(/^\d{4}-(0[1-9]|1[0-2])$/) });
    expect(h.double.ui.alerts).toEqual([{ title: '提交成功', prompt: '已收到本月帮扶材料，按时上报。' }]);
  });

  it('explains a refusal in Chinese and lists the server’s problems', () => {
    const h = boundScript();
    h.double.scriptProperties.setProperty('BANGFU_SYNC_URL', URL);
    const issue = { row: 18, cell: 'B18', column: '帮扶时间', severity: 'error', code: 'date.impossible', message: 'B18：日期“6月31日”不存在' };
    h.double.urlFetch.respond = () => ({ code: 422, body: JSON.stringify({ ok: false, message: '本月有 1 个错误，请改正后再提交。', issues: [issue] }) });
    h.script.submitMonth();
    expect(h.double.ui.alerts).toEqual([{ title: '未能提交', prompt: '本月有 1 个错误，请改正后再提交。' }]);
    expect(sidebarText(h)).toContain('data-cell="B18"');
  });

  it.each([
    [403, '', '没有权限提交'],
    [401, '<html>Unauthorized</html>', '身份验证失败'],
    [503, 'upstream error', '服务器暂时无法处理'],
  ])('maps HTTP %i without a verdict to a Chinese message', (code, body, words) => {
    const h = boundScript();
    h.double.scriptProperties.setProperty('BANGFU_SYNC_URL', URL);
    h.double.urlFetch.respond = () => ({ code, body });
    h.script.submitMonth();
    expect(h.double.ui.alerts[0].title).toBe('未能提交');
    expect(h.double.ui.alerts[0].prompt).toContain(words);
  });

  it('does not call out when the URL is not configured or no identity token is available', () => {
    const unconfigured = boundScript();
    unconfigured.script.submitMonth();
    expect(unconfigured.double.ui.alerts[0].prompt).toContain('BANGFU_SYNC_URL');
    expect(unconfigured.double.urlFetch.requests).toEqual([]);

    const noToken = boundScript({ identityToken: null });
    noToken.double.scriptProperties.setProperty('BANGFU_SYNC_URL', URL);
    noToken.script.submitMonth();
    expect(noToken.double.ui.alerts[0].prompt).toContain('重新打开');
    expect(noToken.double.urlFetch.requests).toEqual([]);
  });
});

describe('填写说明 (showHelp)', () => {
  it('opens the instructions tab', () => {
    const h = boundScript();
    h.script.showHelp();
    expect(h.double.spreadsheet.getActiveSheet().getName()).toBe('填写说明');
  });

  it('shows the generated instructions in a sidebar when the tab was deleted', () => {
    const h = boundScript();
    h.double.spreadsheet.getSheetByName('填写说明')!.setName('旧说明');
    h.script.showHelp();
    expect(sidebarText(h)).toContain('【帮扶检查】');
    expect(h.double.ui.sidebars[0].getTitle()).toBe('填写说明');
  });
});
