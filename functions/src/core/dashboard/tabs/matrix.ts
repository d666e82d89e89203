import { GARDEN_KIND_LABELS, GARDEN_ROLE_LABELS } from '../../../../../schemas/roster';
import type { GardenTermMonth } from '../../../../../schemas/term-assessment';
import { monthLabel } from '../../calendar/month';
import { TABS, gardenNames, type DashboardInput } from '../input';
import { cell, fitWidth, newTab, range, type Tab } from '../model';
import { MONTH_STATUS, MONTH_STATUS_ORDER, STYLE, type MonthStatus } from '../styles';

/** Fixed columns first (园所 … 上报月数), months after: formulas on the fixed columns survive a new term. */
const FIXED = ['园所', '角色', '类型', '所属对子', '达标月数', '上报月数'];
const HEADER_ROW = 3;

/** The worst thing about a garden-month wins: an exception, then not reported, not met, late, met. */
export function monthStatus(m: GardenTermMonth, exception: boolean): MonthStatus {
  if (exception) return 'exception';
  if (!m.reported) return m.final ? 'missing' : 'pending';
  if (!m.meetsMonthlyMinimum) return 'not_met';
  return m.onTime ? 'met' : 'late';
}

/** 月度完成矩阵: gardens × the term's school months, each cell a status coloured by conditional formatting. */
export function matrixTab(input: DashboardInput): Tab {
  const t = input.term;
  const months = t?.months ?? [];
  const names = gardenNames(input);
  const gardens = t?.gardens ?? [];
  const widths = [
    fitWidth(22, gardens.map((g) => g.name)), 10, 8, fitWidth(16, gardens.map((g) => names.get(g.pairId) ?? g.pairId)), 9, 9,
    ...months.map(() => 12),
  ];
  const tab = newTab(TABS.matrix.name, TABS.matrix.sheetId, widths, HEADER_ROW);
  tab.rows.push(
    [cell(`${t?.termLabel ?? '本月为假期'} 各园每月完成情况`, STYLE.title)],
    [cell('图例：', STYLE.header), ...MONTH_STATUS_ORDER.map((s) => cell(MONTH_STATUS[s].label, { align: 'center', fill: MONTH_STATUS[s].fill, color: MONTH_STATUS[s].color, bold: true }))],
    [...FIXED, ...months.map((m) => monthLabel(m).replace(/^\d+年/, ''))].map((h) => cell(h, STYLE.header)),
  );
  tab.merges.push(range(0, 1, 0, Math.max(widths.length, MONTH_STATUS_ORDER.length + 1)));
  if (!t) return tab;
  const excepted = new Set(input.exceptions.map((e) => `${e.gardenId}|${e.month}`));
  for (const g of t.gardens) {
    tab.rows.push([
      cell(g.name), cell(GARDEN_ROLE_LABELS[g.role], STYLE.center), cell(GARDEN_KIND_LABELS[g.kind], STYLE.center),
      cell(names.get(g.pairId) ?? g.pairId), cell(g.monthsMet, STYLE.count), cell(g.monthsReported, STYLE.count),
      ...g.months.map((m) => cell(MONTH_STATUS[monthStatus(m, excepted.has(`${g.gardenId}|${m.month}`))].label, STYLE.center)),
    ]);
  }
  const body = range(HEADER_ROW, HEADER_ROW + t.gardens.length, FIXED.length, FIXED.length + months.length);
  for (const s of MONTH_STATUS_ORDER) {
    tab.conditional.push({ kind: 'textEquals', range: body, text: MONTH_STATUS[s].label, fill: MONTH_STATUS[s].fill, color: MONTH_STATUS[s].color });
  }
  const legendRow = tab.rows.length + 1;
  tab.rows.push([], [cell('说明', STYLE.section)]);
  for (const s of MONTH_STATUS_ORDER) tab.rows.push([cell(MONTH_STATUS[s].label, STYLE.center), cell(MONTH_STATUS[s].meaning)]);
  tab.conditional.push(...MONTH_STATUS_ORDER.map((s) => ({
    kind: 'textEquals' as const, range: range(legendRow + 1, legendRow + 1 + MONTH_STATUS_ORDER.length, 0, 1),
    text: MONTH_STATUS[s].label, fill: MONTH_STATUS[s].fill, color: MONTH_STATUS[s].color,
  })));
  return tab;
}
