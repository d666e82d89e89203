import { assessTerm } from '../../../functions/src/core/assessment';
import { termSummary } from '../../../functions/src/cli/assess-summary';
import { gaotai, passingReports, roster } from '../assessment/builders';

const SPRING = ['2020-03', '2020-04', '2020-05', '2020-06'];
const term = (months: readonly string[], asOf: string) => assessTerm({
  roster: roster(), ruleSet: gaotai(), term: '2020-spring', spotChecks: [], asOf,
  // 黑泉幼儿园 reports every month but June.
  reports: months.flatMap((m) => passingReports(m).filter((r) => !(r.gardenId === '黑泉幼儿园' && m === '2020-06'))),
});
const rowOf = (lines: string[], name: string) => lines.find((l) => l.trim().startsWith(name))!.trim().split(/\s+/);

describe('termSummary: the term to date on the console', () => {
  it('after June’s cutoff the spring term is complete: term score, verdict and rank, and the pairs’ term verdicts', () => {
    const t = term(SPRING, '2020-07-01T09:00:00+08:00');
    expect(t.final).toBe(true);
    const lines = termSummary(t, '2020-06');
    expect(lines[0]).toBe('2020年春季学期截至6月（学期已结束，2020年6月已截止，学期考核为最终结果）：');
    expect(rowOf(lines, '园所')).toEqual(['园所', '3月', '4月', '5月', '6月', '上报月数', '达标月数', '月均得分', '学期得分', '学期结果', '同类排名']);
    const heiquan = t.gardens.find((g) => g.gardenId === '黑泉幼儿园')!;
    expect(rowOf(lines, '黑泉幼儿园')).toEqual(['黑泉幼儿园', '✓', '✓', '✓', '缺', '3/4', '3/4', '75.0', heiquan.score.toFixed(1), '未通过', String(heiquan.rank)]);
    const xinba = t.gardens.find((g) => g.gardenId === '新坝幼儿园')!;
    expect(rowOf(lines, '新坝幼儿园').slice(5)).toEqual(['4/4', '4/4', '100.0', xinba.score.toFixed(1), xinba.passed ? '通过' : '未通过', String(xinba.rank)]);
    expect(lines).toContain('结对学期考核（捆绑式）：');
    const pair = t.pairs.find((p) => p.pairId === '光彩幼儿园')!;
    expect(lines.at(-1)!.trim().split(/\s+/)).toEqual(['光彩幼儿园', '黑泉幼儿园', '未通过（光彩幼儿园、黑泉幼儿园）', pair.score.toFixed(1)]);
  });

  it('mid-term it shows the months so far, with no term score (the open months would count as no work)', () => {
    const t = term(SPRING.slice(0, 2), '2020-05-01T09:00:00+08:00');
    expect(t.final).toBe(false);
    const lines = termSummary(t, '2020-04');
    expect(lines[0]).toBe('2020年春季学期截至4月（学期未结束，学期得分在2020年6月截止后给出）：');
    expect(rowOf(lines, '园所')).toEqual(['园所', '3月', '4月', '上报月数', '达标月数', '月均得分']);
    expect(rowOf(lines, '黑泉幼儿园')).toEqual(['黑泉幼儿园', '✓', '✓', '2/2', '2/2', '100.0']);
    expect(lines.join('\n')).not.toContain('结对学期考核');
  });

  it('a past month re-assessed after the term ended stays a to-date view', () => {
    const lines = termSummary(term(SPRING, '2020-07-01T09:00:00+08:00'), '2020-04');
    expect(lines[0]).toBe('2020年春季学期截至4月（学期未结束，学期得分在2020年6月截止后给出）：');
    expect(rowOf(lines, '园所')).not.toContain('学期得分');
  });
});
