import { z } from 'zod';
import { RuleSet } from '../../../schemas/rule-set';
import { loadRuleSet, parseRuleSet, ruleSetIds, ruleText, UnknownRuleSetError } from '../../../functions/src/core/rules';
import gaotaiJson from '../../../functions/src/core/rules/rule-sets/gaotai-2020.json';

const rules = loadRuleSet('gaotai-2020');
const item = (role: 'helper' | 'helped', scope: 'monthly' | 'term', id: string) => {
  const found = rules[scope][role].items.find((i) => i.id === id);
  if (!found) throw new Error(`no ${scope} item ${id} for ${role}`);
  return found;
};

describe('gaotai-2020 carries the rules of the 高台 plan (004) and the 效果检测 items (001)', () => {
  it.each([
    ['helper ≥3 activities of any type a month (附件3 备注)', item('helper', 'monthly', 'activities'), { min: 3, types: null, gate: true, measure: 'activities' }],
    ['helped ≥1 observation/exchange a month (附件3 备注)', item('helped', 'monthly', 'activities'), { min: 1, types: ['观摩交流', '跟岗学习'], gate: true }],
    ['helper visits the helped garden monthly, on site (001 帮扶幼儿园1)', item('helper', 'monthly', 'visit'), { min: 1, gate: false, onSite: true }],
    ['≥10 class-hours of 送教 a term (001 帮扶幼儿园2)', item('helper', 'term', 'classHours'), { min: 10, types: ['送教/示范课'], measure: 'classHours', gate: true }],
    ['2 lectures a term (001 帮扶幼儿园4)', item('helper', 'term', 'lectures'), { min: 2, types: ['专题讲座'], measure: 'activities', gate: true }],
  ])('%s', (_label, actual, expected) => {
    expect(actual).toMatchObject(expected);
  });

  it('has the school terms of 附件3 (三至六月, 九至十二月) and the 30th / month-end deadlines', () => {
    expect(rules.terms.map((t) => [t.id, t.months])).toEqual([['spring', [3, 4, 5, 6]], ['autumn', [9, 10, 11, 12]]]);
    expect(rules.deadlines).toEqual({ onTimeDayOfMonth: 30, cutoff: 'month_end' });
    expect(rules.timezone).toBe('Asia/Shanghai');
  });

  it('asks for 方案、记录、总结、图片, zeroes falsified items, and bundles pairs on all members', () => {
    expect(rules.evidence.required).toEqual(['plan', 'record', 'summary', 'photos']);
    expect(rules.falsification).toEqual({ zeroMatchingItems: true, zeroEvidence: true });
    expect(rules.bundling).toEqual({ pass: 'all_members', score: 'min' });
    expect(rules.rationale.length).toBeGreaterThan(0);
  });

  it('words each rule from its numbers', () => {
    expect(ruleText(item('helper', 'monthly', 'activities'))).toBe('帮扶园每月开展帮扶活动不少于3项');
    expect(ruleText(item('helped', 'monthly', 'activities'))).toBe('被帮扶园每月安排观摩交流等活动不少于1次');
    expect(ruleText(item('helper', 'term', 'classHours'))).toBe('帮扶园每学期送教不少于10课时');
    expect(ruleText(item('helper', 'monthly', 'visit'))).toBe('帮扶园每月派人到被帮扶园开展现场指导不少于1次（线上活动不计）');
  });
});

describe('rule set registry', () => {
  it('lists the shipped rule sets', () => {
    expect(ruleSetIds()).toEqual(['gaotai-2020']);
  });

  it('names the unknown id and the known ones in Chinese', () => {
    expect(() => loadRuleSet('zhangye-2021')).toThrow(UnknownRuleSetError);
    expect(() => loadRuleSet('zhangye-2021')).toThrow('未知的考核规则：zhangye-2021（可用：gaotai-2020）');
    expect(() => loadRuleSet('toString')).toThrow(UnknownRuleSetError);
  });

  it('gives a JSON Schema for the rule-set file', () => {
    const schema = z.toJSONSchema(RuleSet, { io: 'input' }) as { required?: string[] };
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'version', 'terms', 'monthly', 'term', 'bundling']));
  });
});

describe('the rule-set schema rejects inconsistent data', () => {
  const base = () => structuredClone(gaotaiJson) as Record<string, unknown> & typeof gaotaiJson;
  const issues = (data: unknown) => {
    const parsed = RuleSet.safeParse(data);
    return parsed.success ? [] : parsed.error.issues.map((i) => i.message);
  };

  it('accepts the shipped file unchanged', () => {
    expect(issues(base())).toEqual([]);
    expect(parseRuleSet(base())).toEqual(rules);
  });

  it.each<[string, (d: ReturnType<typeof base>) => void, string]>([
    ['monthly weights not adding to 100', (d) => { d.monthly.helper.timelinessWeight = 25; }, '每月各项权重之和须为100'],
    ['term weights not adding to 100', (d) => { d.term.helper.monthlyWeight = 60; }, '学期各项权重之和须为100'],
    ['a month in two terms', (d) => { d.terms[1].months = [6, 9, 10]; }, '同一月份不能属于两个学期'],
    ['term months out of order', (d) => { d.terms[0].months = [4, 3, 5, 6]; }, '学期月份须按升序排列且不重复'],
    ['no gate item for a role', (d) => { d.monthly.helped.items[0].gate = false; }, '每月至少要有一项最低要求（gate）'],
    ['duplicate item ids', (d) => { d.monthly.helper.items[1].id = 'activities'; }, '考核项目编号不能重复'],
    ['an on-site item without online words', (d) => { d.onlineWords = []; }, '有“仅计现场活动”（onSite）的考核项目时，须列出识别线上活动的词语（onlineWords）'],
    ['an on-site term item', (d) => { (d.term.helper.items[0] as { onSite?: boolean }).onSite = true; }, '“仅计现场活动”（onSite）只用于每月考核项目'],
  ])('%s', (_label, mutate, message) => {
    const data = base();
    mutate(data);
    expect(issues(data)).toContain(message);
  });

  it.each<[string, (d: ReturnType<typeof base>) => void]>([
    ['another time zone', (d) => { (d as { timezone: string }).timezone = 'UTC'; }],
    ['an activity type not in the list', (d) => { (d.monthly.helped.items[0].types as string[]) = ['参观']; }],
    ['an on-time day of 32', (d) => { d.deadlines.onTimeDayOfMonth = 32; }],
    ['a late credit above 1', (d) => { d.lateTimelinessCredit = 1.5; }],
    ['an unknown bundling score', (d) => { (d.bundling as { score: string }).score = 'max'; }],
  ])('rejects %s', (_label, mutate) => {
    const data = base();
    mutate(data);
    expect(RuleSet.safeParse(data).success).toBe(false);
  });
});
