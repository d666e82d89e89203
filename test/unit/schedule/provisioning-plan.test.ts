import { planProvisioning, planTableName } from '../../../functions/src/core/provisioning';

describe('planProvisioning', () => {
  it('names each copy as the bureau does and skips gardens that already have a sheet', () => {
    const g = (id: string, name: string, extra: object = {}) => ({ id, name, role: 'helped' as const, kind: 'rural' as const, responsible: [], pairId: 'x', editors: [] as string[], ...extra });
    const plan = planProvisioning({
      year: 2020,
      gardens: [g('a', '高台县城关幼儿园', { editors: ['Director@A.cn', 'director@a.cn ', 't@a.cn'] }), g('b', '巷道镇中心幼儿园', { spreadsheetId: 'S1' })],
    });
    expect(planTableName('巷道镇中心幼儿园', 2020)).toBe('巷道镇中心幼儿园2020年结对帮扶工作计划表');
    expect(plan.provision).toEqual([{ gardenId: 'a', fileName: '高台县城关幼儿园2020年结对帮扶工作计划表', editors: ['director@a.cn', 't@a.cn'] }]);
    expect(plan.skipped).toEqual([{ gardenId: 'b', spreadsheetId: 'S1' }]);
  });
});
