import { canonicalJson, contentHash, diffRows } from '../../../functions/src/core/sync';
import { issue, planRow } from '../../fixtures/sync';

describe('contentHash', () => {
  it('does not depend on the order fields were built in', () => {
    const row = planRow();
    const reordered = Object.fromEntries(Object.entries(row).reverse()) as typeof row;
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(row));
    expect(contentHash([reordered], [])).toBe(contentHash([row], []));
  });

  it('keeps row order: the table as typed is the content', () => {
    const a = planRow({ row: 5, task: '送教' });
    const b = planRow({ row: 6, task: '讲座' });
    expect(contentHash([a, b], [])).not.toBe(contentHash([b, a], []));
  });

  it('changes when any row field or issue changes', () => {
    const base = contentHash([planRow()], []);
    expect(contentHash([planRow({ status: 'not_done' })], [])).not.toBe(base);
    expect(contentHash([planRow({ evidence: { plan: null, record: null, summary: null, photos: null } })], [])).not.toBe(base);
    expect(contentHash([planRow()], [issue()])).not.toBe(base);
  });

  it('is a sha256 hex digest', () => {
    expect(contentHash([], [])).toMatch(/^[0-9a-f]{64}$/);
  });

  it('canonical JSON sorts nested keys and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: undefined } })).toBe('{"a":{"d":[{"y":2,"z":1}]},"b":1}');
  });
});

describe('diffRows', () => {
  it('compares rows by content, not by the sheet row they sit on', () => {
    const before = [planRow({ row: 5, task: '送教' }), planRow({ row: 6, task: '讲座' })];
    const after = [planRow({ row: 5, task: '观摩' }), planRow({ row: 6, task: '送教' }), planRow({ row: 7, task: '讲座' })];
    expect(diffRows(before, after)).toEqual({ before: 2, after: 3, added: 1, removed: 0 });
  });

  it('counts duplicates and removals', () => {
    const same = planRow();
    expect(diffRows([same, same, planRow({ task: '讲座' })], [same])).toEqual({ before: 3, after: 1, added: 0, removed: 2 });
  });
});
