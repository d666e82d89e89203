import { copyFile, mkdir, readdir, stat, utimes } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import { MonthAssessment, TermAssessment, type Roster } from '../../schemas';
import { readWorkbookGrid, WorkbookError, XlsxFolderSource } from '../../functions/src/adapters/workbook';
import { readRoster } from '../../functions/src/core/roster';
import { loadRuleSet } from '../../functions/src/core/rules';
import { runMonthlyAssessment, type MonthlyRunDeps, type MonthlyRunResult } from '../../functions/src/usecases/run-monthly-assessment';
import { doneLines, gardensDirOf, writeGarden, writeRoster, writeStrayFile, type FormLine } from '../fixtures/county';
import { makeTempDir, removeTempDir } from '../fixtures/workbook/build';
import { useTestFirestore } from '../support/firestore';

/** Each test runs whole months against the emulator; the machine is shared. */
jest.setTimeout(180_000);

const db = useTestFirestore();
const ruleSet = loadRuleSet('gaotai-2020');
let tmp: string;
let roster: Roster;

const HELPER_APRIL = ['送教下乡示范课：到黑泉镇上中班语言活动', '区域活动观摩：组织金果果教师来园观摩', '专题讲座：幼儿园一日生活常规', '环境创设指导：区角设置与材料投放'];
const at = (iso: string) => iso;

/** The county as it stood at the close of April and of May. */
async function writeCounty(): Promise<void> {
  for (const month of ['2020-04', '2020-05']) await writeRoster(path.join(tmp, month));
  const april = gardensDirOf(path.join(tmp, '2020-04'));
  const may = gardensDirOf(path.join(tmp, '2020-05'));
  const heiquanApril = doneLines(4, ['派2名骨干教师到光彩幼儿园观摩区域活动']);
  const jggApril: FormLine[] = [...doneLines(4, ['参观光彩幼儿园环境创设，交流区角设置经验']),
    { month: 5, date: '5月12日', task: '观摩光彩幼儿园大班示范课', person: '周燕', status: '' }];
  const heliMarch = doneLines(3, ['线上观摩西苑幼儿园示范课并交流心得']);
  const heliApril = doneLines(4, ['到西苑幼儿园观摩户外活动']);
  // In March 合黎 typed its plan for the rest of the term (完成情况 blank): a plan is not a report.
  const heliPlan = [...heliApril, ...doneLines(5, ['跟岗学习：教师到西苑幼儿园跟岗一周']), ...doneLines(6, ['观摩西苑幼儿园六一活动'])]
    .map((l) => ({ ...l, status: '' }));

  await writeGarden(april, '光彩幼儿园', doneLines(4, HELPER_APRIL), at('2020-04-25T17:00:00+08:00'));
  await writeGarden(april, '黑泉镇中心小学辖区内幼儿园', heiquanApril, at('2020-04-22T16:00:00+08:00'));
  await writeGarden(april, '金果果景隆幼儿园', jggApril, at('2020-04-28T10:00:00+08:00'));
  await writeGarden(april, '西苑幼儿园', doneLines(4, HELPER_APRIL.slice(0, 3)), at('2020-04-22T09:00:00+08:00'));
  // 合黎 did not report April by the end of April: its file still holds March and the term's plan typed in March.
  await writeGarden(april, '合黎镇中心幼儿园', [...heliMarch, ...heliPlan], at('2020-03-25T16:00:00+08:00'));

  // May: 光彩 saves on the 31st (late but counted); 黑泉 only does 园本教研 (no observation: fails);
  // 合黎 types its April rows now (after April's cutoff: a late change) and its May rows.
  await writeGarden(may, '光彩幼儿园', [...doneLines(4, HELPER_APRIL), ...doneLines(5, HELPER_APRIL)], at('2020-05-31T15:00:00+08:00'));
  await writeGarden(may, '黑泉镇中心小学辖区内幼儿园', [...heiquanApril, ...doneLines(5, ['园本教研：小班区角材料的投放与调整'])], at('2020-05-21T16:00:00+08:00'));
  await writeGarden(may, '金果果景隆幼儿园', [...doneLines(4, ['参观光彩幼儿园环境创设，交流区角设置经验']),
    { month: 5, date: '5月12日', task: '观摩光彩幼儿园大班示范课', person: '周燕', status: '已完成' }], at('2020-05-20T10:00:00+08:00'));
  await writeGarden(may, '西苑幼儿园', [...doneLines(4, HELPER_APRIL.slice(0, 3)), ...doneLines(5, HELPER_APRIL.slice(1))], at('2020-05-22T09:00:00+08:00'));
  await writeGarden(may, '合黎镇中心幼儿园', [...heliMarch, ...heliApril, ...doneLines(5, ['跟岗学习：教师到西苑幼儿园跟岗一周'])], at('2020-05-18T16:00:00+08:00'));
  await writeStrayFile(may);

  // The same May, except that 西苑 deleted its header row: its table cannot be read as a whole.
  await writeRoster(path.join(tmp, '2020-05-broken'));
  const broken = gardensDirOf(path.join(tmp, '2020-05-broken'));
  await mkdir(broken, { recursive: true });
  for (const file of await readdir(may)) {
    // Copies keep their save times: the folder source dates each file by them.
    await copyFile(path.join(may, file), path.join(broken, file));
    const { atime, mtime } = await stat(path.join(may, file));
    await utimes(path.join(broken, file), atime, mtime);
  }
  const xiyuan = path.join(broken, '西苑幼儿园.xlsx');
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(xiyuan);
  book.worksheets[0].getRow(2).values = [];
  await book.xlsx.writeFile(xiyuan);
  await utimes(xiyuan, new Date('2020-05-22T09:00:00+08:00'), new Date('2020-05-22T09:00:00+08:00'));
}

