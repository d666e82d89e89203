import fc from 'fast-check';
import { canonicalJson, contentHash } from '../../../functions/src/core/sync';
import { issue, planRow } from '../../fixtures/sync';

/**
 * The definition: JSON.stringify of a copy with every object's entries sorted (Object.fromEntries lists index keys
 * first). Function members are left out, as JSON.stringify leaves them out, so that one named toJSON is not called.
 */
function reference(value: unknown): string {
  const sorted = (v: unknown): unknown => {
    if (typeof v !== 'object' || v === null) return v;
    if (Array.isArray(v)) return v.map(sorted);
    const record = v as Record<string, unknown>;
    const keys = Object.keys(v).filter((k) => typeof record[k] !== 'function').sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(keys.map((k) => [k, sorted((v as Record<string, unknown>)[k])]));
  };
  return JSON.stringify(sorted(value));
}

// Text as gardens type it and worse: CJK, quotes, backslashes, control characters, lone surrogates, U+2028.
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom('到城关幼儿园送教：大班科学活动', '张老师', '"引号"\\', 'a\nb\u0000\u001f', '\ud800', '\udc00\ud83d\ude00', '\u2028'),
);
const nullableText = fc.option(text, { nil: null });
const number = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(-0, 1e21, 5e-7, NaN, Infinity));
// Members JSON has no text for, or that a schema copier must not take for its own.
const odd = fc.oneof(fc.constant(undefined), fc.constant(() => 1), fc.constant(Symbol('s')), fc.constant(new Date(0)), fc.constant([undefined, 1]));
const member = fc.oneof({ weight: 4, arbitrary: fc.oneof(text, number, fc.constant(null), fc.boolean()) }, { weight: 1, arbitrary: odd });
const oddKey = fc.oneof(fc.string({ unit: 'binary', maxLength: 6 }), fc.constantFrom('0', '7', '10', '01', '-1', '4294967294', '4294967295', 'toJSON', 'Row', 'é'));

/** An object built from `base` in a random order, some members dropped, some replaced by odd values, some keys added. */
function shuffled(base: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .tuple(base, fc.array(fc.tuple(fc.nat(), fc.nat(5), member)), fc.dictionary(oddKey, member, { maxKeys: 2 }))
    .map(([object, edits, extra]) => {
      const entries = Object.entries(object);
      for (const [at, kind, value] of edits) {
        if (entries.length === 0) break;
        const i = at % entries.length;
        if (kind === 0) entries.splice(i, 1);
        else if (kind === 1) entries[i] = [entries[i][0], value];
        else if (kind === 2) entries.push(entries.splice(i, 1)[0]); // move to the end
      }
      return { ...Object.fromEntries(entries), ...(edits.length % 3 === 0 ? extra : {}) };
    });
}

const evidence = shuffled(fc.record({ plan: nullableText, record: nullableText, summary: nullableText, photos: nullableText }));
const row = shuffled(
  fc.record({
    row: fc.integer({ min: 1, max: 500 }), month: fc.constantFrom('2020-03', '2020-04'), date: nullableText, task: text,
    person: nullableText, type: text, typeSource: fc.constantFrom('column', 'inferred'), status: fc.constantFrom('done', 'planned'),
    classHours: fc.option(number, { nil: null }), participants: fc.option(fc.nat(), { nil: null }), evidence, note: nullableText,
  }),
);
const snapshotIssue = shuffled(
  fc.record({ row: fc.integer({ min: 1, max: 500 }), cell: text, column: text, severity: fc.constantFrom('error', 'warning'), code: text, message: text }),
);

describe('canonicalJson', () => {
  it('is JSON.stringify of a deep key-sorted copy, for row- and issue-like objects with missing, extra and odd members', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 4 }), fc.array(snapshotIssue, { maxLength: 3 }), (rows, issues) => {
        expect(canonicalJson({ rows, issues })).toBe(reference({ rows, issues }));
      }),
      { numRuns: 500 },
    );
  });

  it('is JSON.stringify of a deep key-sorted copy for any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => expect(canonicalJson(value)).toBe(reference(value))), { numRuns: 300 });
  });

  it('reads plan rows and issues the same whatever order their fields were built in', () => {
    const r = planRow();
    const reversed = Object.fromEntries(Object.entries(r).reverse());
    expect(canonicalJson(reversed)).toBe(canonicalJson(r));
    expect(canonicalJson(r)).toBe(reference(r));
    expect(canonicalJson({ ...issue(), month: '2020-05' })).toBe(reference({ ...issue(), month: '2020-05' }));
  });

  it('writes odd values as before: a Date as {}, index keys first, no toJSON called, __proto__ kept as a member', () => {
    const value = { 10: 'a', 2: 'b', b: [undefined, () => 1, NaN, -0, 1e21], a: new Date(0), 4294967295: 1, 4294967294: 2, '\ud800': '\udc00x', toJSON: () => 'x' };
    expect(canonicalJson(value)).toBe('{"2":"b","10":"a","4294967294":2,"4294967295":1,"a":{},"b":[null,null,null,0,1e+21],"\\ud800":"\\udc00x"}');
    const proto = JSON.parse('{"__proto__":{"z":1,"a":2},"b":1}');
    expect(canonicalJson(proto)).toBe('{"__proto__":{"a":2,"z":1},"b":1}');
    expect(canonicalJson(undefined)).toBeUndefined();
  });
});

describe('contentHash', () => {
  it('keeps the hashes already stored in Firestore', () => {
    // Computed by the implementation that wrote the stored snapshots: a change here marks every garden-month changed.
    const { month: _month, ...snapshotIssue } = { ...issue(), month: '2020-05' };
    const rows = [
      planRow(),
      planRow({ row: 6, task: '讲座 "引号" \\ \n', note: '备注\u2028', classHours: 1.5, evidence: { plan: null, record: 'r', summary: null, photos: 'p' } }),
    ];
    expect(contentHash(rows, [snapshotIssue])).toBe('311cd906717b87cf9d79713607e26701cea0b6b32953ec9dbe6f53f94f596cf5');
    expect(contentHash([], [])).toBe('753c2c9153e409e4bb42b00a168a4e203332ebb696ccc1c65f7fa94a053f6a3d');
  });
});
