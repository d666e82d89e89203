import { z } from 'zod';

/** Kinds of assistance activity (design.md vocabulary). Values are the words gardens see in the dropdown. */
export const ACTIVITY_TYPES = [
  '送教/示范课',
  '专题讲座',
  '观摩交流',
  '跟岗学习',
  '园本教研',
  '环境创设指导',
  '家园共育',
  '资源捐赠',
  '困境幼儿资助',
  '其他',
] as const;
export const ActivityType = z.enum(ACTIVITY_TYPES);
export type ActivityType = z.infer<typeof ActivityType>;

/**
 * Keywords that infer the activity type from the task text when the 活动类型 column is absent or empty.
 * Checked in order: the first type with a matching keyword wins, so the more specific words come first.
 */
export const ACTIVITY_KEYWORDS: ReadonlyArray<readonly [ActivityType, readonly string[]]> = [
  ['困境幼儿资助', ['困境幼儿', '困难幼儿', '留守幼儿', '爱心援助', '资助', '孤儿', '单亲']],
  ['专题讲座', ['讲座', '专题培训', '报告会']],
  ['跟岗学习', ['跟岗', '跟班', '跟班学习', '挂职']],
  ['观摩交流', ['观摩', '交流', '参观', '研讨', '听课', '开放日']],
  ['送教/示范课', ['送教', '示范课', '展示课', '公开课', '送课', '示范教学', '上课']],
  ['园本教研', ['教研', '集体备课', '说课', '评课']],
  ['环境创设指导', ['环境创设', '环创', '区角', '区域活动', '户外环境']],
  ['家园共育', ['家园', '家长', '亲子', '家访']],
  ['资源捐赠', ['捐赠', '赠送', '玩教具', '图书', '器材', '物资']],
];

/** Status of a planned activity. An empty 完成情况 cell means the activity is still planned. */
export const STATUSES = ['planned', 'done', 'not_done', 'postponed', 'cancelled'] as const;
export const Status = z.enum(STATUSES);
export type Status = z.infer<typeof Status>;

/** The word written into the sheet for each status (the dropdown offers these). */
export const STATUS_LABELS: Record<Status, string> = {
  planned: '',
  done: '已完成',
  not_done: '未完成',
  postponed: '延期',
  cancelled: '取消',
};

/** Words gardens actually type, mapped to a status. Matched after removing spaces. */
export const STATUS_WORDS: ReadonlyArray<readonly [Status, readonly string[]]> = [
  ['not_done', ['未完成', '未开展', '没完成', '没有完成', '未进行', '×', '✗', '否']],
  ['postponed', ['延期', '推迟', '延后', '顺延', '待定']],
  ['cancelled', ['取消', '已取消', '不开展']],
  ['done', ['已完成', '完成', '√', '✓', '✔', '已开展', '开展', '已落实', '落实', '是', '好', '圆满完成', '已进行']],
  ['planned', ['计划', '计划中', '未开始', '进行中', '待开展']],
];
