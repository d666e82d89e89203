import { GardenMonthNotFoundError } from '../../../functions/src/usecases/ports/garden-month-store';
import { useTestFirestore } from '../../support/firestore';
import { candidate, planRow } from '../../fixtures/sync';

const A = [planRow({ task: '送教：大班科学' })];
const B = [...A, planRow({ row: 6, task: '专题讲座：幼小衔接', type: '专题讲座' })];
const C = [planRow({ task: '观摩交流', type: '观摩交流' })];
const G = '新华幼儿园';
const M = '2020-05';

describe('garden-month sync (emulator)', () => {
  const { stores } = useTestFirestore();
  const months = stores.gardenMonths;
  const kinds = async () => (await months.history(G, M)).map((e) => (e.kind === 'version' ? `v${e.version}` : e.kind));

  it('makes one version for the same content synced twice', async () => {
    expect(await months.applySnapshot(candidate('2020-05-10T09:00:00+08:00', A))).toEqual({ outcome: 'created', version: 1 });
    expect(await months.applySnapshot(candidate('2020-05-10T09:00:00+08:00', A))).toEqual({ outcome: 'unchanged', version: 1 });
    expect(await months.applySnapshot(candidate('2020-05-11T09:00:00+08:00', B))).toEqual({ outcome: 'replaced', version: 2 });
    expect(await kinds()).toEqual(['v1', 'v2']);
    const history = await months.history(G, M);
    expect(history[1]).toMatchObject({ kind: 'version', rows: B, diff: { before: 1, after: 2, added: 1, removed: 0 } });
  });

  it('ignores an older sheet version read after a newer one', async () => {
    await months.applySnapshot(candidate('2020-05-20T09:00:00+08:00', B));
    expect(await months.applySnapshot(candidate('2020-05-10T09:00:00+08:00', A))).toEqual({ outcome: 'stale', version: 1 });
    expect((await months.get(G, M))?.rows).toEqual(B);
    expect(await kinds()).toEqual(['v1']);
  });

  it('after the freeze records late changes and keeps the snapshot', async () => {
    await months.applySnapshot(candidate('2020-05-10T09:00:00+08:00', A));
    expect(await months.freeze(G, M, '2020-05-31T00:00:00+08:00')).toEqual({ outcome: 'frozen', frozenAt: '2020-05-31T00:00:00+08:00' });
    expect(await months.freeze(G, M, '2020-06-01T00:00:00+08:00')).toEqual({ outcome: 'already_frozen', frozenAt: '2020-05-31T00:00:00+08:00' });

    expect(await months.applySnapshot(candidate('2020-06-02T09:00:00+08:00', B))).toEqual({ outcome: 'late', version: 1 });
    expect(await months.applySnapshot(candidate('2020-06-02T09:00:00+08:00', B))).toEqual({ outcome: 'unchanged', version: 1 });
    const snapshot = await months.get(G, M);
    expect(snapshot).toMatchObject({ rows: A, version: 1, frozenAt: '2020-05-31T00:00:00+08:00', firstReportedAt: '2020-05-10T09:00:00+08:00' });
    expect(await kinds()).toEqual(['v1', 'freeze', 'late']);
    expect((await months.history(G, M))[2]).toMatchObject({ kind: 'late', reason: 'frozen', rows: B, source: { modifiedAt: '2020-06-02T09:00:00+08:00' } });
  });

  it('lets a granted exception replace the frozen rows with the next late change, once', async () => {
    await months.applySnapshot(candidate('2020-05-10T09:00:00+08:00', A));
    await months.freeze(G, M, '2020-05-31T00:00:00+08:00');
    await months.applySnapshot(candidate('2020-06-02T09:00:00+08:00', B));
    await months.grantException(G, M, 'jijiaogu@gaotai.gov.cn', '断网未能按时提交', '2020-06-03T10:00:00+08:00');

    expect(await months.applySnapshot(candidate('2020-06-03T11:00:00+08:00', B))).toEqual({ outcome: 'replaced', version: 2 });
    expect(await months.get(G, M)).toMatchObject({ rows: B, version: 2, frozenAt: '2020-05-31T00:00:00+08:00' });
    expect(await months.applySnapshot(candidate('2020-06-04T09:00:00+08:00', C))).toEqual({ outcome: 'late', version: 2 });
    expect(await kinds()).toEqual(['v1', 'freeze', 'late', 'exception', 'v2', 'late']);
    const v2 = (await months.history(G, M)).find((e) => e.kind === 'version' && e.version === 2);
    expect(v2).toMatchObject({ exception: { by: 'jijiaogu@gaotai.gov.cn', reason: '断网未能按时提交' } });
  });

  it('refuses an exception for a month never reported', async () => {
    await expect(months.grantException(G, '2020-04', 'b@example.org', '补报', '2020-05-03T10:00:00+08:00')).rejects.toThrow(GardenMonthNotFoundError);
    expect(await months.freeze(G, '2020-04', '2020-04-30T00:00:00+08:00')).toEqual({ outcome: 'missing', frozenAt: null });
  });

  it('ends consistent when the same garden-month is applied concurrently', async () => {
    const results = await Promise.all([
      months.applySnapshot(candidate('2020-05-10T09:00:00+08:00', A)),
      months.applySnapshot(candidate('2020-05-10T09:00:00+08:00', A)),
    ]);
    expect(results.map((r) => r.outcome).sort()).toEqual(['created', 'unchanged']);
    expect(await kinds()).toEqual(['v1']);

    // Two different newer contents racing: each distinct content gets exactly one version, the newest source wins.
    const raced = await Promise.all([
      months.applySnapshot(candidate('2020-05-12T09:00:00+08:00', C)),
      months.applySnapshot(candidate('2020-05-11T09:00:00+08:00', B)),
      months.applySnapshot(candidate('2020-05-12T09:00:00+08:00', C)),
    ]);
    const history = await months.history(G, M);
    const hashes = history.filter((e) => e.kind === 'version').map((e) => e.contentHash);
    expect(new Set(hashes).size).toBe(hashes.length);
    expect(hashes.length).toBe(1 + raced.filter((r) => r.outcome === 'replaced').length);
    expect((await months.get(G, M))?.rows).toEqual(C);
  });
});
