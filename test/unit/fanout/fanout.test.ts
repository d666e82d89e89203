import { finalizeDecision, perInstanceReadQuota, planFanout } from '../../../functions/src/core/fanout';
import { syntheticRoster } from '../../../functions/src/bench/synthetic/roster';

const roster = (() => {
  const r = syntheticRoster(7);
  return { ...r, gardens: r.gardens.map((g, i) => (i === 3 ? g : { ...g, spreadsheetId: `s-${g.id}` })) };
})();
const changed = (...ids: string[]) => ids.map((location) => ({ location, modifiedAt: '2020-06-29T10:00:00+08:00' }));

describe('planFanout', () => {
  it('makes one work item per garden whose registered sheet changed, in roster order, and reports strangers', () => {
    const plan = planFanout({ roster, month: '2020-06', asOf: '2020-07-01T09:00:00+08:00', changed: changed('s-g00005', 's-g00000', 'stray') });
    expect(plan.items.map((i) => [i.gardenId, i.spreadsheetId])).toEqual([['g00000', 's-g00000'], ['g00005', 's-g00005']]);
    expect(plan.items.every((i) => i.runKey === plan.runKey && i.month === '2020-06')).toBe(true);
    expect(plan.unregistered).toEqual(['stray']);
  });

  it('gives the same close the same run key, another evaluation time another', () => {
    const a = planFanout({ roster, month: '2020-06', asOf: '2020-07-01T09:00:00+08:00', changed: [] });
    const b = planFanout({ roster, month: '2020-06', asOf: '2020-07-01T09:00:00+08:00', changed: changed('s-g00000') });
    const c = planFanout({ roster, month: '2020-06', asOf: '2020-07-02T09:00:00+08:00', changed: [] });
    expect(a.runKey).toBe(b.runKey);
    expect(c.runKey).not.toBe(a.runKey);
    expect(a.items).toEqual([]);
  });
});

describe('perInstanceReadQuota', () => {
  it('splits the quota so that all instances together never exceed it', () => {
    expect(perInstanceReadQuota(60, 1)).toBe(60);
    expect(perInstanceReadQuota(60, 7)).toBe(8);
    expect(perInstanceReadQuota(60, 7) * 7).toBeLessThanOrEqual(60);
    expect(() => perInstanceReadQuota(60, 0)).toThrow(RangeError);
  });
});

describe('finalizeDecision', () => {
  const base = { expected: ['a', 'b', 'c'], finalizedAt: null, now: '2020-07-01T10:00:00+08:00', cutoffAt: '2020-07-01T12:00:00+08:00' };
  it('waits while gardens are missing before the cutoff', () => {
    expect(finalizeDecision({ ...base, done: new Set(['a']) })).toEqual({ kind: 'wait', done: 1, expected: 3 });
  });
  it('assesses when all are in', () => {
    expect(finalizeDecision({ ...base, done: new Set(['c', 'a', 'b']) })).toEqual({ kind: 'assess', complete: true, missing: [] });
  });
  it('assesses at the cutoff (compared as instants, any offset) naming who is missing', () => {
    expect(finalizeDecision({ ...base, now: '2020-07-01T04:00:00Z', done: new Set(['b']) })).toEqual({ kind: 'assess', complete: false, missing: ['a', 'c'] });
  });
  it('never assesses twice', () => {
    expect(finalizeDecision({ ...base, finalizedAt: base.now, done: new Set(['a', 'b', 'c']) })).toEqual({ kind: 'already_finalized' });
  });
});
