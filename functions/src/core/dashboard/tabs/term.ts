import { GARDEN_KIND_LABELS, GARDEN_ROLE_LABELS } from '../../../../../schemas/roster';
import { chineseDateTime } from '../../calendar/instant';
import { ruleSetCaption } from '../../rules/rule-text';
import { TABS, gardenNames, type DashboardInput } from '../input';
import { cell, fitWidth, newTab, range, type Tab } from '../model';
import { STYLE, verdictLabel, verdictStyle } from '../styles';

const HEADERS = ['角色内排名', '园所', '角色', '类型', '学期得分', '结论', '上报月数', '按时月数', '达标月数', '月均得分', '完成活动', '送教课时', '虚报', '原因'];
const WIDTHS = [10, 22, 10, 8, 10, 12, 9, 9, 9, 10, 9, 9, 7, 60];
const DETAIL = ['园所', '考核项目', '完成', '要求', '单位', '权重', '得分', '达到', '备注'];
const HEADER_ROW = 3;

/** 学期考核: term scores ranked within each role, the pairs' ranking, and every rule's contribution per garden. */
export function termTab(input: DashboardInput): Tab {
  const t = input.term;
  // 园所 (B) holds garden names in the ranking and helper names in the pairs' ranking.
  const widths = WIDTHS.map((w, i) => (i === 1 ? fitWidth(w, (t?.gardens ?? []).map((g) => g.name)) : w));
  const tab = newTab(TABS.term.name, TABS.term.sheetId, widths, HEADER_ROW);
  tab.rows.push(
    [cell(`${t?.termLabel ?? '本月为假期'} 结对帮扶学期考核${t && !t.final ? '（学期未结束，结果为暂定）' : ''}`, STYLE.title)],
    [cell(t ? `考核规则：${ruleSetCaption(t)}　评估时间：${chineseDateTime(t.asOf)}` : '假期不考核', STYLE.subtitle)],
    HEADERS.map((h) => cell(h, STYLE.header)),
  );
  tab.merges.push(range(0, 1, 0, widths.length), range(1, 2, 0, widths.length));
  if (!t) return tab;
  const ranked = [...t.gardens].sort((a, b) => (a.role === b.role ? a.rank - b.rank : a.role === 'helper' ? -1 : 1));
  for (const g of ranked) {
    tab.rows.push([
      cell(g.rank, STYLE.count), cell(g.name), cell(GARDEN_ROLE_LABELS[g.role], STYLE.center), cell(GARDEN_KIND_LABELS[g.kind], STYLE.center),
      cell(g.score, STYLE.score), cell(verdictLabel(g.passed, g.final), verdictStyle(g.passed)), cell(g.monthsReported, STYLE.count),
      cell(g.monthsOnTime, STYLE.count), cell(g.monthsMet, STYLE.count), cell(g.monthlyAverage, STYLE.score),
      cell(g.doneActivities, STYLE.count), cell(g.classHours, STYLE.amount), cell(g.falsified, STYLE.count), cell(g.reasons.join('；'), STYLE.text),
    ]);
  }
  const names = gardenNames(input);
  tab.rows.push([], [cell('对子排名（捆绑式）', STYLE.section)], ['排名', '帮扶园', '成员', '', '对子得分', '结论'].map((h) => cell(h, STYLE.header)));
  for (const p of [...t.pairs].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))) {
    tab.rows.push([
      cell(p.rank, STYLE.count), cell(names.get(p.helperId) ?? p.helperId),
      cell(p.memberIds.filter((id) => id !== p.helperId).map((id) => names.get(id) ?? id).join('、'), STYLE.text), cell(null),
      cell(p.score, STYLE.score), cell(verdictLabel(p.passed, p.final), verdictStyle(p.passed)),
    ]);
  }
  tab.rows.push([], [cell('分项明细', STYLE.section)], DETAIL.map((h) => cell(h, STYLE.header)));
  for (const g of ranked) {
    for (const item of g.items) {
      tab.rows.push([
        cell(g.name), cell(item.rule, STYLE.text), cell(item.value, STYLE.amount), cell(item.min, STYLE.amount), cell(item.unit, STYLE.center),
        cell(item.weight, STYLE.score), cell(item.points, STYLE.score), cell(item.met ? '是' : '否', verdictStyle(item.met)),
        cell([item.gate ? '必达项' : '', item.zeroed ? '因虚报计零分' : ''].filter(Boolean).join('，')),
      ]);
    }
  }
  return tab;
}
