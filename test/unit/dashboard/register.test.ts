import { readSpotCheckRegister } from '../../../functions/src/core/spot-checks';
import { roster } from '../assessment/builders';
import { REGISTER_HEAD } from './scenario';

const read = (...rows: unknown[][]) =>
  readSpotCheckRegister({ rows: [...REGISTER_HEAD, ...(rows as never[][])], merges: [] }, { roster: roster(), timezone: 'Asia/Shanghai' });

describe('spot-check register reader', () => {
  it('reads row numbers, dates with tasks, and tasks alone', () => {
    const r = read(
      ['新坝幼儿园', '5月', 12, '2020-06-05', '虚报', '未见记录', '雷永生'],
      ['光彩幼儿园', 43952, '5月12日 送教下乡', 44002, '属实', null, null],
      ['第一', '2020年5月', '第7行', '6月1日', ' 虚 报 ', null, null],
      ['蕾梦幼儿园', '五月', "'=HYPERLINK(\"x\")", '2020/6/2', '属实', null, null],
    );
    expect(r.issues).toEqual([]);
    expect(r.checks).toEqual([
      { id: '抽查登记第3行', gardenId: '新坝幼儿园', month: '2020-05', activity: { row: 12 }, verdict: 'falsified', note: '未见记录', checkedBy: '雷永生', checkedAt: '2020-06-05T00:00:00+08:00' },
      expect.objectContaining({ gardenId: '光彩幼儿园', month: '2020-05', activity: { date: '2020-05-12', task: '送教下乡' }, verdict: 'passed', checkedBy: '基教股', checkedAt: '2020-06-20T00:00:00+08:00' }),
      expect.objectContaining({ gardenId: '第一幼儿园', activity: { row: 7 }, verdict: 'falsified' }),
      // Our own formula-neutralising apostrophe is not part of what the bureau typed.
      expect.objectContaining({ gardenId: '蕾梦幼儿园', activity: { task: '=HYPERLINK("x")' } }),
    ]);
    expect(r.rows.map((x) => x.row)).toEqual([3, 4, 5, 6]);
  });

  it('reports every unusable row by cell and skips blank rows', () => {
    const r = read(
      [],
      ['不存在幼儿园', '5月', 3, '2020-06-05', '虚报'],
      ['新坝幼儿园', '十三月', 3, '2020-06-05', '虚报'],
      ['新坝幼儿园', '5月', '4月3日 送教', '2020-06-05', '虚报'],
      ['新坝幼儿园', '5月', 3, '', '虚报'],
      ['新坝幼儿园', '5月', 3, '2020-06-31', '虚报'],
      ['新坝幼儿园', '5月', 3, '2020-06-05', '待定'],
      ['新坝幼儿园', '5月', null, '2020-06-05', '虚报'],
    );
    expect(r.checks).toEqual([]);
    expect(r.issues.map((i) => i.message)).toEqual([
      'A4：园所“不存在幼儿园”不在结对名单中，本行未予处理',
      'B5：月份“十三月”无法识别，本行未予处理',
      'C6：活动日期2020-04-03不在2020年5月，本行未予处理',
      'D7：抽查日期未填，本行未予处理',
      'D8：抽查日期“2020-06-31”不存在，本行未予处理',
      'E9：结论“待定”无法识别，应为“属实”或“虚报”，本行未予处理',
      'C10：活动未填（请写计划表的行号，或日期加帮扶任务），本行未予处理',
    ]);
    expect(r.rows).toHaveLength(7);
  });
});
