import { DEFAULT_LEASE_MS, planClaim, planFinish } from '../../../functions/src/core/runs/plan-claim';

const KEY = 'assessment:2020-05';
const T0 = '2020-06-01T02:00:00.000Z';

describe('planClaim', () => {
  it('claims a new key with a lease', () => {
    const d = planClaim(null, KEY, 'evt-1', T0);
    expect(d).toMatchObject({ claimed: true, previous: null, write: { status: 'running', runId: 'evt-1', attempts: 1, leaseUntil: '2020-06-01T02:10:00.000Z' } });
    expect(DEFAULT_LEASE_MS).toBe(600_000);
  });

  it('refuses while another run holds a live lease, and for a completed key forever', () => {
    const running = planClaim(null, KEY, 'evt-1', T0);
    if (!running.claimed) throw new Error('expected a claim');
    expect(planClaim(running.write, KEY, 'evt-2', '2020-06-01T02:09:59.000Z')).toMatchObject({ claimed: false, existing: { runId: 'evt-1' } });
    const done = planFinish(running.write, 'evt-1', '2020-06-01T02:05:00.000Z', { status: 'completed', summary: { gardens: 12 } });
    if (!done.ok) throw new Error('expected completion');
    expect(planClaim(done.write, KEY, 'evt-3', '2021-01-01T00:00:00.000Z')).toMatchObject({ claimed: false, existing: { status: 'completed', summary: { gardens: 12 } } });
  });

  it('takes over a run whose lease expired (the claimant crashed) or that failed', () => {
    const running = planClaim(null, KEY, 'evt-1', T0);
    if (!running.claimed) throw new Error('expected a claim');
    const takeover = planClaim(running.write, KEY, 'evt-2', '2020-06-01T02:10:00.000Z');
    expect(takeover).toMatchObject({ claimed: true, previous: { runId: 'evt-1' }, write: { runId: 'evt-2', attempts: 2 } });
    const failed = planFinish(running.write, 'evt-1', '2020-06-01T02:01:00.000Z', { status: 'failed', error: 'boom' });
    if (!failed.ok) throw new Error('expected failure to be recorded');
    expect(planClaim(failed.write, KEY, 'evt-9', '2020-06-01T02:02:00.000Z')).toMatchObject({ claimed: true, write: { attempts: 2 } });
  });
});

describe('planFinish', () => {
  it('refuses a run that lost its claim to another', () => {
    const first = planClaim(null, KEY, 'evt-1', T0);
    if (!first.claimed) throw new Error('expected a claim');
    const second = planClaim(first.write, KEY, 'evt-2', '2020-06-01T03:00:00.000Z');
    if (!second.claimed) throw new Error('expected a takeover');
    expect(planFinish(second.write, 'evt-1', '2020-06-01T03:01:00.000Z', { status: 'completed', summary: {} })).toMatchObject({ ok: false, reason: 'lease_lost' });
    expect(planFinish(null, 'evt-1', T0, { status: 'completed', summary: {} })).toMatchObject({ ok: false, reason: 'not_claimed' });
  });
});
