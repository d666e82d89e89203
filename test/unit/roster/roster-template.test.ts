import type { CellGrid } from '../../../schemas';
import { readRoster } from '../../../functions/src/core/roster';

function templateGrid(rows: (string | null)[][]): CellGrid {
  return {
    rows: [['高台县2020年结对帮扶园所名单'], ['园所名称', '角色', '类型', '帮扶园', '责任人', '编辑账号'], ...rows],
    merges: [],
  };
}

describe('readRoster — our one-row-per-garden template', () => {
  it('forms pairs from each helped garden’s 帮扶园, whatever the row order', () => {
    const { roster, layout, issues } = readRoster(templateGrid([
      ['合黎镇中心幼儿园', '被帮扶园', '农村园', '西苑幼儿园', '文加丰', 'wjf@example.cn'],
      ['西苑幼儿园', '帮扶园', '示范园', '', '闫桂琴', 'ygq@example.cn, Office@Example.cn'],
      ['千字童幼儿园', '被帮扶园', '民办园', '西苑幼儿园', '王秀玲', ''],
    ]));
    expect(layout).toBe('template');
    expect(issues).toEqual([]);
    expect(roster).toMatchObject({ county: '高台县', year: 2020 });
    expect(roster?.pairs).toEqual([{ id: '西苑幼儿园', helperId: '西苑幼儿园', helpedIds: ['合黎镇中心幼儿园', '千字童幼儿园'] }]);
    expect(roster?.gardens.find((g) => g.id === '西苑幼儿园')).toMatchObject({
      role: 'helper', kind: 'demonstration', responsible: ['闫桂琴'], editors: ['ygq@example.cn', 'office@example.cn'],
    });
    expect(roster?.gardens.find((g) => g.id === '千字童幼儿园')).toMatchObject({ role: 'helped', kind: 'private', pairId: '西苑幼儿园' });
  });

  it('reports bad rows in Chinese, naming the cell, and keeps the good ones', () => {
    const { roster, issues } = readRoster(templateGrid([
      ['西苑幼儿园', '帮扶园', '', '', '', ''],
      ['合黎镇中心幼儿园', '被帮扶园', '农村园', '西苑幼儿园', '', 'not-an-email'],
      ['千字童幼儿园', '被帮助', '民办园', '西苑幼儿园', '', ''],
      ['七色果幼儿园', '被帮扶园', '私立园', '西苑幼儿园', '', ''],
      ['金太阳幼儿园', '被帮扶园', '民办园', '东苑幼儿园', '', ''],
      ['', '被帮扶园', '民办园', '', '', ''],
    ]));
    expect(issues.map((i) => `${i.message}`)).toEqual([
      'F4：编辑账号“not-an-email”不是有效的邮箱地址，已忽略',
      'B5：角色“被帮助”无法识别（应为帮扶园或被帮扶园），“千字童幼儿园”未列入名单',
      'C6：类型“私立园”无法识别（应为示范园、农村园或民办园），“七色果幼儿园”未列入名单',
      'A7：被帮扶园“金太阳幼儿园”帮扶园“东苑幼儿园”不在表中，未列入名单',
      'A8：园所名称为空，本行未列入名单',
    ]);
    expect(issues[0].severity).toBe('warning');
    expect(roster?.pairs).toEqual([{ id: '西苑幼儿园', helperId: '西苑幼儿园', helpedIds: ['合黎镇中心幼儿园'] }]);
  });
});
