import type { Roster } from '../../../schemas';
import { matchGarden } from '../../../functions/src/core/roster';

const garden = (id: string, pairId: string) => ({
  id, name: id, role: id === pairId ? 'helper' as const : 'helped' as const,
  kind: id === pairId ? 'demonstration' as const : 'rural' as const, responsible: [], editors: [], pairId,
});
const roster: Roster = {
  county: '高台县', year: 2020,
  gardens: [garden('东苑幼儿园', '东苑幼儿园'), garden('南华镇中心小学辖区内幼儿园', '东苑幼儿园'), garden('南苑幼儿园', '南苑幼儿园'),
    garden('巷道镇中心小学辖区内幼儿园', '南苑幼儿园')],
  pairs: [{ id: '东苑幼儿园', helperId: '东苑幼儿园', helpedIds: ['南华镇中心小学辖区内幼儿园'] },
    { id: '南苑幼儿园', helperId: '南苑幼儿园', helpedIds: ['巷道镇中心小学辖区内幼儿园'] }],
};

describe('matchGarden', () => {
  it('matches a file name that contains the full garden name', () => {
    expect(matchGarden(['东苑幼儿园2020年结对帮扶工作计划表.xlsx'], roster)).toEqual({
      kind: 'matched', gardenId: '东苑幼儿园', via: '东苑幼儿园2020年结对帮扶工作计划表.xlsx',
    });
  });

  it('falls back to short names and then to the table title', () => {
    expect(matchGarden(['巷道镇.xlsx'], roster)).toMatchObject({ kind: 'matched', gardenId: '巷道镇中心小学辖区内幼儿园' });
    expect(matchGarden(['计划表(1).xlsx', '南苑幼儿园2020年结对帮扶工作计划表'], roster))
      .toMatchObject({ kind: 'matched', gardenId: '南苑幼儿园', via: '南苑幼儿园2020年结对帮扶工作计划表' });
  });

  it('refuses to guess between two gardens, and reports no match', () => {
    expect(matchGarden(['东苑幼儿园与南苑幼儿园联合计划.xlsx'], roster)).toMatchObject({ kind: 'ambiguous' });
    expect(matchGarden(['新坝镇.xlsx'], roster)).toEqual({ kind: 'unmatched' });
  });
});
