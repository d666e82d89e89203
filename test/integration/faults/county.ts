/** A small county for the fault suite: two pairs, four gardens, each with its plan table in a (fake) Google Sheet. */
import type { Roster } from '../../../schemas';
import type { FakeGoogleServer } from '../../fakes/sheets-server';

export const MONTH = '2020-05';
/** The monthly run's evaluation time: after May's cutoff, so May is frozen by the run. */
export const AS_OF = '2020-06-01T09:00:00+08:00';
/** Every sheet was last saved well before the cutoff. */
export const SAVED_AT = Date.parse('2020-05-28T10:00:00+08:00');

const garden = (id: string, sheet: string, name: string, role: 'helper' | 'helped', kind: 'demonstration' | 'rural' | 'private', pairId: string) =>
  ({ id, name, role, kind, responsible: [], pairId, editors: [`director@${sheet}.example.cn`], spreadsheetId: `sheet-${sheet}` });

export const roster: Roster = {
  county: '高台县',
  year: 2020,
  gardens: [
    garden('城关幼儿园', 'chengguan', '高台县城关幼儿园', 'helper', 'demonstration', '城关幼儿园'),
    garden('巷道幼儿园', 'xiangdao', '巷道镇中心幼儿园', 'helped', 'rural', '城关幼儿园'),
    garden('光彩幼儿园', 'guangcai', '高台县光彩幼儿园', 'helper', 'demonstration', '光彩幼儿园'),
    garden('蕾梦幼儿园', 'leimeng', '高台县蕾梦幼儿园', 'helped', 'private', '光彩幼儿园'),
  ],
  pairs: [
    { id: '城关幼儿园', helperId: '城关幼儿园', helpedIds: ['巷道幼儿园'] },
    { id: '光彩幼儿园', helperId: '光彩幼儿园', helpedIds: ['蕾梦幼儿园'] },
  ],
};

const HEADER = ['月份', '帮扶时间', '帮扶任务', '负责人', '完成情况'];

/** Each garden's typed activity rows: `good` are accepted, `bad` carry one error each (never stored as rows). */
const PLANS: Record<string, { good: string[][]; bad: string[][] }> = {
  城关幼儿园: {
    good: [
      ['四月', '4月16日', '线上专题讲座：幼儿居家生活指导', '王芳', '已完成'],
      ['五月', '5月12日', '到巷道镇中心幼儿园送教：大班科学活动', '王芳', '已完成'],
      ['五月', '5月20日', '园本教研：区角活动观摩', '李红', '已完成'],
      ['五月', '5月26日', '环境创设指导：户外游戏区', '李红', '已完成'],
    ],
    bad: [['五月', '5月32日', '专题讲座：幼小衔接', '李红', '已完成']],
  },
  巷道幼儿园: {
    good: [['五月', '5月15日', '观摩城关幼儿园半日活动', '赵静', '已完成'], ['五月', '5月27日', '园本教研：集体备课', '赵静', '']],
    bad: [['五月', '5月18日', '跟岗学习', '赵静', '差不多']],
  },
  光彩幼儿园: {
    good: [
      ['五月', '5月8日', '送教下乡：中班语言活动', '周雪芬', '已完成'],
      ['五月', '5月21日', '专题讲座：游戏化教学', '周雪芬', '已完成'],
      ['五月', '5月29日', '为留守幼儿送去图书', '濮丽娟', '已完成'],
    ],
    bad: [],
  },
  蕾梦幼儿园: {
    good: [['五月', '5月9日', '观摩光彩幼儿园集体教学活动', '白雪', '已完成']],
    bad: [['十三月', '', '家长开放日', '白雪', '']],
  },
};

/** What a clean run must account for: accepted rows and rows reported with an error, per garden. */
export const TYPED = Object.fromEntries(Object.entries(PLANS).map(([id, p]) => [id, { good: p.good.length, bad: p.bad.length }]));
export const TYPED_ROWS = Object.values(TYPED).reduce((n, t) => n + t.good + t.bad, 0);

export function planRows(gardenId: string): string[][] {
  const g = roster.gardens.find((x) => x.id === gardenId)!;
  const plan = PLANS[gardenId];
  return [[`${g.name}2020年结对帮扶工作计划表`], HEADER, ...plan.good, ...plan.bad];
}

/** Puts every garden's sheet on the fake server (title = garden name, saved at SAVED_AT). */
export function seedSheets(google: FakeGoogleServer): void {
  for (const g of roster.gardens) {
    google.addSpreadsheet({ id: g.spreadsheetId!, title: g.name, modifiedTime: SAVED_AT, sheets: [{ title: '帮扶计划', rows: planRows(g.id) }] });
  }
}
