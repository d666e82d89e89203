/**
 * Incremental sync on the .xlsx folder source: a run lists only files changed (mtime/ctime) since the last sync
 * and reads only those whose content hash differs from the version their garden's snapshots came from.
 */
import { utimes } from 'node:fs/promises';
import path from 'node:path';
import { MonthAssessment, TermAssessment, type Roster } from '../../../schemas';
import { readWorkbookGrid, WorkbookError, XlsxFolderSource } from '../../../functions/src/adapters/workbook';
import { readRoster } from '../../../functions/src/core/roster';
import { loadRuleSet } from '../../../functions/src/core/rules';
import type { ListedSheet, SheetRef, SheetSource } from '../../../functions/src/usecases/ports/sheet-source';
import { runMonthlyAssessment, type MonthlyRunDeps } from '../../../functions/src/usecases/run-monthly-assessment';
import { doneLines, gardensDirOf, writeGarden, writeRoster } from '../../fixtures/county';
import { makeTempDir, removeTempDir } from '../../fixtures/workbook/build';
import { useTestFirestore } from '../../support/firestore';

jest.setTimeout(120_000);
const db = useTestFirestore();
const ruleSet = loadRuleSet('gaotai-2020');
const GARDENS = ['光彩幼儿园', '黑泉镇中心小学辖区内幼儿园', '金果果景隆幼儿园', '西苑幼儿园', '合黎镇中心幼儿园'];
const TASKS = ['送教下乡示范课', '区域活动观摩', '专题讲座：幼儿园一日生活常规'];
let tmp: string;
let roster: Roster;

beforeEach(async () => {
  tmp = await makeTempDir();
  await writeRoster(tmp);
  const { roster: r } = readRoster(await readWorkbookGrid(path.join(tmp, 'roster.xlsx')));
  roster = r!;
  for (const g of GARDENS) await writeGarden(gardensDirOf(tmp), g, doneLines(5, TASKS), '2020-05-20T10:00:00+08:00');
});
afterEach(() => removeTempDir(tmp));

/** The real folder source, with what the run asked of it written down. */
function counted(source: SheetSource) {
  const calls = { listed: [] as string[], read: [] as string[] };
  const wrapped: SheetSource = {
    list: async (since: string | null): Promise<ListedSheet[]> => {
      const out = await source.list(since);
      calls.listed.push(...out.map((s) => s.title));
      return out;
    },
    read: (ref: SheetRef) => {
      calls.read.push(ref.title);
      return source.read(ref);
    },
  };
  return { wrapped, calls };
}

function deps(source: SheetSource, now: string): MonthlyRunDeps {
  const { stores } = db;
  return {
    source, describeUnreadable: (e) => (e instanceof WorkbookError ? e.message : null),
    rosters: stores.rosters, gardenMonths: stores.gardenMonths, runs: stores.runs,
    monthResults: stores.assessments(MonthAssessment), termResults: stores.assessments(TermAssessment),
    ruleSet, now: () => now, newRunId: () => `run-${now}`, log: { info: () => undefined, warn: () => undefined },
    sheetSyncs: stores.sheetSyncs, syncMarginMinutes: 0,
  };
}

const run = async (asOf: string) => {
  const { wrapped, calls } = counted(new XlsxFolderSource(gardensDirOf(tmp)));
  const result = await runMonthlyAssessment(deps(wrapped, asOf), { month: '2020-05', asOf, roster });
  return { result, calls };
};

it('a run after one file was saved again lists and reads that file only; a touched but unchanged file is not read', async () => {
  const first = await run('2020-05-28T10:00:00+08:00');
  expect(first.calls.read).toHaveLength(GARDENS.length);

  await new Promise((resolve) => setTimeout(resolve, 20)); // file times must move past the cursor
  await writeGarden(gardensDirOf(tmp), '西苑幼儿园', doneLines(5, [...TASKS, '家园共育：家长讲座']), '2020-05-28T11:00:00+08:00');
  const second = await run('2020-05-28T12:00:00+08:00');
  expect(second.calls.listed).toEqual(['西苑幼儿园']);
  expect(second.calls.read).toEqual(['西苑幼儿园']);
  const xiyuan = second.result.gardens.find((g) => g.name === '西苑幼儿园')!;
  expect(xiyuan.months.find((m) => m.month === '2020-05')?.outcome).toBe('replaced');
  expect(second.result.gardens.filter((g) => g.reused)).toHaveLength(GARDENS.length - 1);

  await new Promise((resolve) => setTimeout(resolve, 20));
  const now = new Date();
  await utimes(path.join(gardensDirOf(tmp), '光彩幼儿园.xlsx'), now, now);
  const third = await run('2020-05-28T12:00:00+08:00');
  expect(third.calls.listed).toEqual(['光彩幼儿园']);
  expect(third.calls.read).toEqual([]);
  expect(third.result.businessKey).toBe(second.result.businessKey);
});
