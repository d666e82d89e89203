import { assessMonth } from '../../../functions/src/core/assessment';
import { assessOne, monthInput, row, spotCheck } from './builders';

/** 四项 done, one of them the 3月12日 送教 the bureau found falsified. */
const rows = () => [
  row({ row: 5, date: '2020-03-05', type: '专题讲座', task: '区角活动专题讲座' }),
  row({ row: 6, date: '2020-03-12', type: '送教/示范课', task: '送教下乡' }),
  row({ row: 7, date: '2020-03-18', type: '环境创设指导', task: '指导区角环境创设' }),
  row({ row: 8, date: '2020-03-25', type: '资源捐赠', task: '捐赠图书' }),
];

describe('falsified reports: 相关项目按零分计算 (五、4)', () => {
  it('a falsified activity does not count, its items score zero, and the month’s minimum is missed', () => {
    const check = spotCheck({ gardenId: '第一幼儿园', activity: { date: '2020-03-12', task: '送教' }, note: '走访师幼核实未开展' });
    const { garden, item } = assessOne('第一幼儿园', rows(), { spotChecks: [check] });
    expect(garden.doneActivities).toBe(3);
    expect(garden.falsified).toEqual([{ row: 6, date: '2020-03-12', task: '送教下乡', type: '送教/示范课', spotCheckId: 'sc-1' }]);
    // 3 genuine activities would meet the quota, but the quota item is what the falsified activity belonged to.
    expect(item('activities')).toMatchObject({ value: 3, points: 0, met: false, zeroed: true });
    expect(item('visit')).toMatchObject({ points: 0, zeroed: true });
    expect(item('evidence')).toMatchObject({ points: 0, zeroed: true });
    expect(item('timeliness')).toMatchObject({ points: 20, zeroed: false });
    expect(garden).toMatchObject({ meetsMonthlyMinimum: false, score: 20 });
    expect(garden.reasons).toEqual([
      '经抽查，3月12日“送教下乡”系虚报，相关项目按零分计算（走访师幼核实未开展）',
      '帮扶园每月开展帮扶活动不少于3项：本月完成3项，因虚报按零分计算',
      '帮扶园每月派人到被帮扶园开展现场指导不少于1次（线上活动不计）：本月完成2次，因虚报按零分计算',
    ]);
  });

  it('only items the falsified activity’s type belongs to are zeroed', () => {
    // A helped garden's falsified 送教 row is outside its 观摩交流 item; the item keeps its points.
    const helpedRows = [row({ row: 5, type: '观摩交流', task: '到第一幼儿园观摩区域活动' }), row({ row: 6, type: '送教/示范课', task: '示范课' })];
    const check = spotCheck({ gardenId: '新坝幼儿园', activity: { row: 6 } });
    const { garden, item } = assessOne('新坝幼儿园', helpedRows, { spotChecks: [check] });
    expect(item('activities')).toMatchObject({ points: 60, zeroed: false, met: true });
    expect(item('evidence')).toMatchObject({ points: 0, zeroed: true });
    expect(garden).toMatchObject({ meetsMonthlyMinimum: true, score: 80, doneActivities: 1 });
  });

  it('a passed spot check changes nothing', () => {
    const check = spotCheck({ gardenId: '第一幼儿园', activity: { row: 6 }, verdict: 'passed' });
    const withCheck = assessOne('第一幼儿园', rows(), { spotChecks: [check] }).garden;
    const without = assessOne('第一幼儿园', rows()).garden;
    expect(withCheck).toEqual(without);
    expect(withCheck.score).toBe(100);
  });

  it.each([
    ['a later re-check that passes overrides an earlier falsified verdict', 'passed', '2020-04-20T09:00:00+08:00', 0],
    ['a later falsified verdict overrides an earlier pass', 'falsified', '2020-04-20T09:00:00+08:00', 1],
    ['at the same instant the falsified verdict wins', 'passed', '2020-04-10T09:00:00+08:00', 1],
  ] as const)('%s', (_label, laterVerdict, laterAt, falsified) => {
    const first = spotCheck({ id: 'a', gardenId: '第一幼儿园', activity: { row: 6 }, verdict: laterVerdict === 'passed' ? 'falsified' : 'passed' });
    const later = spotCheck({ id: 'b', gardenId: '第一幼儿园', activity: { row: 6 }, verdict: laterVerdict, checkedAt: laterAt });
    for (const spotChecks of [[first, later], [later, first]]) {
      expect(assessOne('第一幼儿园', rows(), { spotChecks }).garden.falsified).toHaveLength(falsified);
    }
  });

  it.each([
    ['row number', { row: 6 }, 1],
    ['date and task fragment with spaces', { date: '2020-03-12', task: '送 教' }, 1],
    ['date alone hits every activity that day', { date: '2020-03-05' }, 1],
    ['task fragment shared by two rows', { task: '区角' }, 2],
    ['row and a date that disagree', { row: 6, date: '2020-03-05' }, 0],
  ])('matches by %s', (_label, activity, matched) => {
    const { garden } = assessOne('第一幼儿园', rows(), { spotChecks: [spotCheck({ gardenId: '第一幼儿园', activity })] });
    expect(garden.falsified).toHaveLength(matched);
  });

  it('reports a spot check that matches nothing instead of dropping it', () => {
    const checks = [
      spotCheck({ id: 'sc-9', gardenId: '第一幼儿园', activity: { date: '2020-03-30', task: '家长会' } }),
      spotCheck({ id: 'sc-10', gardenId: '不存在幼儿园', activity: { row: 3 } }),
      spotCheck({ id: 'sc-11', gardenId: '第一幼儿园', month: '2020-04', activity: { row: 6 } }),
    ];
    const result = assessMonth(monthInput({ spotChecks: checks }));
    expect(result.notes).toEqual([
      '抽查记录“sc-9”（第一幼儿园，3月30日“家长会”）未能对应到本月资料中的活动，未予处理，请核对',
      '抽查记录涉及的园所“不存在幼儿园”不在结对名单中，未予处理',
    ]);
    expect(result.gardens[0].score).toBe(100);
  });
});
