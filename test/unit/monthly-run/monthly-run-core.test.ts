import type { Issue, PlanRow, Roster } from '../../../schemas';
import { assessmentFingerprint, assessmentRunKey, assignSheets, gardenCandidates, runWindow, unusableTable } from '../../../functions/src/core/monthly-run';
import { loadRuleSet } from '../../../functions/src/core/rules';

const ruleSet = loadRuleSet('gaotai-2020');
const g = (id: string, pairId: string) => ({
  id, name: id, role: id === pairId ? 'helper' as const : 'helped' as const,
  kind: id === pairId ? 'demonstration' as const : 'rural' as const, responsible: [], editors: [], pairId,
});
const roster: Roster = {
  county: '高台县', year: 2020,
  gardens: [g('光彩幼儿园', '光彩幼儿园'), g('罗城镇中心小学辖区内幼儿园', '光彩幼儿园')],
  pairs: [{ id: '光彩幼儿园', helperId: '光彩幼儿园', helpedIds: ['罗城镇中心小学辖区内幼儿园'] }],
};
const row = (n: number, month: string): PlanRow => ({
  row: n, month, date: null, task: '送教下乡示范课', person: '李娜', type: '送教/示范课', typeSource: 'inferred', status: 'done',
  classHours: null, participants: null, evidence: { plan: null, record: null, summary: null, photos: null }, note: null,
});
const issue = (n: number, code: Issue['code'], severity: Issue['severity'] = 'error', month?: string): Issue => ({
  row: n, cell: `B${n}`, column: '帮扶时间', severity, code, message: `B${n}：问题`, ...(month ? { month } : {}),
});
const source = { version: 'v1', modifiedAt: '2020-04-25T09:00:00.000Z' };

describe('runWindow', () => {
  it('syncs the term up to the month and closes only months whose cutoff has passed', () => {
    expect(runWindow('2020-04', '2020-05-01T09:00:00+08:00', ruleSet)).toEqual({
      month: '2020-04', term: '2020-spring', months: ['2020-03', '2020-04'], closed: ['2020-03', '2020-04'],
      termMonths: ['2020-03', '2020-04', '2020-05', '2020-06'],
    });
    // Ten minutes before May begins in 高台 (UTC+8), April is still open.
    expect(runWindow('2020-04', '2020-04-30T23:50:00+08:00', ruleSet).closed).toEqual(['2020-03']);
    expect(runWindow('2020-08', '2020-09-01T09:00:00+08:00', ruleSet)).toMatchObject({ term: null, months: ['2020-08'] });
  });
});

describe('gardenCandidates', () => {
  const base = { gardenId: '光彩幼儿园', months: ['2020-03', '2020-04'], assessedMonth: '2020-04', skipped: 3, source, syncedAt: '2026-01-01T00:00:00.000Z' };

  it('gives every window month a candidate (empty when nothing was typed) and accounts for every row', () => {
    const { candidates, account } = gardenCandidates({
      ...base, rows: [row(3, '2020-04'), row(4, '2020-04'), row(5, '2020-05'), row(6, '2020-02')],
      issues: [issue(4, 'evidence.missing', 'warning', '2020-04'), issue(7, 'date.impossible', 'error', '2020-02')],
    });
    expect(candidates.map((c) => [c.month, c.rows.length, c.issues.length])).toEqual([['2020-03', 0, 0], ['2020-04', 2, 1]]);
    expect(account).toEqual({ rowsAccepted: 4, rowsInWindow: 2, rowsDeferred: 1, rowsOutside: 1, errors: 1, warnings: 1, skipped: 3 });
  });

  it('puts issues no row can place on the assessed month, where the bureau looks', () => {
    const { candidates } = gardenCandidates({ ...base, rows: [row(3, '2020-04')], issues: [issue(5, 'month.unknown')] });
    expect(candidates.find((c) => c.month === '2020-04')?.issues.map((i) => i.code)).toEqual(['month.unknown']);
    expect(candidates.find((c) => c.month === '2020-03')?.issues).toEqual([]);
  });

  it('makes no candidate from a table unusable as a whole (no header; no year and no row dated): stored months stand', () => {
    const noHeader = gardenCandidates({ ...base, rows: [], issues: [{ ...issue(1, 'table.no_header'), message: 'A1：没有找到计划表的表头' }] });
    expect(noHeader).toEqual({
      candidates: [],
      account: { rowsAccepted: 0, rowsInWindow: 0, rowsDeferred: 0, rowsOutside: 0, errors: 1, warnings: 0, skipped: 3, unusable: 'A1：没有找到计划表的表头' },
    });
    const noYear = gardenCandidates({ ...base, rows: [], issues: [issue(1, 'table.no_year'), issue(3, 'table.no_year')] });
    expect(noYear.candidates).toEqual([]);
    expect(noYear.account).toMatchObject({ errors: 2, unusable: 'B1：问题' });
    expect(unusableTable([], [issue(4, 'date.impossible')])).toBeNull();
  });

  it('still uses a table without a year whose rows could be dated by their own full dates', () => {
    const { candidates, account } = gardenCandidates({ ...base, rows: [row(3, '2020-04')], issues: [issue(1, 'table.no_year'), issue(4, 'table.no_year')] });
    expect(candidates.map((c) => [c.month, c.rows.length])).toEqual([['2020-03', 0], ['2020-04', 1]]);
    expect(account.unusable).toBeUndefined();
  });
});

describe('assignSheets', () => {
  const sheet = (title: string, modifiedAt = '2020-04-20T00:00:00Z', tableGarden: string | null = null) => ({ title, modifiedAt, tableGarden });

  it('places files by name, then by the title inside, and reports the rest with reasons', () => {
    const result = assignSheets([
      sheet('光彩幼儿园2020年结对帮扶工作计划表'),
      sheet('计划表', undefined, '罗城镇中心小学辖区内幼儿园'),
      sheet('新建 Microsoft Excel 工作表'),
      sheet('光彩幼儿园（旧）', '2020-03-01T00:00:00Z'),
    ], roster);
    expect([...result.byGarden]).toEqual([['光彩幼儿园', 0], ['罗城镇中心小学辖区内幼儿园', 1]]);
    expect(result.problems.map((p) => [p.title, p.reason])).toEqual([['新建 Microsoft Excel 工作表', 'unmatched'], ['光彩幼儿园（旧）', 'duplicate']]);
    expect(result.problems[1].message).toBe('文件“光彩幼儿园（旧）”与“光彩幼儿园2020年结对帮扶工作计划表”都属于光彩幼儿园，采用较晚保存的“光彩幼儿园2020年结对帮扶工作计划表”，前者未读取');
  });
});

describe('assessment run keys', () => {
  const input = { month: '2020-04', asOf: '2020-05-01T09:00:00+08:00', ruleSet, roster, reports: [], spotChecks: [] };

  it('are equal for equal inputs however the instant is written, and differ when an input changes', () => {
    const key = assessmentRunKey('2020-04', input.asOf, assessmentFingerprint(input));
    expect(key).toMatch(/^assessment:2020-04@2020-05-01T01:00:00Z#[0-9a-f]{16}$/);
    expect(assessmentFingerprint({ ...input, asOf: '2020-05-01T01:00:00Z' })).toBe(assessmentFingerprint(input));
    expect(assessmentFingerprint({ ...input, ruleSet: { ...ruleSet, version: ruleSet.version + 1 } })).not.toBe(assessmentFingerprint(input));
    expect(assessmentFingerprint({ ...input, asOf: '2020-05-02T09:00:00+08:00' })).not.toBe(assessmentFingerprint(input));
  });
});
