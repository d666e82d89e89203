import type { CellValue } from '../../../../schemas';
import type { Random } from '../../local/demo/random';

/** One typed activity line before it is laid out in a table's columns. */
export interface SyntheticRow {
  date: CellValue;
  task: CellValue;
  person: CellValue;
  status: CellValue;
  type: CellValue;
  classHours: CellValue;
  participants: CellValue;
  evidence: [CellValue, CellValue, CellValue, CellValue];
}

const TASKS: ReadonlyArray<readonly [string, string]> = [
  ['送教下乡：大班科学活动《有趣的影子》', '送教/示范课'],
  ['专题讲座：幼儿一日生活常规的培养', '专题讲座'],
  ['观摩交流：区域活动创设与指导', '观摩交流'],
  ['跟岗学习：骨干教师跟岗一周', '跟岗学习'],
  ['园本教研：绘本教学的有效提问', '园本教研'],
  ['环境创设指导：班级主题墙', '环境创设指导'],
  ['家园共育：家长开放日活动', '家园共育'],
  ['示范课：中班音乐活动《小雨沙沙》', '送教/示范课'],
  ['资源捐赠：图书和玩教具', '资源捐赠'],
  ['疫情防控期间线上教研', '其他'],
];
const PEOPLE = ['张丽', '王芳', '李娜', '刘洋', '陈静', '杨敏', '赵霞', '黄蓉'];
const CN_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

function chineseDay(day: number): string {
  if (day <= 10) return day === 10 ? '十' : CN_DIGITS[day];
  const tens = Math.floor(day / 10);
  return `${tens === 1 ? '' : CN_DIGITS[tens]}十${CN_DIGITS[day % 10]}`;
}

/** Spreadsheet serial of a day (day 0 = 1899-12-30), as a date cell arrives unformatted. */
export function serialOf(year: number, month: number, day: number): number {
  return (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** The ways gardens write a date, weighted towards the common ones. */
function dateCell(random: Random, year: number, month: number, day: number): CellValue {
  const r = random.next();
  if (r < 0.35) return serialOf(year, month, day);
  if (r < 0.6) return `${month}月${day}日`;
  if (r < 0.68) return `${month}.${day}`;
  if (r < 0.75) return `${year}/${month}/${day}`;
  if (r < 0.8) return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (r < 0.85) return `${CN_DIGITS[month]}月${chineseDay(day)}日`;
  if (r < 0.9) return `${month}月${day}号（周${1 + (day % 5)}）`;
  if (r < 0.94) return `${month}月${day}日-${day + 1}日`;
  if (r < 0.97) return `${month}月${day <= 10 ? '上' : day <= 20 ? '中' : '下'}旬`;
  return `${day}日`;
}

function statusWord(random: Random): CellValue {
  const r = random.next();
  if (r < 0.55) return '已完成';
  if (r < 0.7) return '完成';
  if (r < 0.75) return '√';
  if (r < 0.82) return '未完成';
  if (r < 0.87) return '延期';
  if (r < 0.9) return '取消';
  return null;
}

/** Kinds of mistakes gardens make, each reported by intake with a cell-named Chinese message. */
const MISTAKES = ['impossibleDate', 'unknownStatus', 'missingTask', 'formulaError', 'badCount', 'dateOutsideMonth'] as const;

/**
 * One activity of a garden's month. About 3% of rows carry a mistake; done activities mostly have their four
 * evidence links (unique per row), some lack photos.
 */
export function syntheticRow(random: Random, ctx: { gardenId: string; year: number; month: number; day: number; seq: number }): SyntheticRow {
  const { gardenId, year, month, day, seq } = ctx;
  const [task, type] = random.pick(TASKS);
  const status = statusWord(random);
  const done = status === '已完成' || status === '完成' || status === '√';
  const link = (kind: string) => `https://drive.google.com/file/d/${gardenId}-${month}-${seq}-${kind}`;
  const row: SyntheticRow = {
    date: dateCell(random, year, month, day),
    task,
    person: random.pick(PEOPLE),
    status,
    type: random.next() < 0.6 ? type : null,
    classHours: type === '送教/示范课' ? random.int(1, 3) : null,
    participants: done ? (random.next() < 0.8 ? random.int(8, 40) : `${random.int(8, 40)}人`) : null,
    evidence: [link('plan'), done ? link('record') : null, done ? link('summary') : null, done && random.next() < 0.85 ? link('photos') : null],
  };
  if (random.next() < 0.03) applyMistake(row, random.pick(MISTAKES), { month });
  return row;
}

function applyMistake(row: SyntheticRow, mistake: (typeof MISTAKES)[number], ctx: { month: number }): void {
  switch (mistake) {
    case 'impossibleDate': row.date = `${ctx.month}月32日`; break;
    case 'unknownStatus': row.status = '差不多'; break;
    case 'missingTask': row.task = null; row.status = '已完成'; break;
    case 'formulaError': row.task = '#REF!'; break;
    case 'badCount': row.participants = '二三十个左右'; break;
    case 'dateOutsideMonth': row.date = `${ctx.month === 12 ? 1 : ctx.month + 1}月3日`; break;
  }
}
