import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { readPlanTable } from '../../../functions/src/core/intake';
import { findChildData, maskMention, redactChildData } from '../../../functions/src/core/intake/child-privacy';
import { HELPED_OBSERVATIONS, HELPED_OTHERS, HELPER_IDEAS } from '../../../functions/src/local/demo/activities';
import { EXTENDED_HEADER, FORM_HEADER, table } from './grids';

const names = (text: string, aidRow = true) => findChildData(text, { aidRow }).map((m) => m.text);

describe('children named in task text are found', () => {
  it.each<[string, string[]]>([
    ['资助幼儿张小明', ['张小明']],
    ['为李梓涵、王一诺送去冬衣和书包', ['李梓涵', '王一诺']],
    ['慰问王一诺小朋友并送去学习用品', ['王一诺']],
    ['资助张小明、李梓涵两名幼儿', ['张小明', '李梓涵']],
    ['看望留守儿童刘子轩（5岁），送去书包', ['刘子轩']],
    ['困境幼儿：赵一鸣，家庭困难，发放助学金500元', ['赵一鸣']],
    ['欧阳娜娜小朋友家访', ['欧阳娜娜']],
    ['给陈浩、周欣怡、吴雨桐送去爱心包裹', ['陈浩', '周欣怡', '吴雨桐']],
    ['走访孙佳怡家中，了解生活情况', ['孙佳怡']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('finds ID-card and phone numbers', () => {
    expect(findChildData('幼儿身份证号620722201503041234，家长电话13912345678').map((m) => m.kind)).toEqual(['id', 'phone']);
    expect(findChildData('联系电话0936-5621234').map((m) => m.kind)).toEqual(['phone']);
  });

  it('in an aid row a bare list of names counts; elsewhere it needs a child word or a verb of aid', () => {
    expect(names('张小明、李梓涵', true)).toEqual(['张小明', '李梓涵']);
    expect(names('张小明、李梓涵', false)).toEqual([]);
  });
});

describe('ordinary task text is left alone', () => {
  it.each([
    '资助幼儿和家长', '关注幼儿成长', '为马营幼儿园送去图书', '王芳老师到巷道园送教', '资助困难幼儿3名，每人500元',
    '慰问全体小朋友', '为高台县城关幼儿园送去玩教具', '向王老师学习区角创设', '幼儿安全教育', '幼儿卫生保健知识讲座',
    '与城关幼儿园开展观摩交流', '给小朋友送去新年礼物', '走访师幼、调查问卷', '为留守幼儿送去爱心援助（图书、文具）',
    '送教下乡：大班语言活动《小蝌蚪找妈妈》', '李红园长作专题讲座', '2020年5月12日送教2课时，参与教师18人', '资助困境幼儿5名（留守2名、单亲3名）',
  ])('%s', (text) => {
    expect(findChildData(text, { aidRow: true })).toEqual([]);
  });

  it('finds nothing in the demo activity texts nor in any line of the bureau documents', () => {
    const texts = [...HELPER_IDEAS, ...HELPED_OBSERVATIONS, ...HELPED_OTHERS].map((i) => i.text.replace(/\{\w+\}/g, '巷道镇中心幼儿园'));
    const seeds = path.resolve(__dirname, '../../../../shared/seeds');
    const lines = readdirSync(seeds).flatMap((f) => readFileSync(path.join(seeds, f), 'utf8').split('\n'));
    expect(lines.length).toBeGreaterThan(200);
    const hits = [...texts, ...lines].filter((t) => findChildData(t).length > 0);
    expect(hits).toEqual([]);
  });
});

describe('masking and redaction', () => {
  it('masks all but the first character, and redacts names as 某某', () => {
    const text = '为李梓涵、王一诺送去冬衣';
    const found = findChildData(text, { aidRow: true });
    expect(found.map(maskMention)).toEqual(['李**', '王**']);
    expect(redactChildData(text, found)).toBe('为某某、某某送去冬衣');
    const id = findChildData('620722201503041234');
    expect(maskMention(id[0])).toBe('620***************');
    expect(redactChildData('620722201503041234', id)).toBe('（身份证号已隐去）');
  });
});

describe('readPlanTable keeps children out of the accepted rows', () => {
  const header = [...FORM_HEADER, '活动类型', '备注'];

  it('warns on the cell with the name masked, and stores the row redacted', () => {
    const result = readPlanTable(table(header, [
      ['五月', '5月20日', '资助幼儿张小明', '王芳', '', '困境幼儿资助', '家长电话13912345678'],
    ]));
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0]).toMatchObject({ task: '资助幼儿某某', note: '家长电话（电话已隐去）', person: '王芳', type: '困境幼儿资助' });
    expect(result.issues).toEqual([
      expect.objectContaining({ cell: 'C3', code: 'child.name', severity: 'warning', message: 'C3：疑似填写了幼儿姓名“张**”，请只填写人数和类别（保存时已隐去）' }),
      expect.objectContaining({ cell: 'G3', code: 'child.name', severity: 'warning', message: 'G3：疑似填写了联系电话“139********”，请只填写人数和类别（保存时已隐去）' }),
    ]);
    const everything = JSON.stringify(result);
    expect(everything).not.toContain('张小明');
    expect(everything).not.toContain('13912345678');
  });

  it('never scans 负责人: teachers are adults and named on purpose', () => {
    const result = readPlanTable(table(FORM_HEADER, [['五月', '5月20日', '为留守幼儿送去冬衣', '张小明', '已完成']]));
    expect(result.issues).toEqual([]);
    expect(result.rows[0].person).toBe('张小明');
  });

  it('warns even when the row is rejected for another error, without repeating the name', () => {
    const result = readPlanTable(table(EXTENDED_HEADER, [['五月', '5月32日', '慰问王一诺小朋友', '王芳', '']]));
    expect(result.rows).toEqual([]);
    expect(result.issues.map((i) => i.code)).toEqual(['date.impossible', 'child.name']);
    expect(JSON.stringify(result)).not.toContain('王一诺');
  });
});
