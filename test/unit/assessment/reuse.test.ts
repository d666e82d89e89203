import type { GardenMonth } from '../../../schemas/garden-month';
import type { SpotCheck } from '../../../schemas/spot-check';
import { assessMonth, assessTerm, type TermInput } from '../../../functions/src/core/assessment';
import { doneRows, gaotai, passingReports, report, roster, row, spotCheck } from './builders';

/**
 * A month-close assesses its month, then the term, handing the term the month it already has (`monthly`). The
 * term must come out exactly as if it had assessed that month itself, and must ignore a given month that was not
 * made from the very same inputs.
 */

const SPRING = ['2020-03', '2020-04', '2020-05', '2020-06'];
/** June is assessed the morning after its cutoff, as the monthly job does. */
const AS_OF = '2020-07-01T09:00:00+08:00';

/** A varied spring: late, after-the-cutoff and missing months, a blank 课时, missing evidence, a falsified and an unmatched check. */
function springReports(): GardenMonth[] {
  return SPRING.flatMap((month) => passingReports(month).map((r) => {
    if (r.gardenId === '新坝幼儿园' && month === '2020-05') return { ...r, firstReportedAt: '2020-05-31T10:00:00+08:00' };
    if (r.gardenId === '新坝幼儿园' && month === '2020-06') return { ...r, firstReportedAt: '2020-07-01T08:00:00+08:00' };
    if (r.gardenId === '光彩幼儿园') {
      return report(r.gardenId, month, [
        ...doneRows(2, '专题讲座', month),
        row({ row: 20, month, date: `${month}-15`, type: '送教/示范课', classHours: null, evidence: { plan: '方案', record: null, summary: '总结', photos: ' ' } }),
      ]);
    }
    return r;
  })).filter((r) => !(r.gardenId === '黑泉幼儿园' && r.month === '2020-04'));
}

const CHECKS: SpotCheck[] = [
  spotCheck({ gardenId: '第一幼儿园', month: '2020-06', activity: { row: 5 }, note: '现场无记录' }),
  spotCheck({ id: 'sc-2', gardenId: '蕾梦幼儿园', month: '2020-06', activity: { row: 99 } }),
];

function termInput(over: Partial<TermInput> = {}): TermInput {
  return { roster: roster(), ruleSet: gaotai(), term: '2020-spring', reports: springReports(), spotChecks: CHECKS, asOf: AS_OF, ...over };
}

function juneOf(input: TermInput, over: Partial<Parameters<typeof assessMonth>[0]> = {}) {
  const { roster: r, ruleSet, reports, spotChecks, asOf } = input;
  return assessMonth({ roster: r, ruleSet, month: '2020-06', reports, spotChecks, asOf, ...over });
}

describe('a term reusing the month assessment the caller already made', () => {
  it('comes out exactly as assessing every month itself', () => {
    const input = termInput();
    const fresh = assessTerm(input);
    const june = juneOf(input);
    expect(assessTerm({ ...input, monthly: [june] })).toEqual(fresh);
    // The case is not trivial: June has a report after the cutoff, a falsified and an unmatched check, flagged rows.
    expect(fresh.notes.some((n) => n.startsWith('2020年6月：抽查记录“sc-2”'))).toBe(true);
    expect(june.gardens.map((g) => [g.gardenId, g.reported])).toContainEqual(['新坝幼儿园', false]);
    expect(fresh.gardens.find((g) => g.gardenId === '新坝幼儿园')).toMatchObject({ monthsLate: 1, monthsReported: 3 });
    expect(june.gardens.find((g) => g.gardenId === '第一幼儿园')?.falsified).toHaveLength(1);
  });

  it('takes the given month rather than assessing it again', () => {
    const input = termInput();
    const june = juneOf(input);
    // Only a reused month can carry this through: the term must show June's score as given.
    june.gardens[1].score = 0;
    const term = assessTerm({ ...input, monthly: [june] });
    expect(term.gardens[1].months.find((m) => m.month === '2020-06')?.score).toBe(0);
  });

  it('keeps the month’s own notes, not notes the caller added afterwards', () => {
    const input = termInput();
    const june = juneOf(input);
    june.notes.push('调度说明：本月抽查两所园');
    const term = assessTerm({ ...input, monthly: [june] });
    expect(term).toEqual(assessTerm(input));
    expect(term.notes.join('\n')).not.toContain('调度说明');
  });

  it.each([
    ['another evaluation time', (input: TermInput) => juneOf(input, { asOf: '2020-06-29T09:00:00+08:00' })],
    ['another rule set (same id and version, other numbers)', (input: TermInput) => juneOf(input, { ruleSet: { ...gaotai(), lateTimelinessCredit: 0 } })],
    ['other reports', (input: TermInput) => juneOf(input, { reports: input.reports.filter((r) => r.gardenId !== '新坝幼儿园') })],
    ['other spot checks', (input: TermInput) => juneOf(input, { spotChecks: [] })],
    ['another roster object (equal content)', (input: TermInput) => juneOf(input, { roster: roster() })],
  ])('ignores a month made with %s', (_label, make) => {
    const input = termInput();
    const other = make(input);
    other.gardens.forEach((g) => (g.score = 0));
    expect(assessTerm({ ...input, monthly: [other] })).toEqual(assessTerm(input));
  });

  it('ignores a month assessment read back from storage (not made here)', () => {
    const input = termInput();
    const stored = JSON.parse(JSON.stringify(juneOf(input))) as ReturnType<typeof juneOf>;
    stored.gardens.forEach((g) => (g.score = 0));
    expect(assessTerm({ ...input, monthly: [stored] })).toEqual(assessTerm(input));
  });

  it('assesses equally whatever order the reports and checks come in', () => {
    const input = termInput();
    const shuffled = { ...input, reports: [...input.reports].reverse(), spotChecks: [...CHECKS].reverse() };
    expect(assessTerm({ ...shuffled, monthly: [juneOf(shuffled)] })).toEqual(assessTerm(input));
  });
});
