/**
 * Chinese messages for plan-table issues. Each starts with the cell's A1 name, the way a teacher looks it up:
 * `B7：日期“6月31日”不存在`.
 */
import { quoteCell } from './cells';

const q = (value: unknown): string => `“${quoteCell(value)}”`;

export const messages = {
  noHeader: (cell: string) => `${cell}：没有找到计划表的表头（需要一行写有“月份”“帮扶任务”等列名）`,
  noYear: (cell: string) => `${cell}：标题中没有年份，无法确定各行属于哪一年；请在标题中写明年份，如“光彩幼儿园2020年结对帮扶工作计划表”`,
  rowNoYear: (cell: string) => `${cell}：无法确定该行的年份，请在表格标题中写明年份（如“2020年”）`,
  monthMissing: (cell: string) => `${cell}：该行没有填写月份`,
  monthUnknown: (cell: string, value: unknown, from?: string) =>
    `${cell}：月份${q(value)}无法识别，请写成“3月”或“三月”${from ? `（沿用自${from}）` : ''}`,
  dateInvalid: (cell: string, value: unknown) => `${cell}：日期${q(value)}无法识别，请写成“3月5日”的形式`,
  dateImpossible: (cell: string, value: unknown) => `${cell}：日期${q(value)}不存在`,
  dateOutsideMonth: (cell: string, value: unknown, month: number) => `${cell}：日期${q(value)}不在本行月份（${month}月）之内`,
  dateOutsideYear: (cell: string, value: unknown, year: number) => `${cell}：日期${q(value)}不在本表年份（${year}年）之内`,
  dateAmbiguous: (cell: string, value: number, month: number, day: number) =>
    `${cell}：日期“${value}”是按数字保存的，数字会去掉末尾的0（${month}.${day * 10}会变成${value}），已按${month}月${day}日计算；如果是${month}月${day * 10}日，请改写成“${month}月${day * 10}日”`,
  dateFuture: (cell: string, value: unknown, today: string) =>
    `${cell}：活动已标为完成，但日期${q(value)}晚于检查日（${today}）`,
  taskMissing: (cell: string) => `${cell}：该行填写了其他内容，但没有填写帮扶任务`,
  personMissing: (cell: string) => `${cell}：已完成的活动须填写负责人`,
  statusUnknown: (cell: string, value: unknown) => `${cell}：完成情况${q(value)}无法识别，请填写“已完成”“未完成”“延期”或“取消”，未开展前留空`,
  typeUnknown: (cell: string, value: unknown) => `${cell}：活动类型${q(value)}不在列表中，请从下拉列表选择`,
  numberInvalid: (cell: string, header: string, value: unknown) => `${cell}：${header}${q(value)}应为不小于0的数字`,
  evidenceMissing: (cell: string, missing: readonly string[]) => `${cell}：已完成的活动缺少${missing.join('、')}`,
  evidenceReused: (cell: string, value: unknown, first: string) =>
    `${cell}：材料${q(value)}已用于${first}所在的活动，不同活动不应使用同一份材料`,
  childData: (cell: string, found: string) => `${cell}：疑似填写了${found}，请只填写人数和类别（保存时已隐去）`,
  /** One value rejecting rows first..last (a merged or carried-down cell): `A3:A5：月份“十三月”无法识别…（第3—5行…）`. */
  valueBlock: (range: string, body: string, first: number, last: number) => `${range}：${body}（第${first}—${last}行都用这一格的内容，均未处理）`,
  formulaError: (cell: string, value: unknown) => `${cell}：单元格显示错误${q(value)}，请修正公式或直接填写内容`,
};
