import path from 'node:path';
import ExcelJS from 'exceljs';
import { loadRuleSet } from '../../functions/src/core/rules';
import { assessFolder, type FolderRun } from '../../functions/src/cli/assess-folder';
import { writeRunOutputs } from '../../functions/src/cli/outputs';
import { storedBureauInputs } from '../../functions/src/local/bureau-outputs';
import { doneLines, gardensDirOf, writeGarden, writeRoster } from '../fixtures/county';
import { makeTempDir, removeTempDir } from '../fixtures/workbook/build';
import { useTestFirestore } from '../support/firestore';

/** Whole months against the emulator on a shared machine. */
jest.setTimeout(180_000);

const db = useTestFirestore();
const ruleSet = loadRuleSet('gaotai-2020');
let tmp: string;

const HELPER = ['送教下乡示范课：到黑泉镇上中班语言活动', '区域活动观摩：组织金果果教师来园观摩', '专题讲座：幼儿园一日生活常规'];

/** April and May closes: 合黎 types its April rows only in May (after April's freeze). */
async function writeCounty(): Promise<void> {
  for (const month of ['2020-04', '2020-05']) await writeRoster(path.join(tmp, month));
  const april = gardensDirOf(path.join(tmp, '2020-04'));
  const may = gardensDirOf(path.join(tmp, '2020-05'));
  await writeGarden(april, '西苑幼儿园', doneLines(4, HELPER), '2020-04-22T09:00:00+08:00');
  await writeGarden(april, '合黎镇中心幼儿园', doneLines(3, ['线上观摩西苑幼儿园示范课']), '2020-03-25T16:00:00+08:00');
  await writeGarden(may, '西苑幼儿园', [...doneLines(4, HELPER), ...doneLines(5, HELPER)], '2020-05-22T09:00:00+08:00');
  await writeGarden(may, '合黎镇中心幼儿园', [...doneLines(3, ['线上观摩西苑幼儿园示范课']), ...doneLines(4, ['到西苑幼儿园观摩户外活动']),
    ...doneLines(5, ['跟岗学习：教师到西苑幼儿园跟岗一周'])], '2020-05-18T16:00:00+08:00');
}

/** The CLI's run for a month folder, on a clock five minutes after the evaluation time (freeze and sync times). */
function run(folder: string, month: string, asOf: string): Promise<FolderRun> {
  const now = new Date(Date.parse(asOf) + 5 * 60_000).toISOString();
  return assessFolder(
    { stores: db.stores, ruleSet, now: () => now, log: { info: () => undefined, warn: () => undefined } },
    { dataDir: path.join(tmp, folder), month, asOf },
  );
}

async function sheetRows(file: string, name: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const rows: string[][] = [];
  workbook.getWorksheet(name)!.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v))));
  });
  return rows;
}

beforeAll(async () => {
  tmp = await makeTempDir('bangfu-local-dashboard-');
  await writeCounty();
});
afterAll(() => removeTempDir(tmp));

describe('the local dashboard shows the stored history', () => {
  it('lists late changes on record with their time and marks granted exceptions (例外), also in a later run', async () => {
    await run('2020-04', '2020-04', '2020-05-01T09:00:00+08:00');
    const may = await run('2020-05', '2020-05', '2020-06-01T09:00:00+08:00');
    expect(may.result.gardens.find((g) => g.gardenId === '合黎镇中心幼儿园')!.months).toContainEqual(expect.objectContaining({ month: '2020-04', outcome: 'late' }));
    await db.stores.gardenMonths.grantException('西苑幼儿园', '2020-04', 'jijiaogu@gaotai.gov.cn', '停电补报', '2020-06-01T10:00:00+08:00');

    // A later evaluation of May: this run sees no new late change (合黎's April is unchanged since), the store has it.
    const later = await run('2020-05', '2020-05', '2020-06-02T09:00:00+08:00');
    expect(later.result.gardens.flatMap((g) => g.months).some((m) => m.outcome === 'late')).toBe(false);
    const out = path.join(tmp, 'out');
    await writeRunOutputs(out, later, await storedBureauInputs(db.stores.gardenMonths, later.result.assessment, ruleSet));
    const dashboard = path.join(out, 'dashboard.xlsx');

    const issues = await sheetRows(dashboard, '问题清单');
    const late = issues.filter((r) => r.includes('截止后修改'));
    expect(late).toHaveLength(1);
    expect(late[0]).toEqual(expect.arrayContaining(['合黎镇中心幼儿园', '2020年4月']));
    expect(late[0].find((c) => c.includes('修改已记录'))).toBe('2020年6月1日 09:05 2020年4月考核后又修改了计划表（修改后共1行，新增1行，删除0行），修改已记录，不计入考核');

    const matrix = await sheetRows(dashboard, '月度完成矩阵');
    const header = matrix.find((r) => r[0] === '园所')!;
    const april = header.indexOf('4月');
    const status = (garden: string) => matrix.find((r) => r[0] === garden)![april];
    expect(status('西苑幼儿园')).toBe('例外');
    expect(status('合黎镇中心幼儿园')).toBe('未报');
  });
});
