import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { main } from '../../functions/src/cli/main';
import { memoryIo } from '../../functions/src/cli/io';
import { displayWidth } from '../../functions/src/core/text-width';
import { buildAttachment3 } from '../fixtures/workbook/attachment3';
import { buildBadRows } from '../fixtures/workbook/bad-rows';
import { formSheet, makeTempDir, newWorkbook, putRow, removeTempDir, saveWorkbook, type WorkbookFixture } from '../fixtures/workbook/build';
import { buildHandFilled } from '../fixtures/workbook/hand-filled';
import { buildHeaderVariants } from '../fixtures/workbook/header-variants';

const ROOT = path.resolve(__dirname, '../..');
const run = promisify(execFile);

let dir: string;
let good: WorkbookFixture;
let bad: WorkbookFixture;
beforeAll(async () => {
  dir = await makeTempDir();
  good = await buildAttachment3(dir);
  bad = await buildBadRows(dir);
});
afterAll(async () => { await removeTempDir(dir); });

async function validate(...args: string[]) {
  const io = memoryIo();
  const code = await main(['validate', ...args], {}, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

describe('bangfu validate (in process)', () => {
  it('prints the 附件3 table’s rows as one JSON object and exits 0', async () => {
    const { code, stdout, stderr } = await validate(good.path, '--json');
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({ file: good.path, garden: '光彩幼儿园', year: 2020, issues: [] });
    expect(json.rows).toEqual(good.rows);
    expect(json.rows[0]).toMatchObject({ row: 3, month: '2020-03', date: '2020-03-12', person: '张丽', type: '送教/示范课', status: 'done' });
  });

  it('exits 1 and lists every issue with its cell when the table has errors', async () => {
    const { code, stdout } = await validate('--json', bad.path);
    expect(code).toBe(1);
    const json = JSON.parse(stdout);
    // Each issue as intake gives it, with the month of its row where known (the rejected rows' own months).
    expect(json.issues).toEqual(bad.issues);
    expect(json.issues.map((i: { cell: string; month?: string }) => [i.cell, i.month ?? null]))
      .toEqual([['B3', '2020-06'], ['A4', null], ['B5', '2020-05'], ['D6', '2020-05'], ['E7', '2020-05'], ['B8', '2020-05']]);
    expect(json.rows).toEqual(bad.rows);
  });

  it('takes the year from --year over the title', async () => {
    const json = JSON.parse((await validate(good.path, '--json', '--year', '2021')).stdout);
    expect(json.year).toBe(2021);
    expect(json.rows[0]).toMatchObject({ month: '2021-03', date: '2021-03-12' });
  });

  it('checks done activities against --as-of (default: now): those dated after its day are warned, not rejected', async () => {
    const { code, stdout } = await validate(good.path, '--json', '--as-of', '2020-04-23T09:00:00+08:00');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.rows).toEqual(good.rows);
    // Done on 4/28, 5/14, 5/20 and 6/5; 4/23 is the check day itself; planned and postponed rows are not warned.
    expect(json.issues.map((i: { cell: string; code: string; severity: string }) => [i.cell, i.code, i.severity]))
      .toEqual(['B7', 'B8', 'B9', 'B11'].map((cell) => [cell, 'date.future', 'warning']));
    expect(json.issues[0].message).toBe('B7：活动已标为完成，但日期“4月28号”晚于检查日（2020-04-23）');
    expect(JSON.parse((await validate(good.path, '--json')).stdout).issues).toEqual([]);
  });

  it('prints a readable Chinese report with columns aligned by display width', async () => {
    const fixture = await buildHeaderVariants(dir);
    const { code, stdout } = await validate(fixture.path);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines.slice(0, 3)).toEqual([
      '文件：阳光幼儿园.xlsx（工作表“计划表”）',
      '园所：阳光幼儿园　　年份：2020年',
      '活动 4 条；错误 0 处，提醒 0 处。',
    ]);
    const table = lines.slice(4, 9);
    expect(table[0]).toMatch(/^行\s+月份\s+日期\s+类型\s+完成情况\s+负责人\s+帮扶任务$/);
    expect(table[1]).toMatch(/^4\s+2020-03\s+2020-03-10\s+送教\/示范课\s+已完成\s+马俊\s+送教下乡：小班音乐《小雨沙沙》示范课$/);
    // The task column starts at the same display column on every line, Chinese or not.
    const taskStart = (line: string, task: string) => displayWidth(line.slice(0, line.lastIndexOf(task)));
    expect(new Set([
      taskStart(table[0], '帮扶任务'), taskStart(table[1], '送教下乡'), taskStart(table[3], '园本教研：'), taskStart(table[4], '观摩交流：'),
    ]).size).toBe(1);
    expect(lines.at(-1)).toBe('未发现问题。');
  });

  it('lists issues in the readable report', async () => {
    const { code, stdout } = await validate(bad.path);
    expect(code).toBe(1);
    expect(stdout).toContain('活动 1 条；错误 6 处，提醒 0 处。');
    expect(stdout).toContain('问题（6）：');
    expect(stdout).toMatch(/\nB3\s+错误\s+B3：日期“6月31日”不存在\n/);
  });

  it('reports a month it cannot read in a merged cell once, at its first cell, naming the rows it rejects', async () => {
    const workbook = newWorkbook();
    const sheet = formSheet(workbook, 'Sheet1', [8, 14, 30, 10, 10]);
    putRow(sheet, 1, ['南华幼儿园2020年结对帮扶工作计划表']);
    putRow(sheet, 2, ['月份', '帮扶时间', '帮扶任务', '负责人', '完成情况']);
    putRow(sheet, 3, ['十三月', '', '送教下乡', '杨建荣', '']);
    putRow(sheet, 4, [null, '', '观摩交流', '杨建荣', '']);
    putRow(sheet, 5, [null, '', '专题讲座', '裴华', '']);
    putRow(sheet, 6, ['四', '4月2日', '园本教研', '裴华', '']);
    sheet.mergeCells('A3:A5');
    const file = await saveWorkbook(workbook, dir, '南华幼儿园-合并月份.xlsx');
    const { code, stdout } = await validate(file);
    expect(code).toBe(1);
    expect(stdout).toContain('活动 1 条；错误 1 处，提醒 0 处。');
    expect(stdout).toMatch(/\nA3\s+错误\s+A3:A5：月份“十三月”无法识别，请写成“3月”或“三月”（第3—5行都用这一格的内容，均未处理）\n/);
    const json = JSON.parse((await validate(file, '--json')).stdout);
    expect(json.issues).toMatchObject([{ row: 3, lastRow: 5, cell: 'A3', code: 'month.unknown' }]);
  });

  it.each([
    [[], '请给出要检查的计划表文件'],
    [['a.xlsx', 'b.xlsx'], '一次只能检查一个文件'],
    [['a.xlsx', '--year', '二〇二〇'], '年份“二〇二〇”无效'],
    [['a.xlsx', '--colour'], '不认识的选项：--colour'],
    [['a.xlsx', '--year'], '选项缺少取值'],
    [['a.xlsx', '--as-of', '2020-06-01'], '检查时间“2020-06-01”无效'],
  ])('exits 2 with a Chinese message and the usage for bad arguments %j', async (args, message) => {
    const { code, stdout, stderr } = await validate(...args);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toContain(message);
    expect(stderr).toContain('用法：bangfu validate');
  });

  it('reads a table filled by hand exactly: every activity, and only the bad rows reported', async () => {
    const fixture = await buildHandFilled(dir);
    const { code, stdout } = await validate(fixture.path, '--json');
    expect(code).toBe(1);
    const json = JSON.parse(stdout);
    expect({ garden: json.garden, year: json.year, sheet: json.sheet }).toEqual({ garden: '东苑幼儿园', year: 2020, sheet: '计划表' });
    expect(json.rows).toEqual(fixture.rows);
    expect(json.issues).toEqual(fixture.issues);
  });

  it('keeps one report line per activity when cells hold line breaks', async () => {
    const fixture = await buildHandFilled(dir, '东苑幼儿园-report.xlsx');
    const { stdout } = await validate(fixture.path);
    expect(stdout).toMatch(/\n4\s+2020-03\s+2020-03-05\s+观摩交流\s+已完成\s+裴华、杨建荣\s+1\.观摩交流：大班科学活动 2\.评课研讨\n/);
    expect(stdout).toMatch(/\nB10\s+错误\s+B10：日期“2020年10月8日”不在本行月份（9月）之内\n/);
  });

  it('says how to give the year when the title has none', async () => {
    const workbook = newWorkbook();
    const sheet = formSheet(workbook, 'Sheet1', [8, 14, 30, 10, 10]);
    putRow(sheet, 1, ['南华幼儿园结对帮扶工作计划表']);
    putRow(sheet, 2, ['月份', '帮扶时间', '帮扶任务', '负责人', '完成情况']);
    putRow(sheet, 3, ['三', '3月5日', '送教下乡', '杨建荣', '']);
    const noYear = await saveWorkbook(workbook, dir, '南华幼儿园.xlsx');
    const report = await validate(noYear);
    expect(report.code).toBe(1);
    expect(report.stdout).toContain('年份：（标题中未写年份，可加 --year 2020 这样指定）');
    expect(report.stdout).toContain('A1：标题中没有年份，无法确定各行属于哪一年；请在标题中写明年份');
    const given = await validate(noYear, '--json', '--year', '2020');
    expect(given.code).toBe(0);
    expect(JSON.parse(given.stdout).rows).toMatchObject([{ row: 3, month: '2020-03', date: '2020-03-05' }]);
  });

  it.each([
    ['a missing file', async () => path.join(dir, '没有这个文件.xlsx'), '无法读取文件“没有这个文件.xlsx”：文件不存在\n'],
    ['a folder', async () => { const d = path.join(dir, '计划表文件夹'); await mkdir(d, { recursive: true }); return d; },
      '无法读取文件“计划表文件夹”：这是一个文件夹，请给出计划表文件（.xlsx）本身\n'],
    ['a CSV export', async () => { const f = path.join(dir, '计划.csv'); await writeFile(f, '月份,帮扶任务\n三,送教\n'); return f; },
      '无法读取文件“计划.csv”：这是文本（CSV）文件，不是 Excel 工作簿；请在 WPS 或 Excel 中打开后“另存为” Excel 工作簿（*.xlsx）再试\n'],
  ])('exits 2 with one Chinese line for %s', async (_name, make, stderr) => {
    const result = await validate(await make(), '--json');
    expect(result).toEqual({ code: 2, stdout: '', stderr });
  });

  it('exits 2 with a Chinese message, and no stack, for a file that is not a workbook', async () => {
    const file = path.join(dir, '计划.xlsx');
    await writeFile(file, '月份,帮扶任务\n');
    const { code, stdout, stderr } = await validate(file, '--json');
    expect({ code, stdout, stderr }).toEqual({ code: 2, stdout: '', stderr: '无法读取文件“计划.xlsx”：不是有效的 Excel 工作簿（.xlsx）\n' });
  });
});

