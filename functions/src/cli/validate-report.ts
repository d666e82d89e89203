import path from 'node:path';
import { SEVERITY_LABELS, STATUS_LABELS, type PlanRow } from '../../../schemas';
import type { ValidatePlanTableResult } from '../usecases/validate-plan-table';
import { formatTable, truncateToWidth } from './text-width';

const TASK_WIDTH = 40;

/** `--json`: one object, rows as intake reads them (row = 1-based sheet row). */
export function validateJson(file: string, result: ValidatePlanTableResult): string {
  return JSON.stringify({
    file,
    garden: result.garden,
    year: result.year,
    sheet: result.sheetName,
    rows: result.rows,
    issues: result.issues,
  });
}

/** The readable report: what was read, the activities, then every issue with its cell. */
export function validateReport(file: string, result: ValidatePlanTableResult): string {
  const lines = [
    `文件：${path.basename(file)}${result.sheetName ? `（工作表“${result.sheetName}”）` : ''}`,
    `园所：${result.garden ?? '（标题中未写园名）'}　　年份：${result.year === null ? '（标题中未写年份，可加 --year 2020 这样指定）' : `${result.year}年`}`,
    `活动 ${result.rows.length} 条；错误 ${result.errors} 处，提醒 ${result.warnings} 处。`,
    '',
  ];
  if (result.rows.length > 0) {
    lines.push(...formatTable([['行', '月份', '日期', '类型', '完成情况', '负责人', '帮扶任务'], ...result.rows.map(rowCells)]), '');
  }
  if (result.issues.length === 0) {
    lines.push('未发现问题。');
  } else {
    lines.push(`问题（${result.issues.length}）：`);
    lines.push(...formatTable([
      ['单元格', '级别', '说明'],
      ...result.issues.map((issue) => [issue.cell, SEVERITY_LABELS[issue.severity], issue.message]),
    ]));
  }
  return lines.join('\n');
}

function rowCells(row: PlanRow): string[] {
  return [
    String(row.row),
    row.month,
    row.date ?? '—',
    row.type,
    STATUS_LABELS[row.status] || '计划中',
    row.person === null ? '—' : oneLine(row.person),
    truncateToWidth(oneLine(row.task), TASK_WIDTH),
  ];
}

/** Cells typed with Alt+Enter hold line breaks; one table line per row keeps the columns aligned. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}
