import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { main } from '../../functions/src/cli/main';
import { memoryIo } from '../../functions/src/cli/io';
import { doneLines, gardensDirOf, writeGarden, writeRoster, writeStrayFile } from '../fixtures/county';
import { makeTempDir, removeTempDir } from '../fixtures/workbook/build';
import { emulatorHost, newTestProjectId } from '../support/firestore';

let tmp: string;
let clean: string;
let messy: string;

/** May 2020 of two pairs: 合黎 has no file at all; `messy` also holds a file nobody owns. */
async function writeMay(dataDir: string): Promise<void> {
  const gardens = gardensDirOf(dataDir);
  await writeRoster(dataDir);
  await writeGarden(gardens, '光彩幼儿园', doneLines(5, ['送教下乡示范课：中班语言《小蝌蚪找妈妈》', '专题讲座：幼儿游戏观察', '环境创设指导：区角材料投放', '园本教研：户外体育游戏']), '2020-05-31T15:00:00+08:00');
  await writeGarden(gardens, '黑泉镇中心小学辖区内幼儿园', doneLines(5, ['派2名骨干教师到光彩幼儿园观摩区域活动']), '2020-05-20T16:00:00+08:00');
  await writeGarden(gardens, '金果果景隆幼儿园', doneLines(5, ['参观光彩幼儿园环境创设，交流区角设置经验']), '2020-05-22T10:00:00+08:00', '2020年计划表（金果果）.xlsx');
  await writeGarden(gardens, '西苑幼儿园', doneLines(5, ['送教下乡示范课：小班音乐《小星星》', '专题讲座：幼小衔接', '园本教研：集体备课']), '2020-05-25T09:00:00+08:00');
}

async function assess(...args: string[]) {
  return assessWith({}, ...args);
}

async function assessWith(extraEnv: Record<string, string>, ...args: string[]) {
  const io = memoryIo();
  const env = { FIRESTORE_EMULATOR_HOST: emulatorHost(), GOOGLE_CLOUD_PROJECT: newTestProjectId(), METADATA_SERVER_DETECTION: 'none', ...extraEnv };
  const code = await main(['assess', ...args], env, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

beforeAll(async () => {
  tmp = await makeTempDir('bangfu-assess-');
  clean = path.join(tmp, 'clean');
  messy = path.join(tmp, 'messy');
  await writeMay(clean);
  await writeMay(messy);
  await writeStrayFile(gardensDirOf(messy));
});
afterAll(() => removeTempDir(tmp));

describe('bangfu assess --json', () => {
  it('prints one object with every garden’s and pair’s verdict for the month', async () => {
    const { code, stdout, stderr } = await assess('--month', '2020-05', '--data', clean, '--as-of', '2020-06-01T09:00:00+08:00', '--json');
    expect(stderr).toBe('');
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({ month: '2020-05', final: true, county: '高台县', replayed: false, problems: [] });
    expect(json.gardens.map((g: Record<string, unknown>) => [g.name, g.role, g.kind, g.doneActivities, g.meetsMonthlyMinimum, g.onTime])).toEqual([
      ['光彩幼儿园', 'helper', 'demonstration', 4, true, false],
      ['黑泉镇中心小学辖区内幼儿园', 'helped', 'rural', 1, true, true],
      ['金果果景隆幼儿园', 'helped', 'private', 1, true, true],
      ['西苑幼儿园', 'helper', 'demonstration', 3, true, true],
      ['合黎镇中心幼儿园', 'helped', 'rural', 0, false, false],
    ]);
    const guangcai = json.gardens[0];
    expect(guangcai).toMatchObject({ late: true, file: '光彩幼儿园', rows: { rowsAccepted: 4, errors: 0 } });
    expect(guangcai.reasons.join('')).toContain('30日后上报');
    expect(json.gardens[4]).toMatchObject({ reported: false, file: null });
    expect(json.pairs).toEqual([
      expect.objectContaining({ helper: '光彩幼儿园', helped: ['黑泉镇中心小学辖区内幼儿园', '金果果景隆幼儿园'], passed: true }),
      expect.objectContaining({ helper: '西苑幼儿园', helped: ['合黎镇中心幼儿园'], passed: false, failed: ['合黎镇中心幼儿园'] }),
    ]);
    expect(typeof json.pairs[0].score).toBe('number');
    // Everything typed was used; 合黎 sent nothing, which is a verdict, not an input error.
    expect(code).toBe(0);
  });

  it('reports a file it cannot place, exits 1, and writes the results to --out', async () => {
    const out = path.join(tmp, 'out');
    const { code, stdout } = await assess('--month', '2020-05', '--data', messy, '--as-of', '2020-06-01T09:00:00+08:00', '--json', '--out', out);
    expect(code).toBe(1);
    const json = JSON.parse(stdout);
    expect(json.problems).toEqual([expect.stringContaining('文件“新建 Microsoft Excel 工作表”对应不到结对名单中的园所')]);
    const written = JSON.parse(await readFile(path.join(out, 'assessment-2020-05.json'), 'utf8'));
    expect(written.assessment.month).toBe('2020-05');
    expect(written.gardens).toEqual(json.gardens);
  });

  it('prints a Chinese table without --json', async () => {
    const { code, stdout } = await assess('--month', '2020-05', '--data', clean, '--as-of', '2020-06-01T09:00:00+08:00');
    expect(code).toBe(0);
    expect(stdout).toContain('高台县2020年5月结对帮扶月度考核');
    expect(stdout).toMatch(/西苑幼儿园\s+合黎镇中心幼儿园\s+未通过（合黎镇中心幼儿园）/);
    expect(stdout).toContain('合黎镇中心幼儿园：没有找到该园的计划表文件');
  });

  it('exits 2 with a Chinese message when it cannot run', async () => {
    const noRoster = path.join(tmp, 'no-roster');
    await writeMay(noRoster);
    await rm(path.join(noRoster, 'roster.xlsx'));
    const missing = await assess('--month', '2020-05', '--data', noRoster);
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toContain('找不到结对名单');
    const badMonth = await assess('--month', '2020-13', '--data', clean);
    expect(badMonth.code).toBe(2);
    expect(badMonth.stderr).toContain('月份“2020-13”无效');
    const badAsOf = await assess('--month', '2020-05', '--data', clean, '--as-of', '6月1日');
    expect(badAsOf.code).toBe(2);
    expect(badAsOf.stderr).toContain('评估时间“6月1日”无效');
  });

  it('assesses under the rule set --rule-set names, else BANGFU_RULE_SET, and refuses an unknown one in Chinese', async () => {
    const may = ['--month', '2020-05', '--data', clean, '--as-of', '2020-06-01T09:00:00+08:00', '--json'];
    const unknown = await assess(...may, '--rule-set', 'zhangye-2021');
    expect(unknown).toMatchObject({ code: 2, stdout: '' });
    expect(unknown.stderr).toContain('未知的考核规则：zhangye-2021（可用：gaotai-2020）');
    const fromEnv = await assessWith({ BANGFU_RULE_SET: 'zhangye-2021' }, ...may);
    expect(fromEnv).toMatchObject({ code: 2, stdout: '' });
    expect(fromEnv.stderr).toContain('未知的考核规则：zhangye-2021（可用：gaotai-2020）（由环境变量 BANGFU_RULE_SET 指定）');
    const flagWins = await assessWith({ BANGFU_RULE_SET: 'zhangye-2021' }, ...may, '--rule-set', 'gaotai-2020');
    expect(flagWins.code).toBe(0);
    expect(JSON.parse(flagWins.stdout).ruleSet).toMatch(/^gaotai-2020@/);
  });
});