describe('bangfu validate (the built command, in a child process)', () => {
  const bin = path.join(ROOT, 'functions/bin/bangfu.js');
  const node = process.execPath;

  beforeAll(async () => {
    await run(node, [path.join(ROOT, 'functions/scripts/build.mjs')], { cwd: ROOT });
  }, 180_000);

  async function spawnValidate(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    try {
      const { stdout, stderr } = await run(node, [bin, 'validate', ...args], { cwd: dir });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  }

  it('exits 0, 1 and 2 and prints exactly one JSON object on stdout', async () => {
    const ok = await spawnValidate(path.basename(good.path), '--json');
    expect(ok.code).toBe(0);
    expect(ok.stdout.endsWith('}\n')).toBe(true);
    expect(ok.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(ok.stdout)).toMatchObject({ file: '光彩幼儿园.xlsx', garden: '光彩幼儿园', year: 2020 });

    const failing = await spawnValidate(bad.path, '--json');
    expect(failing.code).toBe(1);
    expect(JSON.parse(failing.stdout).issues).toHaveLength(6);

    const xls = path.join(dir, '城关幼儿园.xls');
    await writeFile(xls, Buffer.from('d0cf11e0a1b11ae1' + '00'.repeat(504), 'hex'));
    const unreadable = await spawnValidate(xls, '--json');
    expect(unreadable).toMatchObject({ code: 2, stdout: '' });
    expect(unreadable.stderr).toMatch(/^无法读取文件“城关幼儿园\.xls”：这是旧版 Excel（\.xls）格式.*\n$/);
  });
});
