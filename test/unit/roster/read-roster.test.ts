import type { CellGrid, CellValue } from '../../../schemas';
import { readRoster } from '../../../functions/src/core/roster';

/** 附件2 of the 高台县 2020 plan (seed 004), cell texts exactly as in the bureau's document. */
const SEED_PAIRING_ROWS: CellValue[][] = [
  ['第一幼儿园', '新坝镇中心小学辖区内幼儿园', '蕾梦幼儿园', '张淑沁 武廷增  白  雪'],
  ['光彩幼儿园', '黑泉镇中心小学辖区内幼儿园         罗城镇中心小学辖区内幼儿园', '金果果景隆幼儿园', '濮丽娟    王大军 闫万军\n\n周雪芬'],
  ['东苑幼儿园', '南华镇中心小学辖区内幼儿园\n\n宣化镇中心小学辖区内幼儿园', '金太阳幼儿园', '裴  华   杨建荣 吴  斌\n孙红燕'],
  ['南苑幼儿园', '骆驼城镇中心小学辖区内幼儿园   \n\n巷道镇中心小学辖区内幼儿园', '七色果幼儿园', '汪丽娟 赵文凯   王应国 张  娴 '],
  ['西苑幼儿园', '合黎镇中心幼儿园', '千字童幼儿园', '闫桂琴  文加丰 王秀玲'],
];

function seedGrid(rows: CellValue[][] = SEED_PAIRING_ROWS): CellGrid {
  return {
    rows: [
      ['附件2：'],
      [],
      ['高台县2020年幼儿园结对帮扶学校安排表'],
      ['帮扶园', '被帮扶农村园', '被帮扶      民办园', '责任人'],
      ...rows,
    ],
    merges: [{ startRow: 2, endRow: 3, startCol: 0, endCol: 4 }],
  };
}

