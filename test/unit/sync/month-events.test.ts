import type { GardenMonthDoc, HistoryEntry } from '../../../schemas';
import { planExceptionGrant, planFreeze, planSnapshotWrite, sortHistory } from '../../../functions/src/core/sync';
import { candidate, planRow } from '../../fixtures/sync';

const reported = (): GardenMonthDoc => planSnapshotWrite(null, candidate('2020-05-10T09:00:00+08:00', [planRow()])).write!;

describe('planFreeze', () => {
  it('freezes once and keeps the first instant on later freezes', () => {
    const first = planFreeze(reported(), '2020-05-31T00:00:00+08:00', 'system');
    expect(first).toMatchObject({ outcome: 'frozen', frozenAt: '2020-05-31T00:00:00+08:00', append: { kind: 'freeze', by: 'system' } });
    const second = planFreeze(first.write, '2020-06-01T00:00:00+08:00', 'system');
    expect(second).toEqual({ outcome: 'already_frozen', frozenAt: '2020-05-31T00:00:00+08:00', write: null, append: null });
  });

  it('has nothing to freeze when the month was never reported', () => {
    expect(planFreeze(null, '2020-05-31T00:00:00+08:00', 'system')).toMatchObject({ outcome: 'missing', write: null, append: null });
  });

  it('does not touch the rows or version', () => {
    const doc = reported();
    const { write } = planFreeze(doc, '2020-05-31T00:00:00+08:00', 'system');
    expect({ ...write, frozenAt: null }).toEqual(doc);
  });
});

describe('planExceptionGrant', () => {
  const grant = { by: 'jijiaogu@gaotai.gov.cn', reason: '停电补报', at: '2020-06-01T10:00:00+08:00' };

  it('stores the grant on the month and logs who and why', () => {
    const d = planExceptionGrant(reported(), grant);
    expect(d.outcome).toBe('granted');
    expect(d.write?.exception).toEqual(grant);
    expect(d.append).toEqual({ kind: 'exception', ...grant });
  });

  it('cannot grant for a month never reported', () => {
    expect(planExceptionGrant(null, grant).outcome).toBe('missing');
  });
});

describe('sortHistory', () => {
  it('orders by instant across offsets, a version before a freeze at the same instant', () => {
    const source = { version: '1', modifiedAt: '2020-05-10T09:00:00+08:00' };
    const diff = { before: 0, after: 0, added: 0, removed: 0 };
    const late: HistoryEntry = { kind: 'late', at: '2020-06-01T01:00:00Z', reason: 'frozen', source, contentHash: 'x', rows: [], issues: [], diff };
    const freeze: HistoryEntry = { kind: 'freeze', at: '2020-05-31T00:00:00+08:00', by: 'system' };
    const v2: HistoryEntry = { kind: 'version', version: 2, at: '2020-05-30T16:00:00Z', source, contentHash: 'b', rows: [], issues: [], diff, exception: null };
    const v1: HistoryEntry = { ...v2, version: 1, at: '2020-05-10T09:00:00+08:00', contentHash: 'a' };
    const exception: HistoryEntry = { kind: 'exception', at: '2020-06-01T08:30:00+08:00', by: 'b', reason: 'r' };
    expect(sortHistory([exception, late, freeze, v2, v1]).map((e) => e.kind === 'version' ? `v${e.version}` : e.kind))
      .toEqual(['v1', 'v2', 'freeze', 'exception', 'late']);
  });
});
