import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SpotCheck } from '../../schemas';
import type { assessJson } from '../../functions/src/cli/assess-json';
import { main } from '../../functions/src/cli/main';
import { memoryIo } from '../../functions/src/cli/io';
import { DATA_LAYOUT } from '../../functions/src/cli/assess-folder';
import { doneLines, gardensDirOf, writeGarden, writeRoster } from '../fixtures/county';
import { makeTempDir, removeTempDir } from '../fixtures/workbook/build';
import { emulatorHost, newTestProjectId } from '../support/firestore';

/**
 * An offline bureau keeps its spot-check verdicts in data/spot-checks.json rather than the dashboard's 抽查登记 tab.
 * Those verdicts score (a 虚报 activity does not count), and the month's 通报 must list them as it lists the register's.
 */

const MONTH = '2020-05';
const AS_OF = '2020-06-01T09:00:00+08:00';
const HEIQUAN = '黑泉镇中心小学辖区内幼儿园';
const HEIQUAN_TASK = '派2名骨干教师到光彩幼儿园观摩区域活动';

let tmp: string;
let data: string;
let out: string;

type AssessJson = ReturnType<typeof assessJson>;

async function assess(projectId: string): Promise<{ code: number; json: AssessJson }> {
  const io = memoryIo();
  const env = { FIRESTORE_EMULATOR_HOST: emulatorHost(), GOOGLE_CLOUD_PROJECT: projectId, METADATA_SERVER_DETECTION: 'none' };
  const code = await main(['assess', '--month', MONTH, '--data', data, '--as-of', AS_OF, '--out', out, '--json'], env, io);
  return { code, json: JSON.parse(io.stdout || 'null') as AssessJson };
}

beforeAll(async () => {
  tmp = await makeTempDir('bangfu-spotfile-');
  data = path.join(tmp, 'data');
  out = path.join(tmp, 'out');
  const gardens = gardensDirOf(data);
  await writeRoster(data);
  await writeGarden(gardens, '光彩幼儿园', doneLines(5, ['送教下乡示范课：中班语言《小蝌蚪找妈妈》', '专题讲座：幼儿游戏观察', '环境创设指导：区角材料投放']), '2020-05-26T15:00:00+08:00');
  await writeGarden(gardens, HEIQUAN, doneLines(5, [HEIQUAN_TASK]), '2020-05-20T16:00:00+08:00');
  await writeGarden(gardens, '金果果景隆幼儿园', doneLines(5, ['参观光彩幼儿园环境创设，交流区角设置经验']), '2020-05-22T10:00:00+08:00');
});
afterAll(() => removeTempDir(tmp));

it('lists the verdicts of spot-checks.json in the 通报, with what they did to the score', async () => {
  // The garden's id as the bureau reads it from a first run's output.
  const first = await assess(newTestProjectId());
  expect(first.code).toBe(0);
  const heiquan = first.json.gardens.find((g) => g.name === HEIQUAN)!;
  const check: SpotCheck = {
    id: '2020-05-file-1', gardenId: heiquan.id, month: MONTH, activity: { task: '观摩区域活动' },
    verdict: 'falsified', note: '入园走访：当天未组织观摩', checkedBy: '张明', checkedAt: '2020-05-28T10:00:00+08:00',
  };
  await writeFile(path.join(data, DATA_LAYOUT.spotChecks), JSON.stringify([check]));

  const second = await assess(newTestProjectId());
  expect(second.code).toBe(0);
  expect(second.json.gardens.find((g) => g.name === HEIQUAN)).toMatchObject({ falsified: 1, meetsMonthlyMinimum: false });
  const html = await readFile(path.join(out, MONTH, `通报-${MONTH}.html`), 'utf8');
  expect(html).not.toContain('本月未登记抽查');
  expect(html).toContain('抽查结果');
  expect(html).toContain('该活动不计，相关项目按零分计算');
});
