import {
  a1, chineseToArabic, columnForHeader, inferActivityType, parseActivityType, parseCount, parseDate, parseMonth,
  parseStatus, parseTitle, serialToDay, toHalfWidth,
} from '../../../functions/src/core/intake';

describe('parseMonth', () => {
  it.each<[unknown, number, number | null]>([
    ['三', 3, null], ['三月', 3, null], ['3', 3, null], [3, 3, null], ['3月', 3, null], ['３月', 3, null],
    ['03', 3, null], ['十一月', 11, null], ['十二', 12, null], ['十', 10, null], ['3月份', 3, null], [' 九 ', 9, null],
    ['2020年3月', 3, 2020], ['2020.3', 3, 2020], ['２０２０年５月', 5, 2020], [43895, 3, 2020],
  ])('%p → month %p (year %p)', (value, month, year) => {
    expect(parseMonth(value)).toEqual({ kind: 'month', month, year });
  });

  it.each<unknown>(['13月', '十三', 0, 13, '第一周', 'abc', '3.5', true, -1, Number.NaN])('%p is not a month', (value) => {
    expect(parseMonth(value).kind).toBe('unknown');
  });

  it('reads a blank cell as empty', () => {
    expect(parseMonth('  ')).toEqual({ kind: 'empty' });
    expect(parseMonth(null)).toEqual({ kind: 'empty' });
  });
});

describe('parseDate', () => {
  const day = (month: number | null, d: number, year: number | null = null) => ({ kind: 'day', year, month, day: d });
  it.each<[unknown, object]>([
    ['3月5日', day(3, 5)],
    ['3 月 20 日', day(3, 20)],
    ['5月20号', day(5, 20)],
    ['3.26', day(3, 26)],
    [3.26, day(3, 26)],
    ['2020.5.21', day(5, 21, 2020)],
    ['2020/4/29', day(4, 29, 2020)],
    ['2020-4-29', day(4, 29, 2020)],
    ['2020年4月29日', day(4, 29, 2020)],
    ['六月十日', day(6, 10)],
    ['二〇二〇年五月二十日', day(5, 20, 2020)],
    ['３月１５日', day(3, 15)],
    ['3月5日-6日', day(3, 5)],
    ['3月5日至7日', day(3, 5)],
    ['3月5-6日', day(3, 5)],
    ['3月30日-4月2日', day(3, 30)],
    ['3月5日（周四）', day(3, 5)],
    ['3月5日上午9:00', day(3, 5)],
    ['5日', day(null, 5)],
    [43895, day(3, 5, 2020)],
    [43895.75, day(3, 5, 2020)],
    ['6月31日', day(6, 31)],
    ['3月', { kind: 'month', year: null, month: 3 }],
    ['3月上旬', { kind: 'month', year: null, month: 3 }],
    ['三月下旬', { kind: 'month', year: null, month: 3 }],
    ['3月  日', { kind: 'month', year: null, month: 3 }],
    ['2020年3月', { kind: 'month', year: 2020, month: 3 }],
    ['月    日', { kind: 'empty' }],
    ['待定', { kind: 'empty' }],
    ['时间另行通知', { kind: 'empty' }],
    ['月日', { kind: 'empty' }],
    ['', { kind: 'empty' }],
    [null, { kind: 'empty' }],
  ])('%p', (value, expected) => {
    expect(parseDate(value)).toEqual(expected);
  });

  it.each<unknown>(['下周', '待定吧', 'abc', '3月5日吧', '3月5日、吧', -4, Number.POSITIVE_INFINITY, true, 500])('%p is not a date', (value) => {
    expect(parseDate(value)).toEqual({ kind: 'invalid' });
  });
});

describe('serial dates', () => {
  it('counts from 1899-12-30 in UTC, whatever the zone did in 1899', () => {
    expect(serialToDay(1)).toEqual({ year: 1899, month: 12, day: 31 });
    expect(serialToDay(61)).toEqual({ year: 1900, month: 3, day: 1 });
    expect(serialToDay(43891)).toEqual({ year: 2020, month: 3, day: 1 });
    expect(serialToDay(43891.999)).toEqual({ year: 2020, month: 3, day: 1 });
    expect(serialToDay(Number.NaN)).toBeNull();
    expect(serialToDay(1e12)).toBeNull();
  });
});

describe('parseStatus', () => {
  it.each<[unknown, string]>([
    ['已完成', 'done'], ['完成', 'done'], ['√', 'done'], ['已开展', 'done'], [' 已 完 成 ', 'done'], ['已完成。', 'done'],
    ['已完成，效果良好', 'done'], [true, 'done'], ['未完成', 'not_done'], ['未开展', 'not_done'], ['未完成（下月补）', 'not_done'],
    ['延期', 'postponed'], ['延期至4月', 'postponed'], ['取消', 'cancelled'], ['', 'planned'], [null, 'planned'], [false, 'planned'],
  ])('%p → %p', (value, status) => {
    expect(parseStatus(value)).toBe(status);
  });

  it.each<unknown>(['差不多', '50%', 1, 'ok?'])('%p is unknown', (value) => {
    expect(parseStatus(value)).toBeNull();
  });
});