function deps(month: string): MonthlyRunDeps {
  const { stores } = db;
  return {
    source: new XlsxFolderSource(gardensDirOf(path.join(tmp, month))),
    describeUnreadable: (e) => (e instanceof WorkbookError ? e.message : null),
    rosters: stores.rosters, gardenMonths: stores.gardenMonths, runs: stores.runs,
    monthResults: stores.assessments(MonthAssessment), termResults: stores.assessments(TermAssessment),
    ruleSet, now: () => new Date().toISOString(), newRunId: randomUUID,
    log: { info: () => undefined, warn: () => undefined },
  };
}

const run = (month: string, asOf: string) => runMonthlyAssessment(deps(month), { month, asOf, roster });
const garden = (r: MonthlyRunResult, name: string) => r.assessment.gardens.find((g) => g.name === name)!;
const pair = (r: MonthlyRunResult, helper: string) => r.assessment.pairs.find((p) => p.helperId === helper)!;
const verdicts = (r: MonthlyRunResult) => Object.fromEntries(r.assessment.gardens.map((g) => [g.name, [g.doneActivities, g.meetsMonthlyMinimum]]));

beforeAll(async () => {
  tmp = await makeTempDir('bangfu-county-');
  await writeCounty();
  roster = readRoster(await readWorkbookGrid(path.join(tmp, '2020-04', 'roster.xlsx'))).roster!;
});
afterAll(() => removeTempDir(tmp));

