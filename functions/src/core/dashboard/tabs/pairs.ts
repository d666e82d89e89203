import type { PairResult } from '../../../../../schemas/assessment';
import { GARDEN_KIND_LABELS, GARDEN_ROLE_LABELS } from '../../../../../schemas/roster';
import { monthLabel } from '../../calendar/month';
import { TABS, gardenNames, type DashboardInput } from '../input';
import { cell, fitWidth, newTab, range, type Cell, type Tab } from '../model';
import { STYLE, verdictLabel, verdictStyle } from '../styles';

const HEADERS = ['园所', '角色', '类型', '本月结论', '本月得分', '学期结论', '学期得分', '原因'];
const WIDTHS = [24, 10, 8, 14, 10, 14, 10, 70];
const HEADER_ROW = 3;

const verdict = (passed: boolean | undefined, final: boolean | undefined): Cell =>
  passed === undefined ? cell(null) : cell(verdictLabel(passed, final ?? true), verdictStyle(passed));
const score = (n: number | undefined): Cell => cell(n ?? null, STYLE.score);

/** 帮扶对子: one block per pair — its gardens, then the bundled (捆绑式) verdicts and the reasons. */
export function pairsTab(input: DashboardInput): Tab {
  const { month: m, term: t } = input;
  const names = gardenNames(input);
  const widths = WIDTHS.map((w, i) => (i === 0 ? fitWidth(w, names.values()) : w));
  const tab = newTab(TABS.pairs.name, TABS.pairs.sheetId, widths, HEADER_ROW);
  tab.rows.push(
    [cell('结对帮扶对子考核（捆绑式：对子内各园均达标，对子才算通过）', STYLE.title)],
    [cell(`本月：${monthLabel(m.month)}${m.final ? '' : '（暂定）'}　学期：${t?.termLabel ?? '—'}${t && !t.final ? '（至今，暂定）' : ''}`, STYLE.subtitle)],
    HEADERS.map((h) => cell(h, STYLE.header)),
  );
  tab.merges.push(range(0, 1, 0, widths.length), range(1, 2, 0, widths.length));
  const monthGarden = new Map(m.gardens.map((g) => [g.gardenId, g]));
  const termGarden = new Map((t?.gardens ?? []).map((g) => [g.gardenId, g]));
  const termPair = new Map((t?.pairs ?? []).map((p) => [p.pairId, p]));
  const pairs: PairResult[] = m.pairs.length > 0 ? m.pairs : (t?.pairs ?? []);
  for (const [i, pair] of pairs.entries()) {
    const monthPair = m.pairs.find((p) => p.pairId === pair.pairId);
    const tp = termPair.get(pair.pairId);
    const helped = pair.memberIds.filter((id) => id !== pair.helperId).map((id) => names.get(id) ?? id);
    tab.merges.push(range(tab.rows.length, tab.rows.length + 1, 0, widths.length));
    tab.rows.push([cell(`对子${i + 1}：${names.get(pair.helperId) ?? pair.helperId} 帮扶 ${helped.join('、')}`, STYLE.section)]);
    for (const id of pair.memberIds) {
      const mg = monthGarden.get(id);
      const tg = termGarden.get(id);
      const g = mg ?? tg;
      if (!g) continue;
      tab.rows.push([
        cell(g.name), cell(GARDEN_ROLE_LABELS[g.role], STYLE.center), cell(GARDEN_KIND_LABELS[g.kind], STYLE.center),
        verdict(mg?.meetsMonthlyMinimum, mg?.final), score(mg?.score), verdict(tg?.passed, tg?.final), score(tg?.score),
        cell([...(mg?.reasons ?? []), ...(tg?.reasons ?? []).map((r) => `学期：${r}`)].join('；'), STYLE.text),
      ]);
    }
    tab.rows.push([
      cell('对子（捆绑）', { bold: true }), cell(monthPair?.rank ? `第${monthPair.rank}名` : '', STYLE.center), cell(null),
      verdict(monthPair?.passed, monthPair?.final), score(monthPair?.score), verdict(tp?.passed, tp?.final), score(tp?.score),
      cell([...(monthPair?.reasons ?? []), ...(tp?.reasons ?? []).map((r) => `学期：${r}`)].join('；'), STYLE.text),
    ]);
    tab.rows.push([]);
  }
  return tab;
}
