import { assessMonth } from '../../../functions/src/core/assessment';
import { doneRows, monthInput, passingReports, report } from './builders';

describe('county roll-up of a month', () => {
  it('counts reporting, on-time, minimum and pairs over all gardens of the roster', () => {
    const reports = [
      ...passingReports().filter((r) => !['蕾梦幼儿园', '黑泉幼儿园', '光彩幼儿园'].includes(r.gardenId)),
      report('光彩幼儿园', '2020-03', doneRows(2, '专题讲座'), { firstReportedAt: '2020-03-31T10:00:00+08:00' }),
      report('黑泉幼儿园', '2020-03', doneRows(1, '观摩交流'), { firstReportedAt: '2020-03-31T10:00:00+08:00' }),
    ];
    const { summary } = assessMonth(monthInput({ reports }));
    expect(summary).toMatchObject({
      gardens: 5, reported: 4, onTime: 2, late: 2, notReported: 1, meetingMinimum: 3,
      reportingRate: 0.8, onTimeRate: 0.4, meetingMinimumRate: 0.6,
      pairs: 2, pairsPassed: 0, pairPassRate: 0, doneActivities: 7,
    });
    expect(summary.byRole.helper).toMatchObject({ gardens: 2, reported: 2, onTime: 1, late: 1, meetingMinimum: 1, doneActivities: 5 });
    expect(summary.byRole.helped).toMatchObject({ gardens: 3, reported: 2, notReported: 1, meetingMinimum: 2, doneActivities: 2 });
  });

  it('an all-passing month passes every pair', () => {
    expect(assessMonth(monthInput()).summary).toMatchObject({ reportingRate: 1, onTimeRate: 1, meetingMinimumRate: 1, pairsPassed: 2, pairPassRate: 1 });
  });
});
