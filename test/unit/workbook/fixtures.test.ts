import { readPlanTable } from '../../../functions/src/core/intake';
import { readWorkbookGrid } from '../../../functions/src/adapters/workbook';
import { buildAttachment3 } from '../../fixtures/workbook/attachment3';
import { buildBadRows } from '../../fixtures/workbook/bad-rows';
import { makeTempDir, removeTempDir, type WorkbookFixture } from '../../fixtures/workbook/build';
import { buildExtendedTemplate } from '../../fixtures/workbook/extended-template';
import { buildHandFilled } from '../../fixtures/workbook/hand-filled';
import { buildHeaderVariants } from '../../fixtures/workbook/header-variants';
import { buildRealDate } from '../../fixtures/workbook/real-date';

// Every fixture workbook, read from disk through the adapter and intake, reads exactly as its builder says.
let dir: string;
beforeAll(async () => { dir = await makeTempDir(); });
afterAll(async () => { await removeTempDir(dir); });

const builders: Array<[string, (dir: string) => Promise<WorkbookFixture>]> = [
  ['the seed’s 附件3 form, filled in', (d) => buildAttachment3(d)],
  ['our extended template with evidence links', (d) => buildExtendedTemplate(d)],
  ['header variants (序号, 日期, 帮扶内容, header on row 3, month on every row)', (d) => buildHeaderVariants(d)],
  ['known bad rows', (d) => buildBadRows(d)],
  ['dates stored as real Excel dates', (d) => buildRealDate(d)],
  ['real Excel dates in a 1904 date-system workbook', (d) => buildRealDate(d, { date1904: true })],
  ['a table filled by hand in WPS (title in B1, 填报单位 line, merged task cells, sign-off and 合计 lines)', (d) => buildHandFilled(d)],
];

describe.each(builders)('%s', (_name, build) => {
  it('reads as the builder expects: garden, year, rows and issues exactly', async () => {
    const fixture = await build(dir);
    const table = readPlanTable(await readWorkbookGrid(fixture.path));
    expect({ garden: table.garden, year: table.year }).toEqual({ garden: fixture.garden, year: fixture.year });
    expect(table.rows).toEqual(fixture.rows);
    expect(table.issues).toEqual(fixture.issues);
  });
});

it('accounts for every row of the 附件3 form: activities accepted, the rest skipped as title, scaffold or note', async () => {
  const fixture = await buildAttachment3(dir, '光彩幼儿园-skipped.xlsx');
  const table = readPlanTable(await readWorkbookGrid(fixture.path));
  const placeholders = [13, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24];
  expect(table.headerRow).toBe(2);
  expect(table.skipped).toEqual([
    { row: 1, reason: 'title' },
    ...placeholders.map((row) => ({ row, reason: 'scaffold' })),
    { row: 25, reason: 'note' },
  ]);
  const accounted = new Set([2, ...table.rows.map((r) => r.row), ...table.skipped.map((s) => s.row)]);
  expect([...accounted].sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
});

it('accounts for every row of a hand-filled table: no footer, placeholder or bordered empty row is lost or reported', async () => {
  const fixture = await buildHandFilled(dir, '东苑幼儿园-skipped.xlsx');
  const table = readPlanTable(await readWorkbookGrid(fixture.path));
  expect(table.headerRow).toBe(3);
  expect(table.skipped).toEqual([
    { row: 1, reason: 'title' }, { row: 2, reason: 'title' }, { row: 6, reason: 'scaffold' }, { row: 12, reason: 'note' }, { row: 13, reason: 'note' },
  ]);
  const reported = new Set(table.issues.map((issue) => issue.row));
  const accounted = new Set([3, ...table.rows.map((r) => r.row), ...reported, ...table.skipped.map((s) => s.row)]);
  expect([...accounted].sort((a, b) => a - b)).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
});