describe('readRoster — the bureau pairing table (附件2)', () => {
  const { roster, layout, issues } = readRoster(seedGrid());

  it('reads county and year from the title and finds the five pairs', () => {
    expect(layout).toBe('pairing');
    expect(issues).toEqual([]);
    expect(roster?.county).toBe('高台县');
    expect(roster?.year).toBe(2020);
    expect(roster?.pairs.map((p) => p.id)).toEqual(['第一幼儿园', '光彩幼儿园', '东苑幼儿园', '南苑幼儿园', '西苑幼儿园']);
    expect(roster?.gardens).toHaveLength(5 + 8 + 5);
  });

  it('splits cells holding two rural gardens (spaces or blank lines between them)', () => {
    const helped = Object.fromEntries(roster!.pairs.map((p) => [p.id, p.helpedIds]));
    expect(helped['光彩幼儿园']).toEqual(['黑泉镇中心小学辖区内幼儿园', '罗城镇中心小学辖区内幼儿园', '金果果景隆幼儿园']);
    expect(helped['东苑幼儿园']).toEqual(['南华镇中心小学辖区内幼儿园', '宣化镇中心小学辖区内幼儿园', '金太阳幼儿园']);
    expect(helped['南苑幼儿园']).toEqual(['骆驼城镇中心小学辖区内幼儿园', '巷道镇中心小学辖区内幼儿园', '七色果幼儿园']);
    expect(helped['第一幼儿园']).toEqual(['新坝镇中心小学辖区内幼儿园', '蕾梦幼儿园']);
  });

  it('gives every garden its role, kind and pair', () => {
    const byId = new Map(roster!.gardens.map((g) => [g.id, g]));
    expect(byId.get('光彩幼儿园')).toMatchObject({ role: 'helper', kind: 'demonstration', pairId: '光彩幼儿园' });
    expect(byId.get('罗城镇中心小学辖区内幼儿园')).toMatchObject({ role: 'helped', kind: 'rural', pairId: '光彩幼儿园' });
    expect(byId.get('千字童幼儿园')).toMatchObject({ role: 'helped', kind: 'private', pairId: '西苑幼儿园' });
  });

  it('joins two-character names padded with spaces and gives each garden its own 责任人', () => {
    const people = Object.fromEntries(roster!.gardens.map((g) => [g.name, g.responsible]));
    expect(people['第一幼儿园']).toEqual(['张淑沁']);
    expect(people['新坝镇中心小学辖区内幼儿园']).toEqual(['武廷增']);
    expect(people['蕾梦幼儿园']).toEqual(['白雪']);
    expect(people['东苑幼儿园']).toEqual(['裴华']);
    expect(people['南华镇中心小学辖区内幼儿园']).toEqual(['杨建荣']);
    expect(people['宣化镇中心小学辖区内幼儿园']).toEqual(['吴斌']);
    expect(people['金太阳幼儿园']).toEqual(['孙红燕']);
    expect(people['七色果幼儿园']).toEqual(['张娴']);
    expect(people['金果果景隆幼儿园']).toEqual(['周雪芬']);
  });

  it('keeps the people with the helper and warns when they cannot be matched one-to-one', () => {
    const rows = SEED_PAIRING_ROWS.map((r) => [...r]);
    rows[4][3] = '闫桂琴 文加丰';
    const result = readRoster(seedGrid(rows));
    expect(result.issues).toEqual([expect.objectContaining({ cell: 'D9', severity: 'warning', code: 'roster.people_unassigned' })]);
    expect(result.issues[0].message).toMatch(/^D9：责任人 2 人/);
    expect(result.roster?.gardens.find((g) => g.id === '西苑幼儿园')?.responsible).toEqual(['闫桂琴', '文加丰']);
  });

  it('reports a row without helper, naming the cell, and keeps the other pairs', () => {
    const rows = SEED_PAIRING_ROWS.map((r) => [...r]);
    rows[1][0] = '';
    const result = readRoster(seedGrid(rows));
    expect(result.roster?.pairs).toHaveLength(4);
    expect(result.issues).toEqual([expect.objectContaining({ cell: 'A6', code: 'roster.no_helper', severity: 'error' })]);
    expect(result.issues[0].message).toContain('黑泉镇中心小学辖区内幼儿园');
  });

  it('continues a helper merged down over two rows', () => {
    const grid = seedGrid([
      ['光彩幼儿园', '黑泉镇中心小学辖区内幼儿园', '金果果景隆幼儿园', '濮丽娟 王大军'],
      ['', '罗城镇中心小学辖区内幼儿园', '', '闫万军 周雪芬'],
    ]);
    grid.merges.push({ startRow: 4, endRow: 6, startCol: 0, endCol: 1 });
    const result = readRoster(grid);
    expect(result.issues).toEqual([]);
    expect(result.roster?.pairs).toEqual([{
      id: '光彩幼儿园', helperId: '光彩幼儿园',
      helpedIds: ['黑泉镇中心小学辖区内幼儿园', '金果果景隆幼儿园', '罗城镇中心小学辖区内幼儿园'],
    }]);
  });

  it('reports a garden listed under two helpers and a helper with nobody to help', () => {
    const result = readRoster(seedGrid([
      ['第一幼儿园', '新坝镇中心小学辖区内幼儿园', '蕾梦幼儿园', ''],
      ['西苑幼儿园', '', '蕾梦幼儿园', ''],
    ]));
    expect(result.issues.map((i) => [i.cell, i.code])).toEqual([['A6', 'roster.no_helped'], ['C6', 'roster.duplicate']]);
    expect(result.roster?.pairs.map((p) => p.id)).toEqual(['第一幼儿园']);
  });

  it('needs a year: from the title or the caller', () => {
    const grid = seedGrid();
    grid.rows[2] = ['结对帮扶学校安排表'];
    expect(readRoster(grid).roster).toBeNull();
    expect(readRoster(grid).issues.map((i) => i.code)).toEqual(['roster.no_county', 'roster.no_year']);
    expect(readRoster(grid, { county: '高台县', year: 2020 }).roster?.pairs).toHaveLength(5);
  });

  it('says what header it expected when there is none', () => {
    const result = readRoster({ rows: [['名单'], ['甲', '乙']], merges: [] });
    expect(result.roster).toBeNull();
    expect(result.issues[0]).toMatchObject({ code: 'roster.no_header' });
    expect(result.issues[0].message).toContain('帮扶园 | 被帮扶农村园');
  });
});
