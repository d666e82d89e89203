import type { ActivityType, Status } from '../../../schemas/activity';
import { MonthAssessment } from '../../../schemas/assessment';
import { assessMonth } from '../../../functions/src/core/assessment';
import { assessOne, doneRows, monthInput, row } from './builders';

describe('helper gardens: 帮扶园每月开展帮扶工作不少于三项', () => {
  it.each([
    [2, false, 33.3, ['帮扶园每月开展帮扶活动不少于3项：本月完成2项']],
    [3, true, 50, []],
    [4, true, 50, []],
  ])('%i done activities → meets %s, activities item %s points', (done, meets, points, reasons) => {
    const { garden, item } = assessOne('第一幼儿园', doneRows(done, '送教/示范课'));
    expect(garden.doneActivities).toBe(done);
    expect(garden.meetsMonthlyMinimum).toBe(meets);
    expect(item('activities')).toMatchObject({ value: done, min: 3, points, met: meets, gate: true });
    expect(garden.reasons).toEqual(reasons);
  });

  it('counts every activity type towards the three', () => {
    const rows = [row({ type: '资源捐赠', task: '捐赠图书' }), row({ type: '家园共育', task: '家长讲座' }), row({ type: '其他', task: '防疫指导' })];
    const { garden } = assessOne('第一幼儿园', rows);
    expect(garden.meetsMonthlyMinimum).toBe(true);
    expect(garden.byType).toMatchObject({ 资源捐赠: 1, 家园共育: 1, 其他: 1, '送教/示范课': 0 });
  });

  it('scores a full month 100: activities 50 + visit 10 + on time 20 + evidence 20', () => {
    const { garden } = assessOne('第一幼儿园', doneRows(3));
    expect(garden.items.map((i) => [i.id, i.points])).toEqual([['activities', 50], ['visit', 10], ['timeliness', 20], ['evidence', 20]]);
    expect(garden.score).toBe(100);
  });

  it('scores the monthly visit (001 帮扶幼儿园1) without making it a minimum', () => {
    const { garden, item } = assessOne('第一幼儿园', doneRows(3, '资源捐赠'));
    expect(item('visit')).toMatchObject({ value: 0, points: 0, met: false, gate: false });
    expect(garden.meetsMonthlyMinimum).toBe(true);
    expect(garden.score).toBe(90);
    expect(garden.reasons).toEqual(['帮扶园每月派人到被帮扶园开展现场指导不少于1次（线上活动不计）：本月完成0次']);
  });

  it('does not credit the on-site visit for work done online (四（三）2：实地交流 vs 利用“钉钉”等平台进行线上指导)', () => {
    // 光彩's March 2020 in the demo: every activity online.
    const online = [
      row({ row: 5, date: '2020-03-04', type: '专题讲座', task: '钉钉线上专题讲座：疫情防控期间幼儿居家生活指导' }),
      row({ row: 6, date: '2020-03-11', type: '送教/示范课', task: '线上示范课：大班科学活动《有趣的影子》，黑泉幼儿园教师同步收看' }),
      row({ row: 7, date: '2020-03-18', type: '环境创设指导', task: '钉钉线上指导黑泉幼儿园教师制定区角活动计划' }),
      row({ row: 8, date: '2020-03-25', type: '园本教研', task: '园本教研：区角材料投放', note: '因疫情通过腾讯会议开展' }),
    ];
    const { garden, item } = assessOne('第一幼儿园', online);
    expect(item('activities')).toMatchObject({ value: 4, met: true });
    expect(item('visit')).toMatchObject({ value: 0, points: 0, met: false });
    expect(garden.meetsMonthlyMinimum).toBe(true);
    expect(garden.reasons).toEqual(['帮扶园每月派人到被帮扶园开展现场指导不少于1次（线上活动不计）：本月完成0次']);

    const onSite = row({ row: 9, date: '2020-03-27', type: '环境创设指导', task: '环境创设指导：到黑泉幼儿园指导区角设置与材料投放' });
    expect(assessOne('第一幼儿园', [...online, onSite]).item('visit')).toMatchObject({ value: 1, points: 10, met: true });
  });
});

