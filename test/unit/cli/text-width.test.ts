import { formatTable, truncateToWidth } from '../../../functions/src/cli/text-width';
import { displayWidth } from '../../../functions/src/core/text-width';

describe('displayWidth', () => {
  it('counts Chinese, full-width forms and CJK punctuation as two columns, ASCII as one', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('帮扶任务')).toBe(8);
    expect(displayWidth('３月，《影子》')).toBe(14);
    expect(displayWidth('B3：6月31日')).toBe(11);
    expect(displayWidth('\u200b')).toBe(0);
  });
});

describe('truncateToWidth', () => {
  it('cuts at a display width and marks the cut', () => {
    expect(truncateToWidth('送教下乡示范课', 20)).toBe('送教下乡示范课');
    expect(truncateToWidth('送教下乡示范课', 9)).toBe('送教下乡…');
  });
});

describe('formatTable', () => {
  it('pads each column to the widest cell by display width', () => {
    expect(formatTable([['行', '任务', '人'], ['12', 'ab', '张丽']])).toEqual(['行  任务  人', '12  ab    张丽']);
  });
});
