import fc from 'fast-check';
import { dateToSerial, toCellValue } from '../../../functions/src/adapters/workbook';

const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

describe('toCellValue', () => {
  it('keeps a hyperlink’s address when it has no display text, and reads rich display text', () => {
    expect(toCellValue({ text: '', hyperlink: 'https://example.cn/a' })).toBe('https://example.cn/a');
    expect(toCellValue({ text: { richText: [{ text: '活动' }, { text: '记录' }] } as unknown as string, hyperlink: 'https://x' })).toBe('活动记录');
  });

  it('turns empty text and formulas without a cached result into empty cells', () => {
    expect(toCellValue('')).toBeNull();
    expect(toCellValue(undefined)).toBeNull();
    expect(toCellValue({ formula: 'A1' })).toBeNull();
    expect(toCellValue({ sharedFormula: 'A1', result: 'x' })).toBe('x');
  });
});

describe('dateToSerial', () => {
  it('is the inverse of exceljs’ UTC serial-to-date conversion for every whole day and time of day', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 2_958_465 }), fc.integer({ min: 0, max: 1439 }), (day, minute) => {
      const serial = day + minute / 1440;
      const date = new Date(Math.round((serial - 25569) * DAY_MS)); // exceljs utils.excelToDate
      expect(Math.abs(dateToSerial(date) - serial)).toBeLessThan(1e-8);
    }));
  });

  it('counts days from 1899-12-30 regardless of the machine’s time zone', () => {
    expect(dateToSerial(new Date(EPOCH))).toBe(0);
    expect(dateToSerial(new Date(Date.UTC(2020, 5, 30)))).toBe(44012);
  });
});
