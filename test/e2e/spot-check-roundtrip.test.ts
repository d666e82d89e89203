import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { assessJson } from '../../functions/src/cli/assess-json';
import { main } from '../../functions/src/cli/main';
import { memoryIo } from '../../functions/src/cli/io';
import { REGISTER_FIRST_ROW, REGISTER_SHEET } from '../../functions/src/core/spot-checks';
import { doneLines, gardensDirOf, writeGarden, writeRoster } from '../fixtures/county';
import { makeTempDir, removeTempDir } from '../fixtures/workbook/build';
import { emulatorHost, newTestProjectId } from '../support/firestore';

/**
 * The 抽查登记 round trip as the bureau lives it offline: a run writes out/dashboard.xlsx, a clerk types a 虚报
 * verdict into its 抽查登记 tab (in Excel/WPS; here exceljs), the next run reads it back and re-scores the
 * garden and its pair, keeps the clerk's row in the regenerated dashboard, and the 通报 names the outcome.
 */

const MONTH = '2020-05';
const AS_OF = '2020-06-01T09:00:00+08:00';
const HEIQUAN = '黑泉镇中心小学辖区内幼儿园';
const HEIQUAN_TASK = '派2名骨干教师到光彩幼儿园观摩区域活动';
// Typed as a clerk types in Excel/WPS: the 抽查日期 becomes a date cell; the second row names the activity by its row.
const CLERK_ROWS: readonly (readonly (string | number | Date)[])[] = [
  [HEIQUAN, '2020年5月', `5月3日 ${HEIQUAN_TASK}`, new Date(Date.UTC(2020, 4, 28)), '虚报', '入园走访：当天未组织观摩，无签到记录', '张明'],
  ['金果果景隆幼儿园', '5月', 3, '2020.5.29', '属实', '', ''],
  // Checked after the run's evaluation time: not applied by this run (and the tab must say so).
  ['西苑幼儿园', '5月', '5月3日', '2020-06-15', '虚报', '', ''],
];

let tmp: string;
let data: string;
let out: string;
// One project for both runs: the second run sees the first one's run log, snapshots and stored results.
const projectId = newTestProjectId();

type AssessJson = ReturnType<typeof assessJson>;

async function assess(): Promise<{ code: number; json: AssessJson; stderr: string }> {
  const io = memoryIo();
  const env = { FIRESTORE_EMULATOR_HOST: emulatorHost(), GOOGLE_CLOUD_PROJECT: projectId, METADATA_SERVER_DETECTION: 'none' };
  const code = await main(['assess', '--month', MONTH, '--data', data, '--as-of', AS_OF, '--out', out, '--json'], env, io);
  return { code, json: JSON.parse(io.stdout || 'null') as AssessJson, stderr: io.stderr };
}

async function writeCounty(dir: string): Promise<void> {
  const gardens = gardensDirOf(dir);
  await writeRoster(dir);
  await writeGarden(gardens, '光彩幼儿园', doneLines(5, ['送教下乡示范课：中班语言《小蝌蚪找妈妈》', '专题讲座：幼儿游戏观察', '环境创设指导：区角材料投放']), '2020-05-26T15:00:00+08:00');
  await writeGarden(gardens, HEIQUAN, doneLines(5, [HEIQUAN_TASK]), '2020-05-20T16:00:00+08:00');
  await writeGarden(gardens, '金果果景隆幼儿园', doneLines(5, ['参观光彩幼儿园环境创设，交流区角设置经验']), '2020-05-22T10:00:00+08:00');
  await writeGarden(gardens, '西苑幼儿园', doneLines(5, ['送教下乡示范课：小班音乐《小星星》', '专题讲座：幼小衔接', '园本教研：集体备课']), '2020-05-25T09:00:00+08:00');
  await writeGarden(gardens, '合黎镇中心幼儿园', doneLines(5, ['到西苑幼儿园观摩半日活动']), '2020-05-24T09:00:00+08:00');
}

/** What a clerk does: open the dashboard, type rows under the register's header, save. */
async function typeVerdicts(file: string, rows: typeof CLERK_ROWS): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet(REGISTER_SHEET)!;
  rows.forEach((values, r) => values.forEach((v, c) => {
    const cell = sheet.getCell(REGISTER_FIRST_ROW + r, c + 1);
    cell.value = v === '' ? null : v;
    if (v instanceof Date) cell.numFmt = 'yyyy-mm-dd';
  }));
  await workbook.xlsx.writeFile(file);
}

async function registerRow(file: string, row: number): Promise<unknown[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet(REGISTER_SHEET)!;
  return Array.from({ length: 8 }, (_, i) => sheet.getCell(row, i + 1).value);
}

async function docxText(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(await readFile(file));
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml.split('</w:p>').map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')).join('\n');
}

