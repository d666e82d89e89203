import fc from 'fast-check';
import type { GardenMonthDoc, SnapshotCandidate } from '../../../schemas';
import { contentHash, planSnapshotWrite, type SyncContext } from '../../../functions/src/core/sync';
import { candidate, planRow } from '../../fixtures/sync';

const A = [planRow({ task: '送教：大班科学' })];
const B = [planRow({ task: '送教：大班科学' }), planRow({ row: 6, task: '专题讲座：幼小衔接', type: '专题讲座' })];
const C = [planRow({ task: '观摩交流', type: '观摩交流' })];

/** Applies candidates in order the way the store does: each decision's write becomes the next existing doc. */
function applyAll(cands: SnapshotCandidate[], ctx: SyncContext = {}, start: GardenMonthDoc | null = null) {
  let doc = start;
  const outcomes: string[] = [];
  const appended: unknown[] = [];
  for (const c of cands) {
    const d = planSnapshotWrite(doc, c, ctx);
    outcomes.push(d.outcome);
    if (d.write) doc = d.write;
    if (d.append) appended.push(d.append);
  }
  return { doc: doc!, outcomes, appended };
}

describe('planSnapshotWrite', () => {
  it('creates version 1 with the first report time from the source', () => {
    const d = planSnapshotWrite(null, candidate('2020-05-10T09:00:00+08:00', A));
    expect(d.outcome).toBe('created');
    expect(d.write).toMatchObject({ version: 1, firstReportedAt: '2020-05-10T09:00:00+08:00', frozenAt: null, rows: A });
    expect(d.append).toMatchObject({ kind: 'version', version: 1, diff: { before: 0, after: 1, added: 1, removed: 0 }, exception: null });
    expect(d.write!.contentHash).toBe(contentHash(A, []));
  });

  it('leaves firstReportedAt empty while the month has no rows, and sets it when rows first appear', () => {
    const { doc } = applyAll([candidate('2020-05-02T09:00:00+08:00', []), candidate('2020-05-20T09:00:00+08:00', A)]);
    expect(doc.version).toBe(2);
    expect(doc.firstReportedAt).toBe('2020-05-20T09:00:00+08:00');
  });

  it('keeps the first report time when later versions replace the rows', () => {
    const { doc, outcomes } = applyAll([candidate('2020-05-10T09:00:00+08:00', A), candidate('2020-05-28T09:00:00+08:00', B)]);
    expect(outcomes).toEqual(['created', 'replaced']);
    expect(doc).toMatchObject({ version: 2, rows: B, firstReportedAt: '2020-05-10T09:00:00+08:00' });
  });

  it('makes no version for the same content read again', () => {
    const first = applyAll([candidate('2020-05-10T09:00:00+08:00', A)]).doc;
    const again = planSnapshotWrite(first, candidate('2020-05-10T09:00:00+08:00', A));
    expect(again).toMatchObject({ outcome: 'unchanged', version: 1, write: null, append: null });
  });

  it('records a newer source with the same content without a new version', () => {
    const first = applyAll([candidate('2020-05-10T09:00:00+08:00', A)]).doc;
    const d = planSnapshotWrite(first, candidate('2020-05-11T09:00:00+08:00', A));
    expect(d.outcome).toBe('unchanged');
    expect(d.append).toBeNull();
    expect(d.write).toMatchObject({ version: 1, source: { modifiedAt: '2020-05-11T09:00:00+08:00' } });
  });

  it('ignores an older sheet version read after a newer one', () => {
    const { doc, outcomes } = applyAll([candidate('2020-05-20T09:00:00+08:00', B), candidate('2020-05-10T09:00:00+08:00', A)]);
    expect(outcomes).toEqual(['created', 'stale']);
    expect(doc.rows).toEqual(B);
  });

  it('orders versions modified at the same instant by their version number', () => {
    const at = '2020-05-20T09:00:00+08:00';
    const newer = candidate(at, B, { source: { version: '12', modifiedAt: at } });
    const older = candidate(at, A, { source: { version: '9', modifiedAt: at } });
    expect(applyAll([newer, older]).outcomes).toEqual(['created', 'stale']);
    const hashA = candidate(at, A, { source: { version: 'sha-aaa', modifiedAt: at } });
    const hashB = candidate(at, B, { source: { version: 'sha-bbb', modifiedAt: at } });
    expect(applyAll([hashB, hashA]).outcomes).toEqual(['created', 'replaced']);
  });

  it('compares instants, not text, when offsets differ', () => {
    // 02:00Z is 10:00 in Shanghai: later than 09:00+08:00 although it sorts first as text.
    const { outcomes } = applyAll([candidate('2020-05-20T02:00:00Z', B), candidate('2020-05-20T09:00:00+08:00', A)]);
    expect(outcomes).toEqual(['created', 'stale']);
  });

  it('recognises an in-between version arriving last as stale after an unchanged newer one', () => {
    const { doc, outcomes } = applyAll([
      candidate('2020-05-10T09:00:00+08:00', A),
      candidate('2020-05-12T09:00:00+08:00', A),
      candidate('2020-05-11T09:00:00+08:00', B),
    ]);
    expect(outcomes).toEqual(['created', 'unchanged', 'stale']);
    expect(doc.rows).toEqual(A);
  });

  it('property: whatever order versions arrive in, the newest one wins and each change makes one version', () => {
    const contents = [A, B, C];
    const arrivals = fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 8 }).chain((picks) => fc.tuple(
      fc.constant(picks),
      fc.shuffledSubarray(picks.map((_, i) => i), { minLength: picks.length, maxLength: picks.length }),
    ));
    fc.assert(fc.property(arrivals, ([picks, order]) => {
      const cands = picks.map((p, i) => candidate(`2020-05-${String(i + 2).padStart(2, '0')}T09:00:00+08:00`, contents[p]));
      expect(applyAll(order.map((i) => cands[i])).doc.rows).toEqual(cands[cands.length - 1].rows);
      const changes = picks.filter((p, i) => i === 0 || p !== picks[i - 1]).length;
      expect(applyAll(cands).doc.version).toBe(changes);
    }), { numRuns: 100 });
  });
});

