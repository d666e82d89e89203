import { RunLeaseLostError } from '../../../functions/src/usecases/ports/run-log';
import { useTestFirestore } from '../../support/firestore';

const KEY = 'assessment:2020-05';

describe('run log (emulator)', () => {
  const { stores } = useTestFirestore();
  const runs = stores.runs;

  it('lets only the first of two firings run, even after it completed', async () => {
    expect(await runs.claim(KEY, 'evt-1', '2020-06-01T02:00:00.000Z')).toEqual({ claimed: true, attempt: 1 });
    expect(await runs.claim(KEY, 'evt-2', '2020-06-01T02:00:01.000Z')).toMatchObject({ claimed: false, existing: { runId: 'evt-1', status: 'running' } });
    await runs.complete(KEY, 'evt-1', '2020-06-01T02:03:00.000Z', { gardens: 12, late: ['新华幼儿园'] });
    expect(await runs.claim(KEY, 'evt-3', '2020-07-01T02:00:00.000Z')).toMatchObject({ claimed: false, existing: { status: 'completed', summary: { gardens: 12 } } });
  });

  it('grants exactly one of concurrent claims', async () => {
    const results = await Promise.all(['a', 'b', 'c'].map((id) => runs.claim(KEY, id, '2020-06-01T02:00:00.000Z')));
    expect(results.filter((r) => r.claimed)).toHaveLength(1);
    const winner = await runs.get(KEY);
    expect(results.filter((r) => !r.claimed).every((r) => !r.claimed && r.existing.runId === winner?.runId)).toBe(true);
  });

  it('recovers a crashed run after its lease, and the crashed run can no longer complete', async () => {
    await runs.claim(KEY, 'evt-1', '2020-06-01T02:00:00.000Z', 60_000);
    expect(await runs.claim(KEY, 'evt-2', '2020-06-01T02:01:00.000Z')).toEqual({ claimed: true, attempt: 2 });
    await expect(runs.complete(KEY, 'evt-1', '2020-06-01T02:02:00.000Z', {})).rejects.toThrow(RunLeaseLostError);
    await runs.complete(KEY, 'evt-2', '2020-06-01T02:02:00.000Z', {});
    expect(await runs.get(KEY)).toMatchObject({ runId: 'evt-2', status: 'completed', attempts: 2 });
  });

  it('lets the next firing retry a failed run at once', async () => {
    await runs.claim(KEY, 'evt-1', '2020-06-01T02:00:00.000Z');
    await runs.fail(KEY, 'evt-1', '2020-06-01T02:00:05.000Z', 'Sheets quota exceeded');
    expect(await runs.get(KEY)).toMatchObject({ status: 'failed', error: 'Sheets quota exceeded' });
    expect(await runs.claim(KEY, 'evt-2', '2020-06-01T02:05:00.000Z')).toEqual({ claimed: true, attempt: 2 });
  });
});
