import type { GardenMonth } from '../../../schemas/garden-month';
import { TermAssessment } from '../../../schemas/term-assessment';
import { assessTerm } from '../../../functions/src/core/assessment';
import type { TermInput } from '../../../functions/src/core/assessment';
import { AFTER_2020, doneRows, gaotai, passingReports, report, roster, row, spotCheck } from './builders';

const SPRING = ['2020-03', '2020-04', '2020-05', '2020-06'];

/** Every garden meets every spring month; 光彩幼儿园 meets the term items; 第一幼儿园's rows are given per month. */
function springReports(helperRows: (month: string) => ReturnType<typeof doneRows>): GardenMonth[] {
  return SPRING.flatMap((month) => [
    ...passingReports(month).filter((r) => r.gardenId !== '第一幼儿园' && r.gardenId !== '光彩幼儿园'),
    report('第一幼儿园', month, helperRows(month)),
    report('光彩幼儿园', month, helperMonth(3, true)(month)),
  ]);
}

/** Per month: `hours` of 送教 in one activity, `lecture` 专题讲座 or not, plus fillers to reach three. */
function helperMonth(hours: number, lecture: boolean) {
  return (month: string) => [
    row({ row: 5, month, date: `${month}-03`, type: '送教/示范课', task: '送教下乡', classHours: hours }),
    row({ row: 6, month, date: `${month}-10`, type: lecture ? '专题讲座' : '园本教研', task: lecture ? '专题讲座' : '园本教研' }),
    row({ row: 7, month, date: `${month}-17`, type: '环境创设指导', task: '环境创设指导', classHours: null }),
  ];
}

const input = (reports: GardenMonth[], over: Partial<TermInput> = {}): TermInput =>
  ({ roster: roster(), ruleSet: gaotai(), term: '2020-spring', reports, spotChecks: [], asOf: AFTER_2020, ...over });

const helperOf = (t: ReturnType<typeof assessTerm>) => t.gardens[0];

describe('term items of 效果检测 (001): 送教 ≥10 class hours, 2 专题讲座', () => {
  it.each([
    ['9.5 class hours', [2.5, 2.5, 2.5, 2], false, '帮扶园每学期送教不少于10课时：本学期9.5课时'],
    ['10 class hours', [2.5, 2.5, 2.5, 2.5], true, null],
  ])('%s', (_label, hours, met, reason) => {
    const reports = springReports((m) => helperMonth(hours[SPRING.indexOf(m)], true)(m));
    const helper = helperOf(assessTerm(input(reports)));
    expect(helper.items.find((i) => i.id === 'classHours')).toMatchObject({ value: hours.reduce((a, b) => a + b), met });
    expect(helper.passed).toBe(met);
    if (reason) expect(helper.reasons).toContain(reason);
    else expect(helper.reasons).toEqual([]);
  });

  it.each([
    [1, false, 92.5],
    [2, true, 100],
  ])('%i lecture(s) → passed %s, score %s', (lectures, passed, score) => {
    const reports = springReports((m) => helperMonth(3, SPRING.indexOf(m) < lectures)(m));
    const helper = helperOf(assessTerm(input(reports)));
    expect(helper.items.find((i) => i.id === 'lectures')).toMatchObject({ value: lectures, met: passed });
    expect(helper).toMatchObject({ passed, score, monthsMet: 4, monthlyAverage: 100 });
    if (!passed) expect(helper.reasons).toEqual(['帮扶园每学期组织专题讲座不少于2次：本学期完成1次']);
  });

  it('送教课时 of a garden and of the county are what the class-hours item counts, not hours typed on lectures', () => {
    // Every row the builders make has 1 课时 unless given: the lecture and 环境创设 rows carry hours too.
    const reports = springReports((m) => [
      ...helperMonth(2.5, true)(m),
      row({ row: 8, month: m, date: `${m}-20`, type: '专题讲座', task: '线下讲座', classHours: 2 }),
    ]);
    const result = assessTerm(input(reports));
    const helpers = result.gardens.filter((g) => g.role === 'helper');
    for (const g of helpers) expect(g.classHours).toBe(g.items.find((i) => i.id === 'classHours')?.value);
    expect(helperOf(result)).toMatchObject({ classHours: 10 });
    expect(helperOf(result).classHoursByType.专题讲座).toBe(12);
    expect(result.summary.classHours).toBe(helpers.reduce((s, g) => s + g.classHours, 0));
    expect(result.gardens.filter((g) => g.role === 'helped').every((g) => g.classHours === 0)).toBe(true);
  });

  it('a falsified 送教 zeroes the term class-hours item too', () => {
    const reports = springReports(helperMonth(5, true));
    const check = spotCheck({ gardenId: '第一幼儿园', month: '2020-04', activity: { row: 5 } });
    const helper = helperOf(assessTerm(input(reports, { spotChecks: [check] })));
    expect(helper.items.find((i) => i.id === 'classHours')).toMatchObject({ value: 15, points: 0, zeroed: true, met: false });
    expect(helper.falsified).toBe(1);
    expect(helper.passed).toBe(false);
    expect(helper.reasons).toContain('本学期经抽查发现虚报活动1项，相关项目按零分计算');
  });
});

