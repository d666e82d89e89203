import { ACTIVITY_TYPES, STATUS_LABELS } from '../../../../schemas';
import type { TemplateColumn } from './model';

export interface InstructionInput {
  columns: readonly TemplateColumn[];
  rowsPerMonth: number;
  deadlineDay: number;
  year: number;
}

/** Marks every note our checker writes, so it can remove its own notes and leave the garden's alone. */
export const CHECK_NOTE_PREFIX = '【帮扶检查】';

/**
 * The 填写说明 tab, one line per row, written for a kindergarten teacher: what to type where, a worked
 * example, how mistakes show up and how to hand the month in. No children's names anywhere, examples included.
 */
export function instructionLines(input: InstructionInput): string[] {
  const { columns, rowsPerMonth, deadlineDay, year } = input;
  const statusWords = Object.values(STATUS_LABELS).filter((w) => w !== '').join('、');
  const exampleByKey: Record<string, string> = {
    month: '三月',
    date: '3月12日',
    task: '到新坝镇中心幼儿园开展大班语言领域示范课并评课',
    person: '王老师',
    status: STATUS_LABELS.done,
    type: ACTIVITY_TYPES[0],
    classHours: '2',
    participants: '15',
    evidencePlan: '示范课方案.docx',
    evidenceRecord: '活动记录（共享盘链接）',
    evidenceSummary: '活动总结.docx',
    evidencePhotos: '照片文件夹链接',
    note: '',
  };
  const example = columns
    .map((c) => `${c.header}：${exampleByKey[c.key] || '（不填）'}`)
    .join('；');
  return [
    `${year}年结对帮扶工作计划表 · 填写说明`,
    '',
    '一、这张表是做什么的',
    '本表就是教育局印发的《结对帮扶工作计划表》（附件3），只是多了几列方便统计。每月把本园的帮扶活动填在这里，系统会自动汇总，不需要再另外报送纸质表格。',
    '',
    '二、怎么填：每一行写一项活动',
    `表格已按月份分好，每个月有 ${rowsPerMonth} 行；不够用时，在该月最后一行下面插入新行即可，月份格不用重复填写。`,
    ...columns.map((c) => `· ${c.header}：${c.help}`),
    '',
    '三、填写示例（一行）',
    example,
    '还没开展的活动，“完成情况”先空着；开展后再选“已完成”，并补上负责人和方案、记录、总结、图片。',
    '',
    '四、填错了会怎样',
    `输入时系统会马上检查。有问题的格子会变成红色，并加上一条以“${CHECK_NOTE_PREFIX}”开头的批注，说明哪里不对、怎么改。`,
    '例如在“帮扶时间”里写了“6月31日”，批注会写：日期“6月31日”不存在。改正以后，红色和批注会自动消失。',
    '已完成的活动如果缺少方案、记录、总结或图片，对应的格子会显示为浅橙色，补齐后颜色自动消失。',
    '菜单“帮扶填报 → 全表检查”会一次列出全部问题，点击某一条就能跳到对应的格子。',
    '您自己在格子上加的批注不会被系统删除或改动。',
    '',
    '五、按时提交',
    `请在每月${deadlineDay}日前填好本月内容，然后点菜单“帮扶填报 → 提交本月”，屏幕上会显示教育局系统的回复。`,
    '使用 Excel 或 WPS 离线表格的园所，请在同一时间前把填好的文件交给教育局基教股。',
    '当月末没有及时上报的，视为本月没有开展帮扶工作。',
    '',
    '六、请注意',
    `· “完成情况”请从下拉列表选择：${statusWords}；“活动类型”也请从下拉列表选择。`,
    '· 请勿填写幼儿姓名等个人信息；困境幼儿资助只写人数和资助内容，不写姓名。',
    '· 第1、2行（标题和列名）已锁定，请不要修改，否则系统无法识别表格。',
    '· 请如实填写：发现未开展活动而虚报资料的，相关项目按零分计算。',
  ];
}
