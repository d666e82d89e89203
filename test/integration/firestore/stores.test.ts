import { z } from 'zod';
import type { Roster } from '../../../schemas';
import { CorruptDocumentError, InvalidDocumentError } from '../../../functions/src/adapters/firestore';
import { paths } from '../../../functions/src/adapters/firestore/paths';
import { useTestFirestore } from '../../support/firestore';
import { candidate, issue, planRow } from '../../fixtures/sync';

const roster: Roster = {
  county: '高台县',
  year: 2020,
  gardens: [
    { id: '县第一幼儿园', name: '高台县第一幼儿园', role: 'helper', kind: 'demonstration', responsible: ['王园长'], pairId: '县第一幼儿园', editors: ['YiYou@Example.org'], spreadsheetId: 'sheet-1' },
    { id: '新华幼儿园', name: '新华幼儿园', role: 'helped', kind: 'rural', responsible: [], pairId: '县第一幼儿园', editors: [] },
  ],
  pairs: [{ id: '县第一幼儿园', helperId: '县第一幼儿园', helpedIds: ['新华幼儿园'] }],
};

describe('Firestore stores (emulator)', () => {
  const { stores } = useTestFirestore();

  it('round-trips a roster and registers its gardens', async () => {
    await stores.rosters.save(roster);
    expect(await stores.rosters.get('高台县', 2020)).toEqual(roster);
    expect(await stores.rosters.get('高台县', 2021)).toBeNull();
    expect(await stores.rosters.getGarden('县第一幼儿园')).toMatchObject({ county: '高台县', year: 2020, spreadsheetId: 'sheet-1', editors: ['yiyou@example.org'] });
  });

  it('round-trips a garden-month as one document and lists a month across gardens', async () => {
    const rows = [planRow(), planRow({ row: 6, task: '专题讲座', type: '专题讲座', classHours: null, person: null, status: 'planned', date: null })];
    await stores.gardenMonths.applySnapshot({ ...candidate('2020-05-10T09:00:00+08:00', rows), issues: [issue()] });
    await stores.gardenMonths.applySnapshot({ ...candidate('2020-05-11T09:00:00+08:00', []), gardenId: '县第一幼儿园' });
    await stores.gardenMonths.applySnapshot({ ...candidate('2020-06-11T09:00:00+08:00', []), month: '2020-06' });

    const got = await stores.gardenMonths.get('新华幼儿园', '2020-05');
    expect(got).toMatchObject({ gardenId: '新华幼儿园', month: '2020-05', rows, issues: [issue()], version: 1, frozenAt: null });
    expect(got).not.toHaveProperty('lastLate');
    const docs = await stores.firestore.collection(paths.gardenMonths('新华幼儿园')).listDocuments();
    expect(docs.map((d) => d.id).sort()).toEqual(['2020-05', '2020-06']);
    expect((await stores.gardenMonths.listMonth('2020-05')).map((m) => m.gardenId)).toEqual(['县第一幼儿园', '新华幼儿园']);
  });

  it('names the path of a corrupt document instead of returning it', async () => {
    await stores.firestore.doc(paths.gardenMonth('新华幼儿园', '2020-05')).set({ gardenId: '新华幼儿园', rows: 'oops' });
    await expect(stores.gardenMonths.get('新华幼儿园', '2020-05')).rejects.toThrow(CorruptDocumentError);
    await expect(stores.gardenMonths.get('新华幼儿园', '2020-05')).rejects.toThrow(paths.gardenMonth('新华幼儿园', '2020-05'));
  });

  it('refuses to write a document that breaks its schema', async () => {
    const bad = { ...roster, pairs: [] };
    await expect(stores.rosters.save(bad)).rejects.toThrow(InvalidDocumentError);
    expect(await stores.rosters.get('高台县', 2020)).toBeNull();
  });

  it('saves assessment results by key and validates them with the given schema', async () => {
    const Result = z.object({ month: z.string(), met: z.array(z.string()) });
    const store = stores.assessments(Result);
    await store.save('month:2020-05', { month: '2020-05', met: ['县第一幼儿园'] }, { savedAt: '2020-06-01T02:00:00Z', runId: 'evt-1' });
    expect(await store.get('month:2020-05')).toEqual({ key: 'month:2020-05', result: { month: '2020-05', met: ['县第一幼儿园'] }, savedAt: '2020-06-01T02:00:00Z', runId: 'evt-1' });
    expect(await store.get('term:2020-spring')).toBeNull();
    await stores.firestore.doc(paths.assessment('term:2020-spring')).set({ key: 'term:2020-spring', result: { month: 5 }, savedAt: '2020-06-01T02:00:00Z', runId: null });
    await expect(store.get('term:2020-spring')).rejects.toThrow(paths.assessment('term:2020-spring'));
  });

  it('appends audit entries and lists them by subject in time order', async () => {
    await stores.audit.append({ at: '2020-06-01T10:00:00+08:00', actor: 'a@example.org', action: 'spot_check.record', subject: 'garden:新华幼儿园', details: { verdict: 'passed' } });
    await stores.audit.append({ at: '2020-06-01T01:00:00Z', actor: 'b@example.org', action: 'roster.save', subject: 'garden:新华幼儿园', details: {} });
    await stores.audit.append({ at: '2020-06-01T00:00:00Z', actor: 'c@example.org', action: 'roster.save', subject: 'roster:高台县/2020', details: {} });
    expect((await stores.audit.list('garden:新华幼儿园')).map((e) => e.actor)).toEqual(['b@example.org', 'a@example.org']);
  });

  it('rejects ids that would address another document', () => {
    expect(() => paths.garden('a/b')).toThrow('invalid Firestore document id');
  });
});
