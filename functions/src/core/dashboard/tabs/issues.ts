import { chineseDateTime } from '../../calendar/instant';
import { monthLabel } from '../../calendar/month';
import { REGISTER_SHEET } from '../../spot-checks';
import { TABS, gardenNames, type DashboardInput } from '../input';
import { cell, newTab, range, type Tab } from '../model';
import { STYLE } from '../styles';

export interface IssueLine {
  category: string;
  garden: string;
  month: string;
  cell: string;
  message: string;
}

const HEADERS = ['类别', '园所', '月份', '单元格', '说明'];
const WIDTHS = [16, 22, 12, 14, 90];
const SIGNAL = '疑似虚报信号';
const WEB_LINK = /^https?:\/\//i;
const SIGNAL_CODES = new Set(['date.future', 'evidence.reused']);

/** Everything the bureau should look at, one line each. Pure: the same input lists the same lines. */
export function issueLines(input: DashboardInput): IssueLine[] {
  const names = gardenNames(input);
  const name = (id: string) => names.get(id) ?? id;
  const lines: IssueLine[] = [];
  const months = new Set(input.term ? input.term.months.filter((m) => m <= input.month.month) : [input.month.month]);
  const reports = input.reports.filter((r) => months.has(r.month));
  for (const r of reports) {
    for (const i of r.issues) {
      const category = SIGNAL_CODES.has(i.code) ? SIGNAL : i.severity === 'error' ? '填报错误' : '填报提醒';
      lines.push({ category, garden: name(r.gardenId), month: monthLabel(r.month), cell: i.cell, message: i.message });
    }
  }
  lines.push(...sharedEvidence(reports, name));
  for (const g of input.month.gardens) {
    const monthText = monthLabel(g.month);
    const flagged = reports.some((r) => r.gardenId === g.gardenId && r.month === g.month && r.issues.some((i) => i.code === 'date.future'));
    if (g.futureDated > 0 && !flagged) lines.push({ category: SIGNAL, garden: g.name, month: monthText, cell: '', message: `有${g.futureDated}项已完成的活动日期晚于评估时间，未计入` });
    if (g.late) lines.push({ category: '迟报', garden: g.name, month: monthText, cell: '', message: `材料于${g.reportedAt ? chineseDateTime(g.reportedAt) : '—'}首次上报，晚于每月${input.month.deadlines.onTimeDeadline.slice(8, 10)}日前上报的要求` });
    for (const f of g.falsified) {
      lines.push({ category: '抽查虚报', garden: g.name, month: monthText, cell: `第${f.row}行`, message: `“${f.task}”经抽查（${f.spotCheckId}）为虚报，相关项目按零分计算` });
    }
  }
  for (const c of input.lateChanges) {
    lines.push({ category: '截止后修改', garden: name(c.gardenId), month: monthLabel(c.month), cell: '', message: `${c.at ? `${chineseDateTime(c.at)} ` : ''}${c.detail}` });
  }
  for (const i of input.register.issues) {
    lines.push({ category: '抽查登记', garden: REGISTER_SHEET, month: '', cell: `${REGISTER_SHEET}!${i.cell}`, message: i.message });
  }
  for (const note of [...input.month.notes, ...(input.term?.notes ?? [])]) {
    lines.push({ category: '其他', garden: '', month: '', cell: '', message: note });
  }
  return [...new Map(lines.map((l) => [JSON.stringify(l), l])).values()];
}

/** The same evidence link given by different gardens: one file cannot document two gardens' activities. */
function sharedEvidence(reports: DashboardInput['reports'], name: (id: string) => string): IssueLine[] {
  const uses = new Map<string, { gardenId: string; month: string; row: number }[]>();
  for (const r of reports) {
    for (const row of r.rows) {
      for (const link of Object.values(row.evidence)) {
        // Only web links: two gardens may well both name a file 方案.docx.
        if (link === null || !WEB_LINK.test(link)) continue;
        uses.set(link, [...(uses.get(link) ?? []), { gardenId: r.gardenId, month: r.month, row: row.row }]);
      }
    }
  }
  const lines: IssueLine[] = [];
  for (const [link, at] of uses) {
    const gardens = [...new Set(at.map((u) => u.gardenId))];
    if (gardens.length < 2) continue;
    // One line per garden-month and link, naming its rows: a shared folder on ten rows is one finding.
    for (const key of [...new Set(at.map((u) => `${u.gardenId}|${u.month}`))]) {
      const [gardenId, month] = key.split('|');
      const rows = at.filter((u) => u.gardenId === gardenId && u.month === month).map((u) => u.row);
      const others = gardens.filter((g) => g !== gardenId).map(name).join('、');
      lines.push({ category: SIGNAL, garden: name(gardenId), month: monthLabel(month), cell: `第${rows.join('、')}行`, message: `佐证链接 ${link} 也被${others}使用` });
    }
  }
  return lines;
}

/** 问题清单: every open issue and signal, one row each, filterable by the frozen header. */
export function issuesTab(input: DashboardInput): Tab {
  const tab = newTab(TABS.issues.name, TABS.issues.sheetId, WIDTHS, 2);
  const lines = issueLines(input);
  tab.rows.push(
    [cell(`问题清单（截至${monthLabel(input.month.month)}，共${lines.length}条）`, STYLE.title)],
    HEADERS.map((h) => cell(h, STYLE.header)),
    ...lines.map((l) => [cell(l.category), cell(l.garden), cell(l.month), cell(l.cell), cell(l.message, STYLE.text)]),
  );
  tab.merges.push(range(0, 1, 0, WIDTHS.length));
  return tab;
}