describe('term months and score', () => {
  it('every month must meet the minimum; a missed month fails the term and is named', () => {
    const reports = springReports(helperMonth(3, true)).filter((r) => !(r.gardenId === '黑泉幼儿园' && r.month === '2020-05'));
    const result = assessTerm(input(reports));
    const heiquan = result.gardens.find((g) => g.gardenId === '黑泉幼儿园');
    expect(heiquan).toMatchObject({ monthsReported: 3, monthsMet: 3, monthsMetRate: 0.75, onTimeRate: 0.75, monthlyAverage: 75, score: 75, passed: false });
    expect(heiquan?.reasons).toEqual([
      '当月末未上报资料的月份（视为未开展帮扶工作）：5月',
      '学期内每个月均须达到每月最低要求：未达到的月份为5月',
    ]);
    expect(result.pairs[1]).toMatchObject({ passed: false, failedMemberIds: ['黑泉幼儿园'], score: 75 });
    expect(result.pairs[1].reasons).toEqual(['捆绑式考核：黑泉幼儿园（被帮扶园）本学期考核未通过，结对组不达标']);
  });

  it('ranks gardens within their role and pairs overall; ties share a rank', () => {
    const reports = springReports(helperMonth(3, true)).filter((r) => !(r.gardenId === '新坝幼儿园' && r.month === '2020-03'));
    const result = assessTerm(input(reports));
    expect(result.gardens.map((g) => [g.gardenId, g.score, g.rank])).toEqual([
      ['第一幼儿园', 100, 1], ['新坝幼儿园', 75, 3], ['蕾梦幼儿园', 100, 1], ['光彩幼儿园', 100, 1], ['黑泉幼儿园', 100, 1],
    ]);
    expect(result.pairs.map((p) => [p.pairId, p.score, p.rank])).toEqual([['第一幼儿园', 75, 2], ['光彩幼儿园', 100, 1]]);
  });

  it('follows the schema and is final only once the last month’s cutoff passed', () => {
    const reports = springReports(helperMonth(3, true));
    const final = assessTerm(input(reports));
    expect(TermAssessment.safeParse(final).success).toBe(true);
    expect(final).toMatchObject({ final: true, term: '2020-spring', termLabel: '2020年春季学期', months: SPRING });
    expect(assessTerm(input(reports, { asOf: '2020-06-15T09:00:00+08:00' })).final).toBe(false);
  });

  it('adds up the county: garden-months due, reported, on time', () => {
    const reports = springReports(helperMonth(3, true)).filter((r) => !(r.gardenId === '黑泉幼儿园' && r.month === '2020-05'));
    expect(assessTerm(input(reports)).summary).toMatchObject({
      gardens: 5, pairs: 2, monthsDue: 20, monthsReported: 19, monthsOnTime: 19, monthsMet: 19, reportingRate: 0.95, pairsPassed: 1,
    });
  });

  it('rejects a term the rule set does not have', () => {
    expect(() => assessTerm(input([], { term: '2020-summer' }))).toThrow('未知的学期：2020-summer');
  });
});
