import type { GardenMonthDoc, PlanRow } from '../../../schemas';
import { deadlinesOf } from '../../../functions/src/core/calendar';
import { loadRuleSet } from '../../../functions/src/core/rules';
import { planReminders } from '../../../functions/src/core/reminders';
import { holdsReport, monthReporting, planSnapshotWrite } from '../../../functions/src/core/sync';
import { candidate, planRow } from '../../fixtures/sync';

const ruleSet = loadRuleSet('gaotai-2020');
const april = (over: Partial<PlanRow> = {}) => planRow({ month: '2020-04', date: '2020-04-15', ...over });
const PLANNED = [april({ status: 'planned' }), april({ row: 6, status: 'planned', task: '观摩交流', type: '观摩交流' })];
const DONE = [april({ status: 'done' }), april({ row: 6, status: 'planned', task: '观摩交流', type: '观摩交流' })];
const aprilCandidate = (at: string, rows: PlanRow[]) => candidate(at, rows, { month: '2020-04' });
const aprilDeadlines = deadlinesOf('2020-04', ruleSet);

describe('holdsReport: a month is reported by its 完成情况, not by its plan', () => {
  it.each<[string, PlanRow['status'][], boolean]>([
    ['no rows', [], false],
    ['only planned rows', ['planned', 'planned'], false],
    ['a done row', ['planned', 'done'], true],
    ['a not-done row', ['not_done'], true],
    ['a postponed row', ['postponed'], true],
    ['a cancelled row', ['cancelled'], true],
  ])('%s', (_label, statuses, expected) => {
    expect(holdsReport(statuses.map((status) => ({ status })))).toBe(expected);
  });
});

describe('firstReportedAt of a plan typed ahead', () => {
  it('a month holding only planned rows is not reported; the first outcome stamps it', () => {
    const planned = planSnapshotWrite(null, aprilCandidate('2020-03-05T09:00:00+08:00', PLANNED));
    expect(planned.write?.firstReportedAt).toBeNull();
    const done = planSnapshotWrite(planned.write, aprilCandidate('2020-04-20T09:00:00+08:00', DONE));
    expect(done).toMatchObject({ outcome: 'replaced', write: { firstReportedAt: '2020-04-20T09:00:00+08:00' } });
    expect(monthReporting(done.write!, aprilDeadlines, '2020-05-01T00:00:00+08:00').timing).toBe('on_time');
  });

  it('a whole term typed as planned in March whose April outcomes arrive in May leaves April not reported', () => {
    const planned = planSnapshotWrite(null, aprilCandidate('2020-03-05T09:00:00+08:00', PLANNED));
    const may = planSnapshotWrite(planned.write, aprilCandidate('2020-05-06T09:00:00+08:00', DONE), { cutoff: aprilDeadlines.cutoff });
    expect(may.outcome).toBe('late');
    const doc = may.write as GardenMonthDoc;
    expect(doc.firstReportedAt).toBeNull();
    expect(monthReporting(doc, aprilDeadlines, '2020-05-06T10:00:00+08:00')).toEqual({ timing: 'not_reported', reportedAt: null });
  });

  it('does not reset once reported, even if the rows go back to planned', () => {
    const done = planSnapshotWrite(null, aprilCandidate('2020-04-20T09:00:00+08:00', DONE));
    const back = planSnapshotWrite(done.write, aprilCandidate('2020-04-22T09:00:00+08:00', PLANNED));
    expect(back.write?.firstReportedAt).toBe('2020-04-20T09:00:00+08:00');
  });

  it('reminders treat a pre-filled plan as not reported, the same way the assessment does', () => {
    const planned = planSnapshotWrite(null, aprilCandidate('2020-03-05T09:00:00+08:00', PLANNED)).write!;
    const garden = { id: planned.gardenId, name: '新华幼儿园', role: 'helped' as const, kind: 'rural' as const, responsible: [], pairId: 'p', editors: [] };
    const plan = planReminders({ kind: 'due', now: '2020-04-25T09:00:00+08:00', ruleSet, roster: { gardens: [garden] }, reports: [planned] });
    if (plan.skip) throw new Error('unreachable');
    expect(plan.entries).toEqual([expect.objectContaining({ gardenId: planned.gardenId, status: 'not_reported' })]);
  });
});