describe('helped gardens: 被帮扶园每月安排观摩交流等活动不少于1次', () => {
  it.each<[ActivityType, boolean]>([
    ['观摩交流', true],
    ['跟岗学习', true],
    ['送教/示范课', false],
    ['园本教研', false],
    ['其他', false],
  ])('one done %s → meets %s', (type, meets) => {
    const { garden } = assessOne('新坝幼儿园', doneRows(1, type));
    expect(garden.meetsMonthlyMinimum).toBe(meets);
    expect(garden.doneActivities).toBe(1);
    expect(garden.reasons).toEqual(meets ? [] : ['被帮扶园每月安排观摩交流等活动不少于1次：本月完成0次']);
  });

  it('weights the observation item 60, on time 20, evidence 20', () => {
    const { garden } = assessOne('新坝幼儿园', doneRows(1, '观摩交流'));
    expect(garden.items.map((i) => [i.id, i.weight])).toEqual([['activities', 60], ['timeliness', 20], ['evidence', 20]]);
    expect(garden.score).toBe(100);
  });
});

describe('only done activities count', () => {
  it.each<[Status, number]>([['planned', 0], ['not_done', 0], ['postponed', 0], ['cancelled', 0], ['done', 3]])(
    'three %s activities count %i',
    (status, counted) => {
      const { garden } = assessOne('第一幼儿园', doneRows(3, '送教/示范课', '2020-03', { status }));
      expect(garden.doneActivities).toBe(counted);
      expect(garden.meetsMonthlyMinimum).toBe(counted >= 3);
    },
  );

  it('ignores rows of another month in the snapshot', () => {
    const rows = [...doneRows(2), row({ month: '2020-04', date: '2020-04-02' })];
    expect(assessOne('第一幼儿园', rows).garden.doneActivities).toBe(2);
  });

  it('does not count done activities dated after the evaluation time, and says so', () => {
    const rows = [...doneRows(3), row({ row: 20, date: '2020-03-28', task: '送教下乡' })];
    const { garden } = assessOne('第一幼儿园', rows, { asOf: '2020-03-25T12:00:00+08:00' });
    expect(garden).toMatchObject({ doneActivities: 3, futureDated: 1, final: false });
    expect(garden.reasons).toContain('3月28日“送教下乡”的日期晚于评估时间，暂不计入');
  });

  it('counts an undated done activity', () => {
    const { garden } = assessOne('第一幼儿园', [...doneRows(2), row({ date: null })]);
    expect(garden.doneActivities).toBe(3);
  });
});

describe('vacation months are not assessed', () => {
  it.each(['2020-01', '2020-02', '2020-07', '2020-08'])('%s', (month) => {
    const result = assessMonth(monthInput({ month }));
    expect(result).toMatchObject({ term: null, gardens: [], pairs: [] });
    expect(result.summary.gardens).toBe(0);
    expect(result.notes[0]).toMatch(/^2020年\d+月为假期，不在考核月份内$/);
  });
});

describe('the result', () => {
  it('follows the schema, lists gardens and pairs in roster order, and records the rule set', () => {
    const result = assessMonth(monthInput());
    expect(MonthAssessment.safeParse(result).success).toBe(true);
    expect(result.gardens.map((g) => g.gardenId)).toEqual(['第一幼儿园', '新坝幼儿园', '蕾梦幼儿园', '光彩幼儿园', '黑泉幼儿园']);
    expect(result.pairs.map((p) => p.pairId)).toEqual(['第一幼儿园', '光彩幼儿园']);
    expect(result).toMatchObject({ ruleSetId: 'gaotai-2020', ruleSetVersion: 2, term: '2020-spring', final: true });
  });

  it('every score is the sum of its items’ points', () => {
    const { month } = assessOne('第一幼儿园', doneRows(2, '其他', '2020-03', { evidence: { plan: 'a', record: null, summary: null, photos: null } }));
    for (const g of month.gardens) {
      expect(g.score).toBeCloseTo(g.items.reduce((s, i) => s + i.points, 0), 6);
    }
  });
});
