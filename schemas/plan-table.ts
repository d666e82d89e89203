import { z } from 'zod';

/**
 * The columns of a garden's monthly plan table: the five of the bureau's 附件3 form, then ours.
 * Header aliases are the variants gardens produce; matching ignores spaces and full-width punctuation.
 * This list generates the sheet template, the Apps Script constants and the JSON Schema.
 */
export const PLAN_COLUMN_KEYS = [
  'seq',
  'month',
  'date',
  'task',
  'person',
  'status',
  'type',
  'classHours',
  'participants',
  'evidencePlan',
  'evidenceRecord',
  'evidenceSummary',
  'evidencePhotos',
  'note',
] as const;
export const PlanColumnKey = z.enum(PLAN_COLUMN_KEYS);
export type PlanColumnKey = z.infer<typeof PlanColumnKey>;

export interface PlanColumn {
  key: PlanColumnKey;
  /** Header written by our template. */
  header: string;
  /** Other headers that mean the same column. */
  aliases: readonly string[];
  /** Part of the bureau's original 附件3 form. */
  original: boolean;
  /** Shown in our template (序号 is only recognised, never written). */
  inTemplate: boolean;
  /** Column width in the template, in characters. */
  width: number;
  /** Help text for the template's 填写说明 tab and the header note. */
  help: string;
}

export const PLAN_COLUMNS: readonly PlanColumn[] = [
  { key: 'seq', header: '序号', aliases: ['编号', 'No', 'NO.', '序'], original: false, inTemplate: false, width: 6, help: '序号，可不填。' },
  { key: 'month', header: '月份', aliases: ['月', '月 份'], original: true, inTemplate: true, width: 6, help: '活动所在月份，如“三月”或“3月”；同一月份的多行可合并单元格。' },
  { key: 'date', header: '帮扶时间', aliases: ['时间', '日期', '活动时间', '帮扶日期', '活动日期', '开展时间'], original: true, inTemplate: true, width: 12, help: '活动日期，如“3月5日”或“2020/3/5”，须在该行月份之内。' },
  { key: 'task', header: '帮扶任务', aliases: ['帮扶内容', '活动内容', '任务', '内容', '活动名称', '帮扶项目', '工作内容'], original: true, inTemplate: true, width: 36, help: '开展的帮扶活动，写清活动名称与对象。' },
  { key: 'person', header: '负责人', aliases: ['责任人', '负责人员', '主持人', '执行人'], original: true, inTemplate: true, width: 10, help: '活动负责人姓名；已完成的活动必须填写。' },
  { key: 'status', header: '完成情况', aliases: ['完成状态', '是否完成', '落实情况', '执行情况'], original: true, inTemplate: true, width: 10, help: '从下拉列表选择：已完成、未完成、延期、取消；未开展前留空。' },
  { key: 'type', header: '活动类型', aliases: ['类型', '帮扶形式', '活动形式', '形式'], original: false, inTemplate: true, width: 14, help: '从下拉列表选择；不填时系统按帮扶任务中的关键词判断。' },
  { key: 'classHours', header: '课时', aliases: ['课时数', '送教课时'], original: false, inTemplate: true, width: 6, help: '送教/示范课的课时数（每学期不少于10课时）。' },
  { key: 'participants', header: '参与人数', aliases: ['人数', '参加人数'], original: false, inTemplate: true, width: 8, help: '参加活动的教师人数。' },
  { key: 'evidencePlan', header: '方案', aliases: ['活动方案', '方案链接'], original: false, inTemplate: true, width: 14, help: '活动方案的链接或文件名。' },
  { key: 'evidenceRecord', header: '记录', aliases: ['活动记录', '记录链接', '过程记录'], original: false, inTemplate: true, width: 14, help: '活动记录的链接或文件名。' },
  { key: 'evidenceSummary', header: '总结', aliases: ['活动总结', '总结链接'], original: false, inTemplate: true, width: 14, help: '活动总结的链接或文件名。' },
  { key: 'evidencePhotos', header: '图片', aliases: ['照片', '图片资料', '图片链接', '影像资料'], original: false, inTemplate: true, width: 14, help: '活动图片的链接或文件夹。' },
  { key: 'note', header: '备注', aliases: ['说明'], original: false, inTemplate: true, width: 16, help: '其他说明；请勿填写幼儿姓名。' },
];

/** Columns a table must have for its rows to be read at all. */
export const REQUIRED_PLAN_COLUMNS: readonly PlanColumnKey[] = ['month', 'task'];
