import { resolvePrincipal, type BureauPolicy, type GardenEditors } from '../../../functions/src/core/access';

const gardens: GardenEditors[] = [
  { id: '高台县城关幼儿园', editors: ['Director@Chengguan.example.cn', 'teacher@chengguan.example.cn'] },
  { id: '巷道镇中心幼儿园', editors: ['xiangdao@example.cn'] },
  { id: '合黎幼儿园', editors: ['teacher@chengguan.example.cn'] },
];
const policy: BureauPolicy = { emails: ['Jijiaogu@Bureau.example.cn'], domains: ['jyj.gaotai.example.cn'] };

describe('resolvePrincipal', () => {
  it('finds the gardens whose editors include the caller, ignoring case', () => {
    const p = resolvePrincipal({ email: 'director@CHENGGUAN.example.cn', hostedDomain: null }, policy, gardens);
    expect(p).toEqual({ email: 'director@chengguan.example.cn', bureau: false, gardenIds: ['高台县城关幼儿园'] });
  });

  it('lists every garden a shared editor edits', () => {
    const p = resolvePrincipal({ email: 'teacher@chengguan.example.cn', hostedDomain: null }, policy, gardens);
    expect(p.gardenIds).toEqual(['合黎幼儿园', '高台县城关幼儿园'].sort());
  });

  it('does not trust the garden list it is given: non-editors get no garden', () => {
    const p = resolvePrincipal({ email: 'stranger@example.cn', hostedDomain: null }, policy, gardens);
    expect(p).toEqual({ email: 'stranger@example.cn', bureau: false, gardenIds: [] });
  });

  it('recognises bureau staff by listed email', () => {
    expect(resolvePrincipal({ email: 'jijiaogu@bureau.example.cn', hostedDomain: null }, policy, []).bureau).toBe(true);
  });

  it('recognises a bureau Workspace domain by the hd claim', () => {
    expect(resolvePrincipal({ email: 'anyone@jyj.gaotai.example.cn', hostedDomain: 'jyj.gaotai.example.cn' }, policy, []).bureau).toBe(true);
  });

  it('does not grant the bureau role for an email suffix without the hd claim (a consumer account on that address)', () => {
    expect(resolvePrincipal({ email: 'anyone@jyj.gaotai.example.cn', hostedDomain: null }, policy, []).bureau).toBe(false);
  });

  it('does not grant the bureau role to a look-alike domain', () => {
    const p = resolvePrincipal({ email: 'x@evil-jyj.gaotai.example.cn', hostedDomain: 'evil-jyj.gaotai.example.cn' }, policy, []);
    expect(p.bureau).toBe(false);
  });
});
