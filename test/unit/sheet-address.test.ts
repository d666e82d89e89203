import fc from 'fast-check';
import { a1, columnLetters, parseA1 } from '../../functions/src/core/sheet-address';

describe('column letters', () => {
  it.each([[0, 'A'], [1, 'B'], [25, 'Z'], [26, 'AA'], [27, 'AB'], [51, 'AZ'], [52, 'BA'], [701, 'ZZ'], [702, 'AAA'], [16_383, 'XFD']])(
    '%i → %s', (index, letters) => expect(columnLetters(index)).toBe(letters));

  it('clamps an index below 0 to A and drops fractions', () => {
    expect(columnLetters(-3)).toBe('A');
    expect(columnLetters(1.9)).toBe('B');
  });
});

describe('a1', () => {
  it('names a cell by 1-based row and 0-based column', () => {
    expect(a1(7, 1)).toBe('B7');
    expect(a1(1, 0)).toBe('A1');
    expect(a1(12, 100)).toBe('CW12');
  });

  it('reads a row below 1 as row 1', () => {
    expect(a1(0, 2)).toBe('C1');
    expect(a1(-5, 0)).toBe('A1');
  });
});

describe('parseA1', () => {
  it('reads plain, absolute and lower-case addresses', () => {
    expect(parseA1('B7')).toEqual({ row: 7, col: 1 });
    expect(parseA1('$AA$10')).toEqual({ row: 10, col: 26 });
    expect(parseA1('xfd1048576')).toEqual({ row: 1_048_576, col: 16_383 });
  });

  it.each(['', 'B', '7', 'B0', 'B7:C8', '7B', 'B-1', 'Sheet1!B7', ' B7'])('refuses %p', (ref) => {
    expect(parseA1(ref)).toBeNull();
  });

  it('is the inverse of a1', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1_048_576 }), fc.integer({ min: 0, max: 18_277 }), (row, col) => {
      expect(parseA1(a1(row, col))).toEqual({ row, col });
    }));
  });
});
