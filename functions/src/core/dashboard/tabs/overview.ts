import type { TermAssessment } from '../../../../../schemas/term-assessment';
import { chineseDateTime } from '../../calendar/instant';
import { monthLabel } from '../../calendar/month';
import { TABS, type DashboardInput } from '../input';
import { cell, newTab, range, type Cell, type Tab } from '../model';
import { STYLE, barGlyphs } from '../styles';

const WIDTHS = [28, 12, 12, 14, 44];
/** 1-based rows of the fixed layout: KPI rows start right under the header so formulas can rely on them. */
const HEADER_ROW = 3;
const RATE_KPIS = 4;

const rate = (n: number, d: number) => (d === 0 ? 0 : n / d);

/**
 * 总览: the county's month and term at a glance. Charts: Google gets native column charts (addChart) over the
 * blocks below; exceljs cannot write charts, so the .xlsx shows the same blocks with data bars (conditional
 * formatting every Excel/WPS version draws) plus a 图示 column of █ glyphs that also survives printing and
 * viewers without conditional-format support. A PNG would need a canvas library we do not ship.
 */
export function overviewTab(input: DashboardInput): Tab {
  const { month: m, term: t } = input;
  const s = m.summary;
  const tab = newTab(TABS.overview.name, TABS.overview.sheetId, WIDTHS, HEADER_ROW);
  const ts = t?.summary;
  tab.rows.push(
    [cell(`${m.county}${m.year}年幼儿园结对帮扶工作看板`, STYLE.title)],
    [cell(`统计月份：${monthLabel(m.month)}　学期：${t?.termLabel ?? '假期（不考核）'}　评估时间：${chineseDateTime(m.asOf)}　${m.final ? '本月已截止' : '本月尚未截止，结果为暂定'}`, STYLE.subtitle)],
    ['指标', '本月', '本学期（至今）', '本月图示', '说明'].map((h) => cell(h, STYLE.header)),
  );
  tab.merges.push(range(0, 1, 0, WIDTHS.length), range(1, 2, 0, WIDTHS.length));
  const rates: [string, number, number | null, string][] = [
    ['上报率', s.reportingRate, ts?.reportingRate ?? null, '已上报的园所 ÷ 应报园所（学期：园所×月份）'],
    ['按时上报率', s.onTimeRate, ts?.onTimeRate ?? null, '每月30日前上报'],
    ['达到每月最低要求的比例', s.meetingMinimumRate, ts ? rate(ts.monthsMet, ts.monthsDue) : null, '帮扶园每月≥3项，被帮扶园每月≥1次观摩交流等'],
    ['结对对子通过率', s.pairPassRate, ts ? rate(ts.pairsPassed, ts.pairs) : null, '捆绑式考核：对子内各园均达标才算通过'],
  ];
  for (const [label, month, term, note] of rates) {
    tab.rows.push([cell(label), cell(month, STYLE.percent), cell(term, STYLE.percent), cell(barGlyphs(month), STYLE.bar), cell(note, STYLE.system)]);
  }
  const counts: [string, number, number | null][] = [
    ['园所数', s.gardens, ts?.gardens ?? null],
    ['通过的对子数', s.pairsPassed, ts?.pairsPassed ?? null],
    ['对子总数', s.pairs, ts?.pairs ?? null],
    ['完成帮扶活动（项）', s.doneActivities, ts?.doneActivities ?? null],
    ['送教课时', s.classHours, ts?.classHours ?? null],
    ['查实虚报的活动（项）', s.falsified, ts?.falsified ?? null],
  ];
  // Whole counts and class hours (2.5) alike: the amount style neither rounds a half hour away nor adds a .0.
  for (const [label, month, term] of counts) tab.rows.push([cell(label), cell(month, STYLE.amount), cell(term, STYLE.amount)]);
  const rateRows = range(RATE_KPIS - 1, RATE_KPIS - 1 + rates.length, 0, 1);
  tab.conditional.push(dataBar(RATE_KPIS - 1, rates.length, 1), dataBar(RATE_KPIS - 1, rates.length, 2));
  tab.charts.push({
    title: '本月与本学期主要指标', categories: rateRows, max: 1, anchor: { row: HEADER_ROW - 1, col: WIDTHS.length + 1 },
    series: [{ name: '本月', values: { ...rateRows, startCol: 1, endCol: 2 } }, { name: '本学期（至今）', values: { ...rateRows, startCol: 2, endCol: 3 } }],
  });
  if (t) monthlyBlock(tab, t);
  return tab;
}

/** 各月情况: one row per school month so far, and a chart over it. */
function monthlyBlock(tab: Tab, t: TermAssessment): void {
  tab.rows.push([], [cell('各月情况（本学期）', STYLE.section)], ['月份', '上报率', '按时上报率', '达标率'].map((h) => cell(h, STYLE.header)));
  const first = tab.rows.length;
  for (const [i, month] of t.months.entries()) {
    const of = t.gardens.map((g) => g.months[i]).filter((x) => x !== undefined);
    if (!of.some((x) => x.final || x.reported)) continue;
    const share = (f: (x: (typeof of)[number]) => boolean): Cell => cell(rate(of.filter(f).length, of.length), STYLE.percent);
    tab.rows.push([cell(`${monthLabel(month)}${of.every((x) => x.final) ? '' : '（暂定）'}`), share((x) => x.reported), share((x) => x.onTime), share((x) => x.meetsMonthlyMinimum)]);
  }
  const n = tab.rows.length - first;
  if (n === 0) return;
  for (const col of [1, 2, 3]) tab.conditional.push(dataBar(first, n, col));
  const cats = range(first, first + n, 0, 1);
  tab.charts.push({
    title: '各月上报与达标情况', categories: cats, max: 1, anchor: { row: HEADER_ROW + 16, col: WIDTHS.length + 1 },
    series: ['上报率', '按时上报率', '达标率'].map((name, i) => ({ name, values: { ...cats, startCol: i + 1, endCol: i + 2 } })),
  });
}

function dataBar(row0: number, rows: number, col: number) {
  return { kind: 'dataBar' as const, range: range(row0, row0 + rows, col, col + 1), min: 0, max: 1, color: '#5b9bd5' };
}
