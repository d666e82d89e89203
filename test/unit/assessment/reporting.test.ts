import { assessMonth } from '../../../functions/src/core/assessment';
import { assessOne, doneRows, gaotai, monthInput, passingReports, report } from './builders';

const FINAL = '2020-04-05T09:00:00+08:00';

describe('materials in by the 30th; a month not reported by month end counts as no work (五、3 / 五、4)', () => {
  it.each([
    ['on the 20th', '2020-03-20T10:00:00+08:00', { reported: true, onTime: true, late: false, score: 100 }, []],
    ['on the 30th at 23:59', '2020-03-30T23:59:00+08:00', { reported: true, onTime: true, late: false, score: 100 }, []],
    ['on the 31st (late but in)', '2020-03-31T08:00:00+08:00', { reported: true, onTime: false, late: true, score: 90, doneActivities: 3, meetsMonthlyMinimum: true },
      ['资料在30日后上报（迟报），按时上报项按50%计分']],
    ['on the 31st at 23:59 UTC+8 given in UTC', '2020-03-31T15:59:00Z', { reported: true, late: true, score: 90 },
      ['资料在30日后上报（迟报），按时上报项按50%计分']],
    ['on April 1st (after the cutoff)', '2020-04-01T00:00:00+08:00', { reported: false, onTime: false, late: false, score: 0, doneActivities: 0, meetsMonthlyMinimum: false },
      ['资料于当月末后才上报，视为本月未开展帮扶工作']],
  ])('first reported %s', (_label, firstReportedAt, expected, reasons) => {
    const { garden } = assessOne('第一幼儿园', doneRows(3), { asOf: FINAL, reportOver: { firstReportedAt } });
    expect(garden).toMatchObject({ ...expected, final: true });
    expect(garden.reasons).toEqual(reasons);
  });

  it('a garden with no report at the cutoff scores zero and did no work', () => {
    const reports = passingReports().filter((r) => r.gardenId !== '蕾梦幼儿园');
    const g = assessMonth(monthInput({ reports, asOf: FINAL })).gardens.find((x) => x.gardenId === '蕾梦幼儿园');
    expect(g).toMatchObject({ reported: false, reportedAt: null, score: 0, doneActivities: 0, meetsMonthlyMinimum: false, final: true });
    expect(g?.reasons).toEqual(['当月末未上报资料，视为本月未开展帮扶工作']);
    expect(g?.items.every((i) => i.points === 0)).toBe(true);
  });

  it('a snapshot with no rows yet (firstReportedAt null) is not a report', () => {
    const { garden } = assessOne('第一幼儿园', [], { asOf: FINAL, reportOver: { firstReportedAt: null } });
    expect(garden).toMatchObject({ reported: false, score: 0 });
  });
});

describe('before the cutoff the verdict is provisional', () => {
  it('says the garden can still report, and is not final', () => {
    const reports = passingReports().filter((r) => r.gardenId !== '蕾梦幼儿园');
    const result = assessMonth(monthInput({ reports, asOf: '2020-03-31T12:00:00+08:00' }));
    expect(result.final).toBe(false);
    const g = result.gardens.find((x) => x.gardenId === '蕾梦幼儿园');
    expect(g).toMatchObject({ final: false, reported: false });
    expect(g?.reasons).toEqual(['截至评估时尚未上报本月资料（当月末前上报有效）']);
    expect(result.pairs.every((p) => !p.final)).toBe(true);
  });

  it('becomes final exactly at the cutoff instant', () => {
    expect(assessMonth(monthInput({ asOf: '2020-03-31T23:59:59+08:00' })).final).toBe(false);
    expect(assessMonth(monthInput({ asOf: '2020-03-31T16:00:00Z' })).final).toBe(true);
  });

  it('ignores a report stamped after the evaluation time', () => {
    const { garden } = assessOne('第一幼儿园', doneRows(3), {
      asOf: '2020-03-15T12:00:00+08:00', reportOver: { firstReportedAt: '2020-03-20T10:00:00+08:00' },
    });
    expect(garden).toMatchObject({ reported: false, reportedAt: null });
  });
});

describe('February: the on-time deadline clamps to the month’s last day', () => {
  // gaotai-2020 has no February school month; a bureau whose spring term starts in February changes only data.
  const febRules = () => {
    const rules = gaotai();
    return { ...rules, terms: [{ ...rules.terms[0], months: [2, 3, 4, 5, 6] }, rules.terms[1]] };
  };

  it.each([
    ['February 29th at 23:59', '2020-02-29T23:59:00+08:00', { reported: true, onTime: true, late: false }],
    ['March 1st', '2020-03-01T00:00:01+08:00', { reported: false, onTime: false, late: false }],
  ])('first reported %s', (_label, firstReportedAt, expected) => {
    const { garden, month } = assessOne('第一幼儿园', doneRows(3, '送教/示范课', '2020-02'), {
      month: '2020-02', ruleSet: febRules(), asOf: FINAL, reportOver: { firstReportedAt },
    });
    expect(month.deadlines).toEqual({ onTimeDeadline: '2020-03-01T00:00:00+08:00', cutoff: '2020-03-01T00:00:00+08:00' });
    expect(garden).toMatchObject(expected);
  });
});

describe('duplicate snapshots of a garden-month', () => {
  it('uses the newest version, whatever the order', () => {
    const old = report('第一幼儿园', '2020-03', doneRows(1), { version: 1 });
    const current = report('第一幼儿园', '2020-03', doneRows(3), { version: 2 });
    const others = passingReports().filter((r) => r.gardenId !== '第一幼儿园');
    for (const reports of [[...others, old, current], [current, ...others, old]]) {
      const g = assessMonth(monthInput({ reports })).gardens[0];
      expect(g.doneActivities).toBe(3);
    }
  });

  it('notes reports of gardens outside the roster', () => {
    const result = assessMonth(monthInput({ reports: [...passingReports(), report('未知幼儿园', '2020-03', doneRows(3))] }));
    expect(result.notes).toEqual(['园所“未知幼儿园”上报了资料，但不在结对名单中，未参与考核']);
    expect(result.summary.gardens).toBe(5);
  });
});