const garden = (json: AssessJson, name: string) => json.gardens.find((g) => g.name === name)!;
const pairOf = (json: AssessJson, helper: string) => json.pairs.find((p) => p.helper === helper)!;

beforeAll(async () => {
  tmp = await makeTempDir('bangfu-spotcheck-');
  data = path.join(tmp, 'data');
  out = path.join(tmp, 'out');
  await writeCounty(data);
});
afterAll(() => removeTempDir(tmp));

describe('抽查登记 round trip through bangfu assess --out', () => {
  let first: Awaited<ReturnType<typeof assess>>;
  let second: Awaited<ReturnType<typeof assess>>;
  const dashboard = () => path.join(out, 'dashboard.xlsx');

  beforeAll(async () => {
    first = await assess();
    await typeVerdicts(dashboard(), CLERK_ROWS);
    second = await assess();
  });

  it('the first run passes both pairs; the register is empty', async () => {
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(garden(first.json, HEIQUAN)).toMatchObject({ doneActivities: 1, meetsMonthlyMinimum: true, falsified: 0 });
    expect(pairOf(first.json, '光彩幼儿园')).toMatchObject({ passed: true, failed: [] });
    expect(pairOf(first.json, '西苑幼儿园')).toMatchObject({ passed: true });
    expect(first.json.summary).toMatchObject({ pairsPassed: 2, falsified: 0 });
  });

  it('the typed 虚报 zeroes the activity: the garden falls short, its pair fails, the other pair is untouched', () => {
    expect(second).toMatchObject({ code: 0, stderr: '' });
    expect(second.json.replayed).toBe(false);
    expect(second.json.businessKey).not.toBe(first.json.businessKey);
    const before = garden(first.json, HEIQUAN);
    const after = garden(second.json, HEIQUAN);
    expect(after).toMatchObject({ doneActivities: 0, falsified: 1, meetsMonthlyMinimum: false });
    // gaotai-2020, a helped garden: activities 60 + on time 20 (no evidence links). Falsified → the activities item is 0.
    expect([before.score, after.score]).toEqual([80, 20]);
    expect(after.reasons.join('')).toContain(HEIQUAN_TASK);
    const pair = pairOf(second.json, '光彩幼儿园');
    expect(pair).toMatchObject({ passed: false, failed: [HEIQUAN] });
    expect([pairOf(first.json, '光彩幼儿园').score, pair.score]).toEqual([80, 20]);
    expect(pairOf(second.json, '西苑幼儿园')).toEqual(pairOf(first.json, '西苑幼儿园'));
    for (const name of ['光彩幼儿园', '金果果景隆幼儿园', '西苑幼儿园', '合黎镇中心幼儿园']) {
      expect(garden(second.json, name).score).toBe(garden(first.json, name).score);
    }
    expect(second.json.summary).toMatchObject({ pairsPassed: 1, falsified: 1 });
  });

  it('the regenerated dashboard still holds the clerk’s row, with what the run made of it', async () => {
    const falsified = await registerRow(dashboard(), REGISTER_FIRST_ROW);
    expect(falsified.slice(0, 7)).toEqual(CLERK_ROWS[0]);
    expect(falsified[7]).toBe('已应用：虚报，相关项目按零分计算');
    const passed = await registerRow(dashboard(), REGISTER_FIRST_ROW + 1);
    expect(passed).toEqual(['金果果景隆幼儿园', '5月', 3, '2020.5.29', '属实', null, null, '已应用：属实']);
    const later = await registerRow(dashboard(), REGISTER_FIRST_ROW + 2);
    expect(later[0]).toBe('西苑幼儿园');
    expect(later[7]).toBe('抽查日期晚于本次考核的评估时间，暂未应用');
  });

  it('the second 通报 (.docx and .html) reports the spot-check outcome', async () => {
    const docx = await docxText(path.join(out, MONTH, `通报-${MONTH}.docx`));
    const html = await readFile(path.join(out, MONTH, `通报-${MONTH}.html`), 'utf8');
    for (const text of [docx, html]) {
      expect(text).not.toContain('本月未登记抽查');
      expect(text).toContain(HEIQUAN_TASK);
      expect(text).toContain('虚报');
      expect(text).toContain('该活动不计，相关项目按零分计算');
      expect(text).toContain('情况属实');
      expect(text).not.toContain('待核实'); // the check dated after the evaluation time is not this bulletin's
      // The run assessed with the register's checks and the publisher read them again: each is listed once.
      expect(text.split('该活动不计，相关项目按零分计算')).toHaveLength(2);
    }
  });

  it('a third run with nothing new replays the stored result and keeps the row', async () => {
    const third = await assess();
    expect(third.json).toMatchObject({ replayed: true, businessKey: second.json.businessKey });
    expect((await registerRow(dashboard(), REGISTER_FIRST_ROW)).slice(0, 7)).toEqual(CLERK_ROWS[0]);
  });
});
