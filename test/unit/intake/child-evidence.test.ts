import { readPlanTable } from '../../../functions/src/core/intake';
import type { CellValue } from '../../../schemas';
import { EXTENDED_HEADER, table } from './grids';

// 月份 帮扶时间 帮扶任务 负责人 完成情况 活动类型 课时 参与人数 方案 记录 总结 图片 备注
const aidRow = (date: string, evidence: [CellValue, CellValue, CellValue, CellValue]): CellValue[] =>
  ['五', date, '困境幼儿资助：慰问留守幼儿', '王芳', '已完成', '困境幼儿资助', null, 3, ...evidence, null];

describe("children's data in the evidence columns", () => {
  it('is found in 方案/记录/总结/图片, warned on its cell, and redacted from the stored row', () => {
    const t = readPlanTable(table(EXTENDED_HEADER, [aidRow('5月6日', [
      '资助幼儿张小明、李梓涵.docx', 'https://example.org/家长电话13912345678.pdf', '幼儿身份证号620722201503041234.docx', '慰问幼儿王一诺.jpg',
    ])]));
    expect(t.issues.filter((i) => i.code === 'child.name').map((i) => [i.cell, i.message])).toEqual([
      ['I3', 'I3：疑似填写了幼儿姓名“张**”“李**”，请只填写人数和类别（保存时已隐去）'],
      ['J3', 'J3：疑似填写了联系电话“139********”，请只填写人数和类别（保存时已隐去）'],
      ['K3', 'K3：疑似填写了身份证号“620***************”，请只填写人数和类别（保存时已隐去）'],
      ['L3', 'L3：疑似填写了幼儿姓名“王**”，请只填写人数和类别（保存时已隐去）'],
    ]);
    expect(t.rows[0].evidence).toEqual({
      plan: '资助幼儿某某、某某.docx', record: 'https://example.org/家长电话（电话已隐去）.pdf',
      summary: '幼儿身份证号（身份证号已隐去）.docx', photos: '慰问幼儿某某.jpg',
    });
    const stored = JSON.stringify(t);
    for (const raw of ['张小明', '李梓涵', '王一诺', '13912345678', '620722201503041234']) expect(stored).not.toContain(raw);
  });

  it('a reused link is still found, and its message quotes the redacted text only', () => {
    const photo = 'https://example.org/慰问幼儿张小明.jpg';
    const t = readPlanTable(table(EXTENDED_HEADER, [aidRow('5月6日', [null, null, null, photo]), aidRow('5月20日', [null, null, null, photo])]));
    const reused = t.issues.filter((i) => i.code === 'evidence.reused');
    expect(reused.map((i) => [i.cell, i.message])).toEqual([
      ['L4', 'L4：材料“https://example.org/慰问幼儿某某.jpg”已用于L3所在的活动，不同活动不应使用同一份材料'],
    ]);
    expect(JSON.stringify(t)).not.toContain('张小明');
  });

  it('two files that differ only in the child named are not taken for one reused file', () => {
    const t = readPlanTable(table(EXTENDED_HEADER, [
      aidRow('5月6日', [null, null, null, '慰问幼儿张小明.jpg']), aidRow('5月20日', [null, null, null, '慰问幼儿李华.jpg']),
    ]));
    expect(t.rows.map((r) => r.evidence.photos)).toEqual(['慰问幼儿某某.jpg', '慰问幼儿某某.jpg']);
    expect(t.issues.filter((i) => i.code === 'evidence.reused')).toEqual([]);
  });
});
