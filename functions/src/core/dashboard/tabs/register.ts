import {
  REGISTER_COLUMNS, REGISTER_FIRST_ROW, REGISTER_HEADER_ROW, REGISTER_RESULT_HEADER, REGISTER_VERDICTS, type RegisterRead,
} from '../../spot-checks';
import { isAfter } from '../../calendar';
import { MIN_DATE_SERIAL } from '../../intake/serial';
import { TABS, type DashboardInput } from '../input';
import { cell, newTab, range, type Tab } from '../model';
import { STYLE } from '../styles';

/** 月份 and 抽查日期 typed as dates arrive as serial numbers: shown as dates again, not as 43966. */
const DATE_COLUMNS = new Set([1, 3]);
const WIDTHS = [22, 10, 36, 12, 10, 30, 12, 44];
/** Rows offered with dropdowns below the header; the bureau can type further down too. */
const INPUT_ROWS = 500;

const INSTRUCTIONS =
  '登记入校检查、走访师幼、调查问卷的抽查结果：每行一次抽查。活动写计划表的行号（如“12”）或日期加帮扶任务（如“5月12日 送教下乡”）；' +
  '结论从下拉中选“属实”或“虚报”。每次月度考核都会读取本表：虚报的活动不计，相关项目按零分计算，并影响所在对子。重新生成看板不会清除本表已填内容。';

/** What became of one register row in this run, shown beside it so the clerk sees it took effect. */
function rowResult(input: DashboardInput, read: RegisterRead, row: number): string {
  const issue = read.issues.find((i) => i.row === row);
  if (issue) return `未处理：${issue.message}`;
  const check = read.checks.find((c) => c.id === read.rows.find((r) => r.row === row)?.checkId);
  if (!check) return '';
  const notes = [...input.month.notes, ...(input.term?.notes ?? [])];
  if (notes.some((n) => n.includes(`“${check.id}”`))) return '未处理：计划表中找不到对应的活动，请核对行号、日期或任务';
  const assessed = input.term?.months.filter((m) => m <= input.month.month) ?? [input.month.month];
  if (!assessed.includes(check.month)) return '该月不在本次考核范围内，暂未应用';
  // The run ignores checks dated after its evaluation time (a re-assessment as it stood then).
  if (isAfter(check.checkedAt, input.month.asOf)) return '抽查日期晚于本次考核的评估时间，暂未应用';
  return check.verdict === 'falsified' ? '已应用：虚报，相关项目按零分计算' : '已应用：属实';
}

/**
 * 抽查登记: the bureau's input tab. The rows typed so far are carried over verbatim at the same row numbers
 * (regenerating must never lose them); only the header and the system's 核对结果 column are ours.
 */
export function registerTab(input: DashboardInput): Tab {
  const read = input.register;
  const tab = newTab(TABS.register.name, TABS.register.sheetId, WIDTHS, REGISTER_HEADER_ROW);
  tab.userArea = { firstRow: REGISTER_FIRST_ROW, columns: REGISTER_COLUMNS.length };
  tab.rows.push(
    [cell(INSTRUCTIONS, { ...STYLE.system, fill: '#fff2cc' })],
    [...REGISTER_COLUMNS, REGISTER_RESULT_HEADER].map((h) => cell(h, STYLE.header)),
  );
  tab.merges.push(range(0, 1, 0, WIDTHS.length));
  for (const r of read.rows) {
    while (tab.rows.length < r.row - 1) tab.rows.push([]);
    const values = REGISTER_COLUMNS.map((_, c) => {
      const v = r.values[c];
      if (typeof v === 'number' && DATE_COLUMNS.has(c) && v >= MIN_DATE_SERIAL) return cell(v, STYLE.date);
      return cell(typeof v === 'boolean' ? String(v) : (v ?? null));
    });
    tab.rows[r.row - 1] = [...values, cell(rowResult(input, read, r.row), STYLE.system)];
  }
  const body = (c: number) => range(REGISTER_FIRST_ROW - 1, REGISTER_FIRST_ROW - 1 + INPUT_ROWS, c, c + 1);
  const names = input.month.gardens.map((g) => g.name);
  tab.validations.push({ range: body(4), values: REGISTER_VERDICTS, strict: true, prompt: '请选择：属实 或 虚报' });
  if (names.length > 0) tab.validations.push({ range: body(0), values: names, strict: false, prompt: '请选择园所（可直接输入园所全称）' });
  return tab;
}