describe('activity types', () => {
  it.each([
    ['组织骨干教师到帮扶园观摩半日活动', '观摩交流'],
    ['送教下乡：中班数学示范课', '送教/示范课'],
    ['幼儿园安全管理专题讲座', '专题讲座'],
    ['被帮扶园教师跟岗学习一周', '跟岗学习'],
    ['整理园务档案', '其他'],
  ])('infers %p as %p', (task, type) => {
    expect(inferActivityType(task)).toBe(type);
  });

  it.each([
    ['送教/示范课', '送教/示范课'], ['送教', '送教/示范课'], ['示范课', '送教/示范课'], ['讲座', '专题讲座'],
    ['观摩', '观摩交流'], ['观摩交流', '观摩交流'], ['环境创设', '环境创设指导'], ['其它', '其他'], ['送教、示范课', '送教/示范课'],
  ])('reads the type column %p as %p', (word, type) => {
    expect(parseActivityType(word)).toBe(type);
  });

  it.each(['吃饭', 'x', ''])('rejects %p', (word) => {
    expect(parseActivityType(word)).toBeNull();
  });
});

describe('parseCount', () => {
  it.each<[unknown, boolean, number]>([
    [2, true, 2], ['2课时', false, 2], ['2节', false, 2], ['１２', true, 12], ['30人', true, 30], ['0.5', false, 0.5], ['两节', false, 2],
  ])('%p → %p', (value, integer, n) => {
    expect(parseCount(value, { integer })).toEqual({ kind: 'number', value: n });
  });

  it.each<[unknown, boolean]>([['两节半', false], ['-1', false], [-3, true], ['2.5', true], ['很多', true], [Number.NaN, false], [true, false]])(
    '%p is invalid',
    (value, integer) => {
      expect(parseCount(value, { integer })).toEqual({ kind: 'invalid' });
    },
  );
});

describe('cells and text', () => {
  it('names cells A1-style', () => {
    expect(a1(7, 1)).toBe('B7');
    expect(a1(1, 25)).toBe('Z1');
    expect(a1(3, 26)).toBe('AA3');
    expect(a1(3, 701)).toBe('ZZ3');
  });

  it('turns full-width digits, letters and spaces half-width, and Chinese numerals into digits', () => {
    expect(toHalfWidth('３月１５日　＃ＲＥＦ！')).toBe('3月15日 #REF!');
    expect(chineseToArabic('二〇二〇年十二月三十一日')).toBe('2020年12月31日');
  });
});

describe('headers and titles', () => {
  it.each([
    ['月份', 'month'], ['月  份', 'month'], ['帮扶任务', 'task'], ['帮扶内容', 'task'], ['活动内容', 'task'], ['帮扶时间', 'date'],
    ['时间', 'date'], ['日期', 'date'], ['完成情况（填已完成/未完成）', 'status'], ['＊负责人', 'person'], ['序号', 'seq'], ['备注', 'note'],
    ['图片', 'evidencePhotos'], ['活动类型', 'type'],
  ])('%p names %p', (header, key) => {
    expect(columnForHeader(header)).toBe(key);
  });

  it.each([
    ['光彩幼儿园2020年结对帮扶工作计划表', '光彩幼儿园', 2020],
    ['**校（园）2020年结对帮扶工作计划表', null, 2020],
    ['2021年高台县第一幼儿园结对帮扶工作计划表', '高台县第一幼儿园', 2021],
    ['新坝幼儿园　二〇二〇年结对帮扶工作计划表', '新坝幼儿园', 2020],
    ['南华幼儿园结对帮扶工作计划表', '南华幼儿园', null],
    ['结对帮扶工作计划表', null, null],
  ])('%p → garden %p, year %p', (title, garden, year) => {
    expect(parseTitle(title)).toEqual({ garden, year, schoolYear: false });
  });

  it.each([
    ['光彩幼儿园2020—2021学年结对帮扶工作计划表', true],
    ['光彩幼儿园2020-2021学年度第二学期结对帮扶工作计划', true],
    ['光彩幼儿园2020学年结对帮扶工作计划表', true],
    ['光彩幼儿园2020年度结对帮扶工作计划表', false],
    ['光彩幼儿园2020年秋季学期结对帮扶工作计划表', false],
  ])('%p names a school year: %p', (title, schoolYear) => {
    expect(parseTitle(title)).toEqual({ garden: '光彩幼儿园', year: 2020, schoolYear });
  });
});
