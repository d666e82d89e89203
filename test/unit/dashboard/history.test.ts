import type { HistoryEntry } from '../../../schemas';
import { dashboardHistory } from '../../../functions/src/core/dashboard';
import { planRow } from '../../fixtures/sync';

const source = { version: '7', modifiedAt: '2020-06-02T08:00:00+08:00' };
const version: HistoryEntry = {
  kind: 'version', version: 1, at: '2020-05-10T01:00:00.000Z', source, contentHash: 'a', rows: [planRow()], issues: [],
  diff: { before: 0, after: 1, added: 1, removed: 0 }, exception: null,
};
const freeze: HistoryEntry = { kind: 'freeze', at: '2020-06-01T00:00:00+08:00', by: 'monthly-run' };
const late = (at: string, reason: 'frozen' | 'after_cutoff'): HistoryEntry => ({
  kind: 'late', at, reason, source, contentHash: 'b', rows: [planRow(), planRow({ row: 6 })], issues: [],
  diff: { before: 1, after: 2, added: 2, removed: 1 },
});
const grant: HistoryEntry = { kind: 'exception', at: '2020-06-03T10:00:00+08:00', by: 'jijiaogu@gaotai.gov.cn', reason: '停电补报' };

describe('dashboardHistory', () => {
  it('lists every late change on record, timed in the county’s zone, and the garden-months with an exception', () => {
    const { lateChanges, exceptions } = dashboardHistory([
      { gardenId: '新华幼儿园', month: '2020-05', history: [version, freeze, late('2020-06-02T01:30:00.000Z', 'frozen'), grant] },
      { gardenId: '光彩幼儿园', month: '2020-05', history: [late('2020-06-05T12:00:00Z', 'after_cutoff')] },
      { gardenId: '黑泉幼儿园', month: '2020-05', history: [version, freeze] },
    ], 'Asia/Shanghai');
    expect(lateChanges).toEqual([
      { gardenId: '新华幼儿园', month: '2020-05', at: '2020-06-02T09:30:00+08:00', detail: '2020年5月考核后又修改了计划表（修改后共2行，新增2行，删除1行），修改已记录，不计入考核' },
      { gardenId: '光彩幼儿园', month: '2020-05', at: '2020-06-05T20:00:00+08:00', detail: '2020年5月截止后又修改了计划表（修改后共2行，新增2行，删除1行），修改已记录，不计入考核' },
    ]);
    expect(exceptions).toEqual([{ gardenId: '新华幼儿园', month: '2020-05' }]);
  });

  it('has nothing to show for months with no late change or grant', () => {
    expect(dashboardHistory([{ gardenId: '新华幼儿园', month: '2020-05', history: [version, freeze] }], 'Asia/Shanghai'))
      .toEqual({ lateChanges: [], exceptions: [] });
  });
});
