import { assessOne, doneRows, FULL_EVIDENCE, row } from './builders';

describe('evidence: 有方案、有记录、有总结、有图片信息 (五、3)', () => {
  it.each([
    ['all four on every activity', [FULL_EVIDENCE, FULL_EVIDENCE, FULL_EVIDENCE], 3, 1, 20],
    ['one activity lacks photos', [FULL_EVIDENCE, FULL_EVIDENCE, { ...FULL_EVIDENCE, photos: null }], 2, 2 / 3, 13.3],
    ['a blank link is missing', [FULL_EVIDENCE, { ...FULL_EVIDENCE, summary: '   ' }, FULL_EVIDENCE], 2, 2 / 3, 13.3],
    ['nothing attached', [{ plan: null, record: null, summary: null, photos: null }, { plan: null, record: null, summary: null, photos: null }, { plan: null, record: null, summary: null, photos: null }], 0, 0, 0],
  ])('%s', (_label, evidences, complete, ratio, points) => {
    const rows = evidences.map((evidence, i) => row({ row: 5 + i, date: `2020-03-0${i + 1}`, evidence, task: `活动${i + 1}` }));
    const { garden, item } = assessOne('第一幼儿园', rows);
    expect(garden.evidenceComplete).toBe(complete);
    expect(garden.evidenceRatio).toBeCloseTo(ratio, 10);
    expect(item('evidence')).toMatchObject({ points, met: complete === 3 });
  });

  it('names each activity and what it lacks', () => {
    const rows = [
      ...doneRows(2),
      row({ row: 9, date: '2020-03-12', task: '送教下乡', evidence: { ...FULL_EVIDENCE, summary: null, photos: '' } }),
      row({ row: 10, date: null, task: '捐赠图书', type: '资源捐赠', evidence: { ...FULL_EVIDENCE, plan: null } }),
    ];
    expect(assessOne('第一幼儿园', rows).garden.reasons).toEqual([
      '3月12日“送教下乡”资料不全，缺少总结、图片',
      '第10行“捐赠图书”资料不全，缺少方案',
    ]);
  });

  it('only judges activities that count', () => {
    const rows = [...doneRows(3), row({ status: 'planned', evidence: { plan: null, record: null, summary: null, photos: null } })];
    expect(assessOne('第一幼儿园', rows).garden).toMatchObject({ evidenceComplete: 3, evidenceRatio: 1 });
  });
});

describe('class hours', () => {
  it('adds class hours per type, totals only 送教 (what the 10-hour rule counts), and flags a blank 课时 on a 送教 activity', () => {
    const rows = [
      row({ row: 5, date: '2020-03-02', classHours: 2.5 }),
      row({ row: 6, date: '2020-03-09', classHours: null, task: '示范课' }),
      row({ row: 7, date: '2020-03-16', type: '专题讲座', task: '讲座', classHours: 1 }),
      row({ row: 8, date: '2020-03-20', type: '资源捐赠', task: '捐赠', classHours: null }),
    ];
    const { garden } = assessOne('第一幼儿园', rows);
    expect(garden.classHoursByType).toMatchObject({ '送教/示范课': 2.5, 专题讲座: 1, 资源捐赠: 0 });
    // The lecture's hour is kept per type but is not 送教课时: the total must agree with the rule's count.
    expect(garden.classHours).toBe(2.5);
    expect(garden.reasons).toEqual(['3月9日“示范课”未填写课时，按0课时计']);
  });
});
