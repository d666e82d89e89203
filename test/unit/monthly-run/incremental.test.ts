import type { SheetSyncDoc } from '../../../schemas';
import { advanceCursor, listingSince, planSheetReads, syncedMonths } from '../../../functions/src/core/monthly-run';

const account = { rowsAccepted: 3, rowsInWindow: 3, rowsDeferred: 0, rowsOutside: 0, errors: 0, warnings: 0, skipped: 1 };
const synced = (gardenId: string, location: string, version: string, months = ['2020-04', '2020-05']): SheetSyncDoc => ({
  gardenId, location, title: gardenId, tableGarden: null, source: { version, modifiedAt: '2020-05-20T02:00:00Z' }, syncedAt: '2020-05-21T00:00:00Z', months, account,
});
const listed = (location: string, version: string, modifiedAt = '2020-05-28T02:00:00Z') => ({ location, title: location, source: { version, modifiedAt } });
const MONTHS = ['2020-04', '2020-05'];

describe('planSheetReads', () => {
  it('reuses a listed sheet at the synced version, reads a new version or a new file', () => {
    const plan = planSheetReads({ listed: [listed('a', '7'), listed('b', '9'), listed('c', '1')], since: null, synced: [synced('A', 'a', '7'), synced('B', 'b', '8')], pending: [], months: MONTHS });
    expect(plan.map((e) => `${e.kind}:${e.location}`)).toEqual(['reuse:a', 'read:b', 'read:c']);
  });

  it('the same version number on another file is not the same content', () => {
    const plan = planSheetReads({ listed: [listed('b', '7')], since: null, synced: [synced('A', 'a', '7')], pending: [], months: MONTHS });
    expect(plan).toEqual([{ kind: 'read', location: 'b', title: 'b' }]);
  });

  it('reads an unchanged sheet when the run needs a month its snapshots were never made for', () => {
    const plan = planSheetReads({ listed: [listed('a', '7')], since: null, synced: [synced('A', 'a', '7', ['2020-04'])], pending: [], months: MONTHS });
    expect(plan.map((e) => e.kind)).toEqual(['read']);
  });

  it('after a partial listing, known unlisted sheets are unchanged and pending ones are read again; a full listing drops vanished files', () => {
    const docs = [synced('A', 'a', '7'), synced('B', 'b', '8', ['2020-04'])];
    const partial = planSheetReads({ listed: [], since: '2020-05-27T00:00:00Z', synced: docs, pending: [{ location: 'x', title: '新建表格' }], months: MONTHS });
    expect(partial.map((e) => `${e.kind}:${e.location}`)).toEqual(['reuse:a', 'read:b', 'read:x']);
    expect(planSheetReads({ listed: [], since: null, synced: docs, pending: [{ location: 'x', title: 'x' }], months: MONTHS })).toEqual([]);
  });
});

describe('cursor', () => {
  it('starts the next listing at the newest listed time minus the margin, never moving back', () => {
    expect(listingSince(null)).toBeNull();
    const c1 = advanceCursor(null, { county: '高台县', listed: [listed('a', '1', '2020-05-28T02:00:00Z'), { ...listed('b', '1', '2020-05-01T00:00:00Z'), changedAt: '2020-05-28T03:00:00Z' }], pending: [], now: '2020-06-01T01:00:00Z' });
    expect(c1?.highWater).toBe('2020-05-28T03:00:00Z');
    expect(listingSince(c1, 10)).toBe('2020-05-28T02:50:00Z');
    const c2 = advanceCursor(c1, { county: '高台县', listed: [listed('a', '2', '2020-05-27T00:00:00Z')], pending: [{ location: 'x', title: 'x' }], now: '2020-06-02T01:00:00Z' });
    expect(c2).toMatchObject({ highWater: '2020-05-28T03:00:00Z', pending: [{ location: 'x', title: 'x' }] });
    expect(advanceCursor(null, { county: '高台县', listed: [], pending: [], now: '2020-06-01T01:00:00Z' })).toBeNull();
  });

  it('months covered accumulate while the version stays, and restart with a new one', () => {
    const doc = synced('A', 'a', '7', ['2020-03', '2020-04']);
    expect(syncedMonths(doc, 'a', { version: '7', modifiedAt: '2020-05-01T00:00:00Z' }, ['2020-05'])).toEqual(['2020-03', '2020-04', '2020-05']);
    expect(syncedMonths(doc, 'a', { version: '8', modifiedAt: '2020-05-01T00:00:00Z' }, ['2020-05'])).toEqual(['2020-05']);
  });
});
