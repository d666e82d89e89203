import fc from 'fast-check';
import { splitGardenNames, splitPersonNames } from '../../../functions/src/core/roster';

const han = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c));
const space = fc.constantFrom(' ', '  ', '   ', '\n', '\n\n', '\u3000', '、');

describe('splitting cells of the pairing table', () => {
  it('recovers two- and three-character names however Word padded and separated them', () => {
    const person = fc.tuple(fc.array(han, { minLength: 2, maxLength: 3 }), fc.boolean(), fc.constantFrom(' ', '  '));
    fc.assert(fc.property(fc.array(fc.tuple(person, space), { minLength: 1, maxLength: 6 }), (people) => {
      const text = people.map(([[chars, padded, pad], sep]) =>
        (chars.length === 2 && padded ? chars.join(pad) : chars.join('')) + sep).join('');
      expect(splitPersonNames(text)).toEqual(people.map(([[chars]]) => chars.join('')));
    }));
  });

  it('joins an odd run of single characters into one three-character name', () => {
    expect(splitPersonNames('王 大 军')).toEqual(['王大军']);
    expect(splitPersonNames('王 大 军 张淑沁')).toEqual(['王大军', '张淑沁']);
  });

  it('splits gardens on any separator but glues fragments that do not end a garden name', () => {
    expect(splitGardenNames('黑泉镇中心小学辖区内幼儿园         罗城镇中心小学辖区内幼儿园'))
      .toEqual(['黑泉镇中心小学辖区内幼儿园', '罗城镇中心小学辖区内幼儿园']);
    expect(splitGardenNames('金果果 景隆幼儿园、合黎镇中心幼儿园')).toEqual(['金果果景隆幼儿园', '合黎镇中心幼儿园']);
    expect(splitGardenNames('  \n ')).toEqual([]);
  });
});
