import { buildDashboard, issueLines, MONTH_STATUS } from '../../../functions/src/core/dashboard';
import { FORMULA_TASK, dashboardInput } from './scenario';

const tabNames = ['总览', '月度完成矩阵', '帮扶对子', '问题清单', '抽查登记', '学期考核'];

describe('dashboard model', () => {
  const input = dashboardInput();
  const dash = buildDashboard(input);
  const tab = (name: string) => dash.tabs.find((t) => t.name === name)!;
  const text = (name: string) => tab(name).rows.map((r) => r.map((c) => c.value ?? '').join('|'));

  it('has the six tabs in a fixed order with fixed sheet ids', () => {
    expect(dash.tabs.map((t) => t.name)).toEqual(tabNames);
    expect(dash.tabs.map((t) => t.sheetId)).toEqual([101, 102, 103, 104, 105, 106]);
  });

  it('puts the month and term KPIs at fixed rows of 总览', () => {
    const rows = tab('总览').rows;
    expect(rows[3][0].value).toBe('上报率');
    expect(rows[3][1].value).toBe(input.month.summary.reportingRate);
    expect(rows[3][2].value).toBe(input.term!.summary.reportingRate);
    expect(rows[6][1].value).toBe(input.month.summary.pairPassRate);
    expect(input.month.summary.reportingRate).toBeCloseTo(4 / 5);
    expect(tab('总览').charts).toHaveLength(2);
  });

  it('shows each garden-month status in the matrix, worst first', () => {
    const row = (name: string) => tab('月度完成矩阵').rows.find((r) => r[0].value === name)!;
    // Columns G.. are 3月–6月.
    expect(row('蕾梦幼儿园').slice(6).map((c) => c.value)).toEqual(['达标', '达标', '未报', '未到期']);
    expect(row('黑泉幼儿园')[8].value).toBe('迟报');
    expect(row('光彩幼儿园')[6].value).toBe('例外');
    expect(tab('月度完成矩阵').conditional.filter((c) => c.kind === 'textEquals').map((c) => c.kind === 'textEquals' && c.text))
      .toEqual(expect.arrayContaining(Object.values(MONTH_STATUS).map((s) => s.label)));
  });

  it('lists issues, late changes, fabrication signals and register problems', () => {
    const lines = issueLines(input);
    const of = (category: string) => lines.filter((l) => l.category === category);
    expect(of('填报错误')).toEqual([expect.objectContaining({ garden: '新坝幼儿园', cell: 'B7', message: 'B7：日期“5月32日”不存在' })]);
    expect(of('截止后修改')).toHaveLength(1);
    expect(of('迟报').map((l) => l.garden)).toEqual(['黑泉幼儿园']);
    expect(of('疑似虚报信号').map((l) => l.garden).sort()).toEqual(['光彩幼儿园', '黑泉幼儿园']);
    expect(of('抽查虚报')).toEqual([expect.objectContaining({ garden: '第一幼儿园', message: expect.stringContaining(FORMULA_TASK) })]);
    expect(of('抽查登记')).toEqual([expect.objectContaining({ cell: '抽查登记!E5' })]);
    expect(of('其他').some((l) => l.message.includes('抽查登记第4行'))).toBe(true);
  });

  it('carries the register rows over at their own row numbers and says what became of each', () => {
    const rows = tab('抽查登记').rows;
    expect(rows[2].slice(0, 7).map((c) => c.value)).toEqual(['第一幼儿园', '5月', FORMULA_TASK, '2020-06-06', '虚报', '=1+1', null]);
    expect(rows[2][7].value).toBe('已应用：虚报，相关项目按零分计算');
    expect(rows[3][7].value).toMatch(/^未处理：计划表中找不到/);
    expect(rows[4][7].value).toMatch(/^未处理：E5：结论“待定”无法识别/);
    expect(tab('抽查登记').userArea).toEqual({ firstRow: 3, columns: 7 });
  });

  it('ranks the term per role with a per-rule breakdown', () => {
    const lines = text('学期考核');
    const first = input.term!.gardens.find((g) => g.role === 'helper' && g.rank === 1)!;
    expect(lines[3]).toContain(`1|${first.name}|帮扶园`);
    const detail = lines.findIndex((l) => l.startsWith('园所|考核项目'));
    const items = input.term!.gardens.reduce((n, g) => n + g.items.length, 0);
    expect(lines.length - detail - 1).toBe(items);
  });

  it('speaks to people: the rule set by its title, times in Chinese to the minute, never an id or an ISO instant', () => {
    expect(tab('总览').rows[1][0].value).toContain('评估时间：2020年6月10日 09:00');
    expect(tab('学期考核').rows[1][0].value).toBe('考核规则：高台县2020年幼儿园结对帮扶考核规则（第2版）　评估时间：2020年6月10日 09:00');
    expect(tab('帮扶对子').rows[1][0].value).toBe('本月：2020年5月　学期：2020年春季学期（至今，暂定）');
    const lines = issueLines(input);
    expect(lines.find((l) => l.category === '截止后修改')!.message).toBe('2020年5月3日 08:00 截止后修改了计划表（新增1行）');
    expect(lines.find((l) => l.category === '迟报')!.message).toMatch(/^材料于2020年5月31日 10:0\d首次上报/);
    for (const t of dash.tabs.filter((x) => x.name !== '抽查登记')) {
      for (const value of t.rows.flat().map((c) => String(c.value ?? ''))) {
        expect(value).not.toMatch(/\d{4}-\d{2}|gaotai-2020/);
      }
    }
  });

  it('shows the 送教课时 the 10-hour rule counts, next to the rule that counts them', () => {
    const rows = tab('学期考核').rows;
    const col = rows[2].findIndex((c) => c.value === '送教课时');
    const helpers = input.term!.gardens.filter((g) => g.role === 'helper');
    // 光彩 typed 课时 on its May lectures: they must not be added in.
    expect(helpers.some((g) => g.classHoursByType.专题讲座 > 0)).toBe(true);
    for (const g of helpers) {
      const shown = rows.find((r) => r[1]?.value === g.name)![col].value;
      expect(shown).toBe(g.items.find((i) => i.id === 'classHours')!.value);
    }
    const overview = tab('总览').rows.find((r) => r[0]?.value === '送教课时')!;
    expect(overview[2].value).toBe(helpers.reduce((n, g) => n + g.items.find((i) => i.id === 'classHours')!.value, 0));
  });

  it('shows class hours and counts as typed: no .0 on a count, no half hour rounded away', () => {
    const term = tab('学期考核').rows;
    const col = term[2].findIndex((c) => c.value === '送教课时');
    const detail = term.findIndex((r) => r[0]?.value === '园所' && r[1]?.value === '考核项目');
    const cells = [
      ...term.slice(3).filter((r) => typeof r[col]?.value === 'number').map((r) => r[col]),
      ...term.slice(detail + 1).flatMap((r) => [r[2], r[3]]),
      ...tab('总览').rows.filter((r) => r[0]?.value === '送教课时').flatMap((r) => [r[1], r[2]]),
    ];
    expect(cells.length).toBeGreaterThan(10);
    // '0' shows 2.5 课时 as 3, '0.0' shows 2 次 as 2.0: only the default format shows both as typed.
    for (const c of cells) expect(c.style?.numberFormat).toBeUndefined();
  });

  it('is deterministic', () => {
    expect(buildDashboard(dashboardInput())).toEqual(dash);
  });
});
