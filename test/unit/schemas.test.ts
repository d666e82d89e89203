import { PLAN_COLUMNS, PLAN_COLUMN_KEYS, PlanRow } from '../../schemas';

describe('plan table schema', () => {
  it('describes every column key exactly once', () => {
    expect(PLAN_COLUMNS.map((c) => c.key).sort()).toEqual([...PLAN_COLUMN_KEYS].sort());
  });

  it('rejects a plan row whose month is not YYYY-MM', () => {
    const row = {
      row: 3, month: '2020-13', date: null, task: '送教', person: null, type: '送教/示范课', typeSource: 'inferred',
      status: 'planned', classHours: null, participants: null,
      evidence: { plan: null, record: null, summary: null, photos: null }, note: null,
    };
    expect(PlanRow.safeParse(row).success).toBe(false);
    expect(PlanRow.safeParse({ ...row, month: '2020-12' }).success).toBe(true);
  });
});