describe('planSnapshotWrite after the freeze', () => {
  const frozen = (): GardenMonthDoc => ({ ...applyAll([candidate('2020-05-10T09:00:00+08:00', A)]).doc, frozenAt: '2020-05-31T00:00:00+08:00' });

  it('records a late change and leaves the snapshot as it was', () => {
    const d = planSnapshotWrite(frozen(), candidate('2020-06-02T09:00:00+08:00', B));
    expect(d.outcome).toBe('late');
    expect(d.version).toBe(1);
    expect(d.write).toMatchObject({ rows: A, version: 1, contentHash: contentHash(A, []), lastLate: { contentHash: contentHash(B, []) } });
    expect(d.append).toMatchObject({ kind: 'late', reason: 'frozen', rows: B, at: '2020-06-02T09:00:00+08:00', diff: { added: 1, removed: 0 } });
  });

  it('records the same late content only once, but a revert to the frozen rows again', () => {
    const { outcomes, appended, doc } = applyAll([
      candidate('2020-06-02T09:00:00+08:00', B),
      candidate('2020-06-03T09:00:00+08:00', B),
      candidate('2020-06-04T09:00:00+08:00', A),
    ], {}, frozen());
    expect(outcomes).toEqual(['late', 'unchanged', 'late']);
    expect(appended).toHaveLength(2);
    expect(doc.rows).toEqual(A);
  });

  it('ignores a late read older than the newest late change', () => {
    const { outcomes } = applyAll([candidate('2020-06-03T09:00:00+08:00', B), candidate('2020-06-02T09:00:00+08:00', C)], {}, frozen());
    expect(outcomes).toEqual(['late', 'stale']);
  });

  it('lets a stored exception replace the frozen rows once, keeping frozenAt', () => {
    const grant = { by: 'jijiaogu@gaotai.gov.cn', reason: '网络故障补报', at: '2020-06-01T10:00:00+08:00' };
    const { outcomes, doc, appended } = applyAll([
      candidate('2020-06-02T09:00:00+08:00', B),
      candidate('2020-06-03T09:00:00+08:00', C),
    ], {}, { ...frozen(), exception: grant });
    expect(outcomes).toEqual(['replaced', 'late']);
    expect(appended[0]).toMatchObject({ kind: 'version', version: 2, exception: grant });
    expect(doc).toMatchObject({ version: 2, rows: B, frozenAt: '2020-05-31T00:00:00+08:00', exception: null });
  });

  it('lets the late content already recorded replace the rows once an exception is granted', () => {
    const grant = { by: 'jijiaogu@gaotai.gov.cn', reason: '补报', at: '2020-06-05T10:00:00+08:00' };
    const afterLate = applyAll([candidate('2020-06-02T09:00:00+08:00', B)], {}, frozen()).doc;
    const d = planSnapshotWrite({ ...afterLate, exception: grant }, candidate('2020-06-02T09:00:00+08:00', B));
    expect(d.outcome).toBe('replaced');
    expect(d.write).toMatchObject({ rows: B, lastLate: null, exception: null });
  });

  it('keeps an unused exception when the content read equals the frozen rows', () => {
    const grant = { by: 'jijiaogu@gaotai.gov.cn', reason: '补报', at: '2020-06-01T10:00:00+08:00' };
    const d = planSnapshotWrite({ ...frozen(), exception: grant }, candidate('2020-06-02T09:00:00+08:00', A));
    expect(d.outcome).toBe('unchanged');
    expect(d.append).toBeNull();
    expect(d.write).toMatchObject({ version: 1, rows: A, exception: grant });
  });

  it('treats ctx.exception like a granted exception', () => {
    expect(planSnapshotWrite(frozen(), candidate('2020-06-02T09:00:00+08:00', B), { exception: true }).outcome).toBe('replaced');
  });
});

describe('planSnapshotWrite with a cutoff', () => {
  const cutoff = '2020-05-30T23:59:59+08:00';
  const existing = () => applyAll([candidate('2020-05-10T09:00:00+08:00', A)]).doc;

  it('records a change modified after the cutoff as late even before the freeze', () => {
    const d = planSnapshotWrite(existing(), candidate('2020-05-31T08:00:00+08:00', B), { cutoff });
    expect(d.outcome).toBe('late');
    expect(d.append).toMatchObject({ reason: 'after_cutoff' });
  });

  it('accepts a change modified before the cutoff even if synced after it', () => {
    const c = { ...candidate('2020-05-30T20:00:00+08:00', B), syncedAt: '2020-06-01T02:00:00+08:00' };
    expect(planSnapshotWrite(existing(), c, { cutoff }).outcome).toBe('replaced');
  });

  it('still creates a first report made after the cutoff, dated by its source so it counts as late', () => {
    const d = planSnapshotWrite(null, candidate('2020-06-02T09:00:00+08:00', A), { cutoff });
    expect(d.outcome).toBe('created');
    expect(d.write?.firstReportedAt).toBe('2020-06-02T09:00:00+08:00');
  });
});
