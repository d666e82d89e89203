import fc from 'fast-check';
import { ACTIVITY_TYPES, STATUSES } from '../../../schemas/activity';
import { MonthAssessment, type RoleMonthTotals } from '../../../schemas/assessment';
import type { GardenMonth } from '../../../schemas/garden-month';
import type { PlanRow } from '../../../schemas/plan-row';
import type { SpotCheck } from '../../../schemas/spot-check';
import { assessMonth, assessTerm } from '../../../functions/src/core/assessment';
import { gaotai, report, roster, spotCheck } from './builders';

const ROSTER = roster();
const RULES = gaotai();
const IDS = ROSTER.gardens.map((g) => g.id);
const MONTHS = ['2020-03', '2020-04'];

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const link = maybe(fc.constantFrom('x', ' ', 'https://drive/y'));

const rowArb = (month: string): fc.Arbitrary<PlanRow> =>
  fc.record({
    row: fc.integer({ min: 3, max: 12 }), // small range: duplicate row numbers stress the tie-breaks
    date: maybe(fc.integer({ min: 1, max: 30 }).map((d) => `${month}-${String(d).padStart(2, '0')}`)),
    task: fc.constantFrom('送教下乡', '专题讲座', '观摩交流', '捐赠 图书', '跟岗学习'),
    type: fc.constantFrom(...ACTIVITY_TYPES),
    status: fc.constantFrom(...STATUSES),
    classHours: maybe(fc.constantFrom(0, 0.5, 1, 2.5, 4)),
    evidence: fc.record({ plan: link, record: link, summary: link, photos: link }),
  }).map((r) => ({ ...r, month, person: '张老师', typeSource: 'column' as const, participants: null, note: null }));

/** Instants around March's and April's deadlines, in two zones. */
const reportedAtArb = maybe(fc.constantFrom(
  '2020-03-20T10:00:00+08:00', '2020-03-30T15:59:59Z', '2020-03-31T00:00:00+08:00', '2020-04-01T00:00:00+08:00',
  '2020-04-30T23:59:00+08:00', '2020-05-01T00:00:00+08:00', '2020-04-15T02:00:00Z',
));

const reportArb = (gardenId: string, month: string): fc.Arbitrary<GardenMonth> =>
  fc.record({ rows: fc.array(rowArb(month), { maxLength: 6 }), firstReportedAt: reportedAtArb, version: fc.integer({ min: 1, max: 3 }) })
    .map(({ rows, firstReportedAt, version }) => report(gardenId, month, rows, { firstReportedAt, version, contentHash: `h${version}` }));

const reportsArb: fc.Arbitrary<GardenMonth[]> = fc
  .array(fc.tuple(fc.constantFrom(...IDS), fc.constantFrom(...MONTHS)), { maxLength: 12 })
  .chain((keys) => (keys.length ? fc.tuple(...keys.map(([id, m]) => reportArb(id, m))) : fc.constant([])));

const spotCheckArb: fc.Arbitrary<SpotCheck> = fc.record({
  id: fc.constantFrom('a', 'b', 'c', 'd'),
  gardenId: fc.constantFrom(...IDS, '外园'),
  month: fc.constantFrom(...MONTHS),
  row: fc.option(fc.integer({ min: 3, max: 12 }), { nil: undefined }),
  task: fc.constantFrom('送教', '讲座', '观摩'),
  verdict: fc.constantFrom('passed' as const, 'falsified' as const),
  checkedAt: fc.constantFrom('2020-04-10T09:00:00+08:00', '2020-04-10T01:00:00Z', '2020-05-10T09:00:00+08:00'),
}).map(({ row, task, ...c }) => spotCheck({ ...c, activity: row === undefined ? { task } : { row } }));

const asOfArb = fc.constantFrom('2020-03-25T12:00:00+08:00', '2020-03-31T12:00:00+08:00', '2020-04-20T12:00:00+08:00', '2020-07-01T00:00:00+08:00');

const caseArb = fc.record({
  month: fc.constantFrom(...MONTHS),
  reports: reportsArb,
  spotChecks: fc.array(spotCheckArb, { maxLength: 4 }),
  asOf: asOfArb,
});

/** A permutation of a list, drawn by fast-check so failures shrink. */
const shuffled = <T>(xs: readonly T[]) => fc.shuffledSubarray([...xs], { minLength: xs.length, maxLength: xs.length });

interface Case { month: string; reports: GardenMonth[]; spotChecks: SpotCheck[]; asOf: string }
const input = (c: Case) => ({ roster: ROSTER, ruleSet: RULES, ...c });

describe('assessment properties', () => {
  it('does not depend on the order of reports, rows or spot checks', () => {
    fc.assert(
      fc.property(
        caseArb.chain((c) => fc.tuple(
          fc.constant(c),
          shuffled(c.reports).chain((rs) => fc.tuple(...rs.map((r) => shuffled(r.rows).map((rows) => ({ ...r, rows }))))),
          shuffled(c.spotChecks),
        )),
        ([c, reports, spotChecks]) => {
          expect(assessMonth(input({ ...c, reports: reports as GardenMonth[], spotChecks }))).toEqual(assessMonth(input(c)));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('gives deep-equal results when run twice, leaves its input untouched, and follows the schema', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const before = structuredClone(c);
        const first = assessMonth(input(c));
        expect(assessMonth(input(c))).toEqual(first);
        expect(c).toEqual(before);
        expect(MonthAssessment.safeParse(first).success).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('county totals are the sums over gardens, and the roles add up to them', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { gardens, pairs, summary } = assessMonth(input(c));
        const keys: (keyof RoleMonthTotals)[] = ['gardens', 'reported', 'onTime', 'late', 'notReported', 'meetingMinimum', 'doneActivities', 'evidenceComplete', 'falsified'];
        for (const key of keys) {
          expect(summary.byRole.helper[key] + summary.byRole.helped[key]).toBe(summary[key]);
        }
        expect(summary.gardens).toBe(gardens.length);
        expect(summary.reported).toBe(gardens.filter((g) => g.reported).length);
        expect(summary.onTime + summary.late).toBe(summary.reported);
        expect(summary.reported + summary.notReported).toBe(summary.gardens);
        expect(summary.doneActivities).toBe(gardens.reduce((s, g) => s + g.doneActivities, 0));
        expect(summary.classHours).toBeCloseTo(gardens.reduce((s, g) => s + g.classHours, 0), 6);
        expect(summary.pairsPassed).toBe(pairs.filter((p) => p.passed).length);
        for (const g of gardens) {
          expect(g.score).toBeCloseTo(g.items.reduce((s, i) => s + i.points, 0), 6);
          expect(g.doneActivities).toBe(Object.values(g.byType).reduce((a, b) => a + b, 0));
        }
        for (const p of pairs) {
          const members = gardens.filter((g) => p.memberIds.includes(g.gardenId));
          expect(p.passed).toBe(members.every((m) => m.meetsMonthlyMinimum));
          expect(p.score).toBe(Math.min(...members.map((m) => m.score)));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('the term result does not depend on the order of reports either', () => {
    fc.assert(
      fc.property(
        caseArb.chain((c) => fc.tuple(fc.constant(c), shuffled(c.reports), shuffled(c.spotChecks))),
        ([c, reports, spotChecks]) => {
          const term = { roster: ROSTER, ruleSet: RULES, term: '2020-spring', asOf: c.asOf };
          expect(assessTerm({ ...term, reports, spotChecks })).toEqual(assessTerm({ ...term, reports: c.reports, spotChecks: c.spotChecks }));
        },
      ),
      { numRuns: 40 },
    );
  });
});
