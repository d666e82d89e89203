import type { GardenMonth, Roster } from '../../../schemas';
import { loadRuleSet } from '../../../functions/src/core/rules';
import { planReminders, reminderKey } from '../../../functions/src/core/reminders';

const ruleSet = loadRuleSet('gaotai-2020');
const garden = (id: string, name: string) => ({ id, name, role: 'helped' as const, kind: 'rural' as const, responsible: [], pairId: 'a', editors: [] });
const roster: Pick<Roster, 'gardens'> = { gardens: [garden('a', '城关幼儿园'), garden('b', '巷道幼儿园'), garden('c', '宣化幼儿园')] };
const report = (gardenId: string, month: string, firstReportedAt: string | null): GardenMonth => ({
  gardenId, month, rows: [], issues: [], contentHash: 'h', source: { version: '1', modifiedAt: '2020-05-01T00:00:00Z' },
  version: 1, firstReportedAt, syncedAt: '2020-05-01T00:00:00Z', frozenAt: null,
});

describe('planReminders', () => {
  it('before the 30th names the gardens that have not reported the current month', () => {
    const plan = planReminders({
      kind: 'due', now: '2020-05-25T09:00:00+08:00', ruleSet, roster,
      reports: [report('a', '2020-05', '2020-05-12T10:00:00+08:00'), report('b', '2020-05', null), report('c', '2020-04', '2020-04-02T00:00:00+08:00')],
    });
    expect(plan).toMatchObject({ skip: false, month: '2020-05', date: '2020-05-25', deadline: '2020-05-31T00:00:00+08:00' });
    if (plan.skip) throw new Error('unreachable');
    expect(plan.entries.map((e) => e.gardenId)).toEqual(['b', 'c']);
    expect(plan.entries[0].message).toBe('巷道幼儿园：5月的帮扶材料尚未上报，请在5月30日前填写计划表并提交。');
  });

  it('on the 31st says a report now counts as late', () => {
    const plan = planReminders({ kind: 'due', now: '2020-05-31T09:00:00+08:00', ruleSet, roster, reports: [] });
    if (plan.skip) throw new Error('unreachable');
    expect(plan.entries[0].message).toContain('已过5月30日的按时上报期限');
  });

  it('after the cutoff lists who missed the month and who was late', () => {
    const plan = planReminders({
      kind: 'missed', now: '2020-06-01T09:30:00+08:00', ruleSet, roster,
      reports: [report('a', '2020-05', '2020-05-12T10:00:00+08:00'), report('b', '2020-05', '2020-05-31T10:00:00+08:00'), report('c', '2020-05', '2020-06-01T08:00:00+08:00')],
    });
    if (plan.skip) throw new Error('unreachable');
    expect(plan.month).toBe('2020-05');
    expect(plan.entries.map((e) => [e.gardenId, e.status])).toEqual([['b', 'late'], ['c', 'missed']]);
    expect(plan.entries[1].message).toBe('宣化幼儿园：5月的帮扶材料未在月末前上报，按规定视为本月未开展帮扶工作。');
  });

  it('skips vacation months and the wrong side of the cutoff', () => {
    expect(planReminders({ kind: 'due', now: '2020-07-25T09:00:00+08:00', ruleSet, roster, reports: [] })).toMatchObject({ skip: true, reason: 'vacation' });
    expect(planReminders({ kind: 'due', now: '2020-06-02T09:00:00+08:00', ruleSet, roster, reports: [], month: '2020-05' })).toMatchObject({ skip: true, reason: 'closed' });
    expect(planReminders({ kind: 'missed', now: '2020-05-25T09:00:00+08:00', ruleSet, roster, reports: [], month: '2020-05' })).toMatchObject({ skip: true, reason: 'not_closed' });
  });

  it('keys a firing by kind, month and local day', () => {
    expect(reminderKey('due', '2020-05', '2020-05-25')).toBe('reminders:2020-05:due:2020-05-25');
  });
});
