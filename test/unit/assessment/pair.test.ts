import { assessMonth } from '../../../functions/src/core/assessment';
import { doneRows, gaotai, monthInput, passingReports, report } from './builders';

const withReport = (gardenId: string, rows: ReturnType<typeof doneRows>) =>
  [...passingReports().filter((r) => r.gardenId !== gardenId), report(gardenId, '2020-03', rows)];

describe('pairs are assessed together (捆绑式考核)', () => {
  it('passes when every member meets the minimum', () => {
    const result = assessMonth(monthInput());
    expect(result.pairs.map((p) => [p.pairId, p.passed, p.score, p.rank])).toEqual([['第一幼儿园', true, 100, 1], ['光彩幼儿园', true, 100, 1]]);
    expect(result.pairs[0].memberIds).toEqual(['第一幼儿园', '新坝幼儿园', '蕾梦幼儿园']);
  });

  it('fails the whole pair, helper included, when one helped garden fails — and names it', () => {
    const result = assessMonth(monthInput({ reports: withReport('蕾梦幼儿园', doneRows(1, '资源捐赠')) }));
    const [first, second] = result.pairs;
    expect(first).toMatchObject({ passed: false, failedMemberIds: ['蕾梦幼儿园'], score: 40 });
    expect(first.reasons).toEqual(['捆绑式考核：蕾梦幼儿园（被帮扶园）本月未达到最低要求，结对组不达标']);
    expect(result.gardens[0].meetsMonthlyMinimum).toBe(true);
    expect(second).toMatchObject({ passed: true, rank: 1 });
    expect(first.rank).toBe(2);
  });

  it('names every failing member, helper first', () => {
    const reports = passingReports().filter((r) => r.gardenId !== '第一幼儿园' && r.gardenId !== '新坝幼儿园');
    const pair = assessMonth(monthInput({ reports })).pairs[0];
    expect(pair.failedMemberIds).toEqual(['第一幼儿园', '新坝幼儿园']);
    expect(pair.reasons).toEqual([
      '捆绑式考核：第一幼儿园（帮扶园）本月未达到最低要求，结对组不达标',
      '捆绑式考核：新坝幼儿园（被帮扶园）本月未达到最低要求，结对组不达标',
    ]);
  });

  it.each([
    ['min', 40],
    ['mean', 80],
  ] as const)('scores the pair by the rule set’s bundling policy: %s', (score, expected) => {
    const rules = gaotai();
    const ruleSet = { ...rules, bundling: { ...rules.bundling, score } };
    const pair = assessMonth(monthInput({ ruleSet, reports: withReport('蕾梦幼儿园', doneRows(1, '资源捐赠')) })).pairs[0];
    // members score 100, 100, 40
    expect(pair.score).toBe(expected);
  });
});
