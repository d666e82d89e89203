import { main } from '../../../functions/src/cli/main';
import { memoryIo } from '../../../functions/src/cli/io';
import { recordingSpotChecks } from '../../../functions/src/usecases/record-spot-checks';
import type { SpotCheck } from '../../../schemas';
import { candidate, planRow } from '../../fixtures/sync';
import { useTestFirestore } from '../../support/firestore';

const fs = useTestFirestore();
const GARDEN = '新华幼儿园';
const EDITOR = 'director@xinhua.example.cn';
const BUREAU = 'jijiaogu@gaotai-jyj.example.cn';

const check = (overrides: Partial<SpotCheck> = {}): SpotCheck => ({
  id: '抽查登记第3行', gardenId: GARDEN, month: '2020-05', activity: { row: 5 }, verdict: 'passed', note: null,
  checkedBy: '基教股 李股长', checkedAt: '2020-06-03T10:00:00+08:00', ...overrides,
});

async function audit(...args: string[]) {
  const io = memoryIo();
  const env = { FIRESTORE_EMULATOR_HOST: fs.emulatorHost, GOOGLE_CLOUD_PROJECT: fs.projectId, METADATA_SERVER_DETECTION: 'none' };
  const code = await main(['audit', ...args], env, io);
  return { code, out: io.stdout, err: io.stderr };
}

describe('bangfu audit <garden> <month>', () => {
  it('shows every version, freeze, exception, late change and spot-check verdict with who and when, oldest first', async () => {
    const { gardenMonths, spotCheckLog } = fs.stores;
    await gardenMonths.applySnapshot(candidate('2020-05-12T09:00:00+08:00', [planRow()]), { by: EDITOR });
    await gardenMonths.applySnapshot(candidate('2020-05-20T09:00:00+08:00', [planRow(), planRow({ row: 6, task: '园本教研' })]), { by: EDITOR });
    await gardenMonths.freeze(GARDEN, '2020-05', '2020-06-01T00:00:00+08:00', 'monthly-run');
    await gardenMonths.applySnapshot(candidate('2020-06-02T09:00:00+08:00', [planRow()]), { by: EDITOR });
    await gardenMonths.grantException(GARDEN, '2020-05', BUREAU, '5月30日全镇停电，无法上网', '2020-06-02T15:00:00+08:00');
    const source = recordingSpotChecks({ list: async () => [check()] }, spotCheckLog, () => '2020-06-05T09:00:00+08:00');
    // The query's shape belongs to the run (gardens, months); the fake source ignores it.
    await source.list(...([[GARDEN], ['2020-05']] as unknown as Parameters<typeof source.list>));

    const { code, out } = await audit(GARDEN, '2020-05');
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[1]).toMatch(/^当前：第 2 版，2 条活动，0 个问题，内容摘要 [0-9a-f]{8}，已于 2020-06-01 00:00 冻结$/);
    const body = lines.filter((l) => /^2020-/.test(l));
    expect(body).toHaveLength(6);
    expect(body[0]).toMatch(/^2020-05-12 09:00\s+第1版\s+[0-9a-f]{8}\s+director@xinhua\.example\.cn\s+首次报送：1 条活动（新增 1，删除 0），0 个问题$/);
    expect(body[1]).toMatch(/^2020-05-20 09:00\s+第2版\s+[0-9a-f]{8}\s+director@xinhua\.example\.cn\s+更新：2 条活动（新增 1，删除 0）/);
    expect(body[2]).toMatch(/^2020-06-01 00:00\s+第2版\s+—\s+monthly-run\s+截止冻结/);
    expect(body[3]).toMatch(/^2020-06-02 09:00\s+第2版\s+[0-9a-f]{8}\s+director@xinhua\.example\.cn\s+逾期修改（已冻结，未覆盖）：1 条活动（新增 0，删除 1）$/);
    expect(body[4]).toMatch(/^2020-06-02 15:00\s+第2版\s+—\s+jijiaogu@gaotai-jyj\.example\.cn\s+特批逾期修改：5月30日全镇停电，无法上网$/);
    expect(body[5]).toMatch(/^2020-06-03 10:00\s+—\s+—\s+基教股 李股长\s+抽查结论：属实（第5行）$/);
    expect(out).toContain('共 6 条记录（只增不改）。');
  });

  it('records a spot-check verdict once per content; a corrected verdict is a new record beside the old one', async () => {
    const log = fs.stores.spotCheckLog;
    expect(await log.record([check()], '2020-06-05T09:00:00+08:00')).toBe(1);
    expect(await log.record([check()], '2020-07-05T09:00:00+08:00')).toBe(0);
    expect(await log.record([check({ verdict: 'falsified', checkedAt: '2020-06-10T10:00:00+08:00', note: '照片与活动不符' })], '2020-07-05T09:00:00+08:00')).toBe(1);
    const all = await log.listFor(GARDEN, '2020-05');
    expect(all.map((c) => [c.verdict, c.recordedAt])).toEqual([
      ['passed', '2020-06-05T09:00:00+08:00'],
      ['falsified', '2020-07-05T09:00:00+08:00'],
    ]);
    const { out } = await audit(GARDEN, '2020-05');
    expect(out).toContain('抽查结论：虚报（第5行）；照片与活动不符');
    expect(out).toContain('当前：尚未报送');
  });

  it('says so when nothing is on record (exit 1), and refuses a bad month (exit 2)', async () => {
    const none = await audit('不存在的幼儿园', '2020-05');
    expect(none.code).toBe(1);
    expect(none.out).toContain('没有记录');
    const bad = await audit(GARDEN, '2020-5');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('月份“2020-5”无效');
  });
});
