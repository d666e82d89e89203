import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { main } from '../../functions/src/cli/main';
import { memoryIo } from '../../functions/src/cli/io';
import { STORY } from '../../functions/src/local/demo/story';
import { makeTempDir, removeTempDir } from '../fixtures/workbook/build';
import { emulatorHost, newTestProjectId } from '../support/firestore';

let home: string;
const env = () => ({ BANGFU_HOME: home, FIRESTORE_EMULATOR_HOST: emulatorHost(), GOOGLE_CLOUD_PROJECT: projectId, METADATA_SERVER_DETECTION: 'none' });
const projectId = newTestProjectId();

async function demo() {
  const io = memoryIo();
  const code = await main(['demo'], env(), io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

interface MonthJson {
  gardens: { name: string; reported: boolean; late: boolean; meetsMonthlyMinimum: boolean; falsified: number; months: { month: string; outcome: string }[] }[];
  pairs: { helper: string; helped: string[]; passed: boolean; failed: string[] }[];
  replayed: boolean;
  assessment: unknown;
  termAssessment: unknown;
}
const monthJson = async (month: string): Promise<MonthJson> => JSON.parse(await readFile(path.join(home, 'out', `assessment-${month}.json`), 'utf8'));
const gardenOf = (json: MonthJson, name: string) => json.gardens.find((g) => g.name === name)!;
const pairWith = (json: MonthJson, name: string) => json.pairs.find((p) => p.helper === name || p.helped.includes(name))!;

/** Four monthly runs against the emulator: minutes, not seconds, on a busy two-core machine. */
jest.setTimeout(300_000);

beforeAll(async () => { home = await makeTempDir('bangfu-demo-'); });
afterAll(() => removeTempDir(home));

describe('bangfu demo (npm start)', () => {
  let first: Record<string, MonthJson>;

  it('creates the demo county, runs March to June in order and prints what the story says', async () => {
    const { code, stdout, stderr } = await demo();
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toContain('已生成演示数据');
    expect(stdout).toContain('2020年4月：18 所园，按时上报 17，逾期 0，未上报 1，达标 17；结对通过 4/5');
    expect(stdout).toMatch(/光彩幼儿园组\s+✓\s+✗\s+✗\s+✓\s+2\/4/);
    expect(stdout).toMatch(/罗城镇中心小学辖区内幼儿园\s+✓\s+缺\s+✓\s+✓\s+3\/4/);
    // June is the spring term's last month: after its cutoff the console shows the term score, not only the months so far.
    expect(stdout).toContain('2020年春季学期截至6月（学期已结束，2020年6月已截止，学期考核为最终结果）：');
    expect(stdout).toMatch(/园所.*上报月数\s+达标月数\s+月均得分\s+学期得分\s+学期结果\s+同类排名/);

    first = Object.fromEntries(await Promise.all(['2020-03', '2020-04', '2020-05', '2020-06'].map(async (m) => [m, await monthJson(m)])));
    // Late reports: saved after the 30th but before the month's end — counted, marked late.
    for (const { garden, month } of STORY.lateSaves) {
      expect(gardenOf(first[`2020-0${month}`], garden)).toMatchObject({ reported: true, late: true, meetsMonthlyMinimum: true });
    }
    // The missing April: not reported, so its pair fails April; the rows typed in May are a late change.
    const missing = STORY.missing.garden;
    expect(gardenOf(first['2020-04'], missing)).toMatchObject({ reported: false, meetsMonthlyMinimum: false });
    expect(pairWith(first['2020-04'], missing)).toMatchObject({ passed: false, failed: [missing] });
    expect(gardenOf(first['2020-05'], missing).months).toContainEqual({ month: '2020-04', outcome: 'late', version: 1 });
    // The falsified May observation zeroes the garden's month and fails its pair.
    expect(gardenOf(first['2020-05'], STORY.falsified.garden)).toMatchObject({ falsified: 1, meetsMonthlyMinimum: false });
    expect(pairWith(first['2020-05'], STORY.falsified.garden).passed).toBe(false);
    // Two activities in June are not the three a helper owes.
    expect(gardenOf(first['2020-06'], STORY.shortMonth.garden).meetsMonthlyMinimum).toBe(false);
    expect(stdout).toContain(`文件“${STORY.strayFile.file.replace('.xlsx', '')}”对应不到结对名单中的园所`);
  });

  it('replays the same inputs on a second run: identical assessments, stored results returned', async () => {
    const { code, stdout } = await demo();
    expect(code).toBe(0);
    expect(stdout).toContain('使用已有演示数据');
    expect(stdout).toContain('本次为重放：输入未变，快照未改动，结果与上次相同。');
    for (const month of Object.keys(first)) {
      const again = await monthJson(month);
      expect(again.replayed).toBe(true);
      expect(again.assessment).toEqual(first[month].assessment);
      expect(again.termAssessment).toEqual(first[month].termAssessment);
      expect(again.gardens.flatMap((g) => g.months.map((m) => m.outcome)).every((o) => o === 'unchanged' || o === 'stale')).toBe(true);
    }
  });
});
