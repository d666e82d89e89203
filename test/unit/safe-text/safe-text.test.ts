import { escapeHtml, neutraliseFormula } from '../../../functions/src/core/safe-text';

describe('neutraliseFormula', () => {
  it.each([
    ['=HYPERLINK("http://evil","点我")', `'=HYPERLINK("http://evil","点我")`],
    ['+1+cmd|" /C calc"!A0', `'+1+cmd|" /C calc"!A0`],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
  ])('prefixes %j so it stays text', (input, expected) => {
    expect(neutraliseFormula(input)).toBe(expected);
  });

  it.each(['送教活动', '', '3月5日', 'a=b', ' =1', '-5', '+86', '1.5'])('leaves %j as it is', (text) => {
    expect(neutraliseFormula(text)).toBe(text);
  });

  it('keeps every character the garden typed', () => {
    const text = '=1+1 负责人：王老师';
    expect(neutraliseFormula(text).endsWith(text)).toBe(true);
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that break out of content or quoted attributes', () => {
    expect(escapeHtml(`<img src=x onerror="alert('1')">&`)).toBe('&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;');
  });
  it('leaves Chinese text alone', () => {
    expect(escapeHtml('高台县城关幼儿园')).toBe('高台县城关幼儿园');
  });
});
