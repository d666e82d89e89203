import { GARDEN_KIND_LABELS, GARDEN_ROLE_LABELS, type GardenMonthResult, type TermAssessment } from '../../../schemas';
import { monthLabel } from '../core/calendar';
import type { FolderRun } from './assess-folder';
import { formatTable } from './text-width';

const score = (n: number) => n.toFixed(1);
const mark = (ok: boolean) => (ok ? '✓' : '✗');

function reporting(g: GardenMonthResult): string {
  if (!g.reported) return '未上报';
  return g.onTime ? '按时' : '逾期';
}

/** The month's verdicts as a Chinese text report: gardens, pairs, then what needs the bureau's attention. */
export function monthSummary(run: FolderRun): string[] {
  const { result } = run;
  const a = result.assessment;
  const names = new Map(a.gardens.map((g) => [g.gardenId, g.name]));
  const lines = [
    `${a.county}${monthLabel(a.month)}结对帮扶月度考核（评估时间 ${a.asOf}，${a.final ? '已截止' : '未截止，结果为临时结果'}${result.replayed ? '；输入未变，沿用已存结果' : ''}）`,
    '',
    ...formatTable([
      ['园所', '角色', '类型', '上报', '完成活动', '达标', '得分'],
      ...a.gardens.map((g) => [
        g.name, GARDEN_ROLE_LABELS[g.role], GARDEN_KIND_LABELS[g.kind], reporting(g), String(g.doneActivities),
        mark(g.meetsMonthlyMinimum), score(g.score),
      ]),
    ]).map((l) => `  ${l}`),
    '',
    '结对考核（捆绑式）：',
    ...formatTable([
      ['帮扶园', '被帮扶园', '结果', '得分'],
      ...a.pairs.map((p) => [
        names.get(p.helperId) ?? p.helperId,
        p.memberIds.filter((id) => id !== p.helperId).map((id) => names.get(id) ?? id).join('、'),
        p.passed ? '通过' : `未通过（${p.failedMemberIds.map((id) => names.get(id) ?? id).join('、')}）`,
        score(p.score),
      ]),
    ]).map((l) => `  ${l}`),
  ];
  const attention = attentionLines(run);
  if (attention.length > 0) lines.push('', '需要关注：', ...attention.map((l) => `  · ${l}`));
  return lines;
}

function attentionLines(run: FolderRun): string[] {
  const { result } = run;
  const a = result.assessment;
  const out: string[] = [];
  for (const g of a.gardens) {
    if (!g.meetsMonthlyMinimum || g.late || g.falsified.length > 0) out.push(`${g.name}：${g.reasons.slice(0, 2).join('；')}`);
  }
  for (const g of result.gardens) {
    for (const m of g.months.filter((x) => x.outcome === 'late')) {
      out.push(`${g.name}：${monthLabel(m.month)}截止后又修改了计划表，修改已记录为逾期修改，不计入考核`);
    }
    if (g.account?.unusable) out.push(`${g.name}：计划表无法读取，已保存的各月数据未改动（${g.account.unusable}）`);
    else if (g.account && g.account.errors > 0) out.push(`${g.name}：计划表中有 ${g.account.errors} 处错误，相关行未计入（用 bangfu validate 查看）`);
    if (!g.sheet) out.push(`${g.name}：没有找到该园的计划表文件`);
  }
  out.push(...run.rosterIssues.map((i) => `结对名单 ${i.message}`));
  out.push(...result.sheetProblems.map((p) => p.message), ...result.unreadable.map((u) => u.message), ...a.notes);
  return out;
}

type TermGarden = TermAssessment['gardens'][number];

/**
 * The term to date (学期截至X月): per garden each month's mark up to `upTo`, the months reported and met so far and
 * the average monthly score so far. Once the term is complete — every month's cutoff passed and the view reaching
 * the last month — also the term score (monthly part + term items), verdict and rank, and the pairs' term
 * verdicts. Before that the term score is left out: it counts the months still open as months without work.
 */
export function termSummary(term: TermAssessment, upTo: string): string[] {
  const months = term.months.filter((m) => m <= upTo);
  const last = term.months[term.months.length - 1];
  const complete = term.final && months.length === term.months.length;
  const sofar = (g: TermGarden) => g.months.filter((m) => m.month <= upTo);
  const monthMark = (g: TermGarden, m: string) => {
    const r = g.months.find((x) => x.month === m);
    if (!r || !r.reported) return '缺';
    return r.meetsMonthlyMinimum ? (r.onTime ? '✓' : '迟') : '✗';
  };
  const status = complete
    ? `学期已结束，${monthLabel(last)}已截止，学期考核为最终结果`
    : `学期未结束，学期得分在${monthLabel(last)}截止后给出`;
  const lines = [
    `${term.termLabel}截至${monthLabel(upTo).replace(/^\d+年/, '')}（${status}）：`,
    ...formatTable([
      ['园所', ...months.map((m) => monthLabel(m).replace(/^\d+年/, '')), '上报月数', '达标月数', '月均得分',
        ...(complete ? ['学期得分', '学期结果', '同类排名'] : [])],
      ...term.gardens.map((g) => {
        const s = sofar(g);
        const average = s.length ? s.reduce((sum, m) => sum + m.score, 0) / s.length : 0;
        return [
          g.name, ...months.map((m) => monthMark(g, m)),
          `${s.filter((m) => m.reported).length}/${months.length}`, `${s.filter((m) => m.meetsMonthlyMinimum).length}/${months.length}`, score(average),
          ...(complete ? [score(g.score), g.passed ? '通过' : '未通过', String(g.rank)] : []),
        ];
      }),
    ]).map((l) => `  ${l}`),
    '  （✓ 达标，迟 逾期上报但达标，✗ 未达标，缺 未上报）',
  ];
  if (!complete) return lines;
  const names = new Map(term.gardens.map((g) => [g.gardenId, g.name]));
  const name = (id: string) => names.get(id) ?? id;
  return [
    ...lines,
    '',
    '结对学期考核（捆绑式）：',
    ...formatTable([
      ['帮扶园', '被帮扶园', '结果', '学期得分'],
      ...term.pairs.map((p) => [
        name(p.helperId),
        p.memberIds.filter((id) => id !== p.helperId).map(name).join('、'),
        p.passed ? '通过' : `未通过（${p.failedMemberIds.map(name).join('、')}）`,
        score(p.score),
      ]),
    ]).map((l) => `  ${l}`),
  ];
}