describe('the monthly run against the Firestore emulator', () => {
  it('assesses April and May in order: done counts, monthly verdicts, pairs, late and missing reports', async () => {
    const april = await run('2020-04', '2020-05-01T09:00:00+08:00');
    expect(april.assessment.final).toBe(true);
    expect(verdicts(april)).toEqual({
      光彩幼儿园: [4, true], 黑泉镇中心小学辖区内幼儿园: [1, true], 金果果景隆幼儿园: [1, true],
      西苑幼儿园: [3, true], 合黎镇中心幼儿园: [0, false],
    });
    expect(garden(april, '合黎镇中心幼儿园')).toMatchObject({ reported: false, onTime: false });
    expect(pair(april, '光彩幼儿园')).toMatchObject({ passed: true });
    expect(pair(april, '西苑幼儿园')).toMatchObject({ passed: false, failedMemberIds: ['合黎镇中心幼儿园'] });
    // Every row accounted for: 金果果's May plan is deferred to May's run, not lost.
    expect(april.gardens.find((g) => g.name === '金果果景隆幼儿园')?.account).toMatchObject({ rowsAccepted: 2, rowsInWindow: 1, rowsDeferred: 1, errors: 0 });
    expect(april.sheetProblems).toEqual([]);

    const may = await run('2020-05', '2020-06-01T09:00:00+08:00');
    expect(verdicts(may)).toEqual({
      光彩幼儿园: [4, true], 黑泉镇中心小学辖区内幼儿园: [1, false], 金果果景隆幼儿园: [1, true],
      西苑幼儿园: [3, true], 合黎镇中心幼儿园: [1, true],
    });
    expect(garden(may, '光彩幼儿园')).toMatchObject({ reported: true, onTime: false, late: true });
    expect(pair(may, '光彩幼儿园')).toMatchObject({ passed: false, failedMemberIds: ['黑泉镇中心小学辖区内幼儿园'] });
    expect(pair(may, '西苑幼儿园').passed).toBe(true);

    // 合黎's April outcomes, typed in May, are a recorded late change: April's snapshot keeps the plan, unreported.
    const heliApril = may.gardens.find((g) => g.name === '合黎镇中心幼儿园')!.months.find((m) => m.month === '2020-04');
    expect(heliApril).toMatchObject({ outcome: 'late', rows: 1 });
    const history = await db.stores.gardenMonths.history('合黎镇中心幼儿园', '2020-04');
    expect(history.map((h) => h.kind)).toEqual(['version', 'freeze', 'late']);
    const heliAprilDoc = await db.stores.gardenMonths.get('合黎镇中心幼儿园', '2020-04');
    expect(heliAprilDoc).toMatchObject({ firstReportedAt: null });
    expect(heliAprilDoc?.rows.map((r) => r.status)).toEqual(['planned']);

    // The stray file is reported by name, never silently dropped.
    expect(may.sheetProblems).toEqual([expect.objectContaining({ title: '新建 Microsoft Excel 工作表', reason: 'unmatched' })]);

    // The term to date: 合黎 met May and March, not April.
    const heliTerm = may.term!.gardens.find((g) => g.name === '合黎镇中心幼儿园')!;
    expect(heliTerm.months.filter((m) => m.month <= '2020-05').map((m) => [m.month, m.meetsMonthlyMinimum]))
      .toEqual([['2020-03', true], ['2020-04', false], ['2020-05', true]]);
  });

  it('writes no snapshot from a table without its header: stored months stand and the run names the table', async () => {
    await run('2020-04', '2020-05-01T09:00:00+08:00');
    // Mid-May, while May is still open: 西苑's May is stored from its good table, then the header goes.
    await runMonthlyAssessment(deps('2020-05'), { month: '2020-05', asOf: '2020-05-25T09:00:00+08:00', roster });
    const before = await db.stores.gardenMonths.get('西苑幼儿园', '2020-05');
    expect(before?.rows).toHaveLength(3);
    const may = await runMonthlyAssessment(deps('2020-05-broken'), { month: '2020-05', asOf: '2020-05-26T09:00:00+08:00', roster });
    const xiyuan = may.gardens.find((g) => g.name === '西苑幼儿园')!;
    expect(xiyuan.months).toEqual([]);
    expect(xiyuan.account).toMatchObject({ rowsAccepted: 0, errors: 1, unusable: expect.stringContaining('没有找到计划表的表头') });
    expect(await db.stores.gardenMonths.get('西苑幼儿园', '2020-05')).toMatchObject({ version: before!.version, rows: before!.rows });
    expect(garden(may, '西苑幼儿园')).toMatchObject({ reported: true, doneActivities: 3 });
  });

  it('is idempotent: a re-run with the same inputs changes no snapshot and returns the stored result', async () => {
    const first = await run('2020-04', '2020-05-01T09:00:00+08:00');
    await run('2020-05', '2020-06-01T09:00:00+08:00');
    const before = await db.stores.gardenMonths.history('光彩幼儿园', '2020-04');

    const again = await run('2020-04', '2020-05-01T09:00:00+08:00');
    expect(again.replayed).toBe(true);
    expect(again.businessKey).toBe(first.businessKey);
    expect(again.assessment).toEqual(first.assessment);
    expect(again.gardens.flatMap((g) => g.months.map((m) => m.outcome)).every((o) => o === 'unchanged' || o === 'stale')).toBe(true);
    expect(await db.stores.gardenMonths.history('光彩幼儿园', '2020-04')).toEqual(before);
    expect((await db.stores.runs.get(first.businessKey))?.status).toBe('completed');
  });

  it('re-assesses a past month at a later evaluation time as a new run, with the frozen verdict', async () => {
    const april = await run('2020-04', '2020-05-01T09:00:00+08:00');
    await run('2020-05', '2020-06-01T09:00:00+08:00');
    const later = await runMonthlyAssessment(deps('2020-05'), { month: '2020-04', asOf: '2020-06-02T09:00:00+08:00', roster });
    expect(later.replayed).toBe(false);
    expect(later.businessKey).not.toBe(april.businessKey);
    expect(verdicts(later)).toEqual(verdicts(april));
    const latest = await db.stores.assessments(MonthAssessment).get('month:2020-04');
    expect(latest?.result.asOf).toBe('2020-06-02T09:00:00+08:00');
  });
});
