import { copyFile, mkdir, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { WorkbookError, XlsxFolderSource, xlsxRef } from '../../../functions/src/adapters/workbook';
import { buildAttachment3 } from '../../fixtures/workbook/attachment3';
import { makeTempDir, removeTempDir } from '../../fixtures/workbook/build';
import { buildHeaderVariants } from '../../fixtures/workbook/header-variants';
import { buildRealDate } from '../../fixtures/workbook/real-date';
import ExcelJS from 'exceljs';

let root: string;
let folder: string;
beforeAll(async () => {
  root = await makeTempDir();
  folder = path.join(root, 'plans');
  await mkdir(folder);
  await buildAttachment3(folder); // modified 2020-06-30T02:00Z
  await buildHeaderVariants(folder);
  const late = await buildRealDate(folder);
  // 红旗幼儿园 saved again in July.
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(late.path);
  workbook.modified = new Date('2020-07-02T01:00:00Z');
  await workbook.xlsx.writeFile(late.path);
  await writeFile(path.join(folder, '~$光彩幼儿园.xlsx'), 'lock file');
  await writeFile(path.join(folder, '.hidden.xlsx'), 'x');
  await writeFile(path.join(folder, '说明.txt'), '不是计划表');
  await writeFile(path.join(folder, '城关幼儿园.xls'), Buffer.from('d0cf11e0a1b11ae1' + '00'.repeat(504), 'hex'));
});
afterAll(async () => { await removeTempDir(root); });

describe('XlsxFolderSource', () => {
  it('lists every workbook with its version, old .xls included so that reading it can say what to do', async () => {
    const listed = await new XlsxFolderSource(folder).list(null);
    expect(listed.map((sheet) => [sheet.title, sheet.source.modifiedAt])).toEqual([
      ['城关幼儿园', expect.any(String)], // unparseable: the file's mtime
      ['光彩幼儿园', '2020-06-30T02:00:00.000Z'],
      ['红旗幼儿园', '2020-07-02T01:00:00.000Z'],
      ['阳光幼儿园', '2020-06-30T02:00:00.000Z'],
    ]);
    expect(listed.every((sheet) => /^[0-9a-f]{16}$/.test(sheet.source.version))).toBe(true);
  });

  it('lists only the files changed on disk after `since`: mtime, or ctime for a file copied in with its old mtime', async () => {
    const other = path.join(root, 'since');
    await mkdir(other);
    const copied = path.join(other, '光彩幼儿园.xlsx');
    await copyFile(path.join(folder, '光彩幼儿园.xlsx'), copied);
    const afterCopy = new Date(Date.now() + 5).toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await new XlsxFolderSource(other).list(afterCopy)).toEqual([]);
    // Saved long ago (mtime set back, as cp -p or unzip do), but it arrived now: listed, with its own saved-at.
    await copyFile(path.join(folder, '阳光幼儿园.xlsx'), path.join(other, '阳光幼儿园.xlsx'));
    await utimes(path.join(other, '阳光幼儿园.xlsx'), new Date('2019-01-01T00:00:00Z'), new Date('2019-01-01T00:00:00Z'));
    const listed = await new XlsxFolderSource(other).list(afterCopy);
    expect(listed.map((sheet) => [sheet.title, sheet.source.modifiedAt])).toEqual([['阳光幼儿园', '2020-06-30T02:00:00.000Z']]);
    expect(Date.parse(listed[0].changedAt!)).toBeGreaterThan(Date.parse(afterCopy));
  });

  it('reads a listed sheet: its grid and the version it was read at', async () => {
    const source = new XlsxFolderSource(folder);
    const [, guangcai] = await source.list(null);
    const snapshot = await source.read(guangcai);
    expect(snapshot.ref).toEqual({ location: path.join(folder, '光彩幼儿园.xlsx'), title: '光彩幼儿园' });
    expect(snapshot.source).toEqual(guangcai.source);
    expect(snapshot.grid.rows[0]).toEqual(['光彩幼儿园2020年结对帮扶工作计划表']);
  });

  it('fails to read an old .xls with the save-as message', async () => {
    const error = await new XlsxFolderSource(folder).read(xlsxRef(path.join(folder, '城关幼儿园.xls'))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect((error as WorkbookError).message).toMatch(/^无法读取文件“城关幼儿园\.xls”：这是旧版 Excel（\.xls）格式.*另存为/);
  });

  it('reports a missing folder in Chinese', async () => {
    await expect(new XlsxFolderSource(path.join(root, 'nope')).list(null)).rejects.toMatchObject({ code: 'not_found' });
  });
});
