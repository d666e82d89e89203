import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DateTime } from 'luxon';
import { templateXlsx } from '../adapters/workbook/template-xlsx';
import { buildTemplate } from '../core/template';
import { parseCommandLine } from './args';
import type { Command } from './commands';

const USAGE = '用法：bangfu template [--out 文件.xlsx] [--garden 园名] [--year 年份] [--months 3,4,5,6,9,10,11,12] [--rows 每月行数]';

/** `bangfu template`: writes the plan table template as an .xlsx (offline gardens, WPS, or to upload to Drive). */
export const templateCommand: Command = {
  summary: '生成结对帮扶工作计划表模板（.xlsx）',
  usage: USAGE,
  async run(args, _env, io) {
    let options;
    try {
      options = parseTemplateArgs(args);
    } catch (error) {
      io.err(`${(error as Error).message}\n${USAGE}`);
      return 2;
    }
    const template = buildTemplate(options);
    const out = path.resolve(options.out ?? `${template.title}.xlsx`);
    await writeFile(out, await templateXlsx(template));
    io.out(`已生成模板：${out}（${template.months.length} 个月，每月 ${options.rowsPerMonth ?? 5} 行）`);
    return 0;
  },
};

interface TemplateArgs {
  out?: string;
  gardenName?: string;
  year: number;
  months?: number[];
  rowsPerMonth?: number;
}

export function parseTemplateArgs(args: readonly string[]): TemplateArgs {
  const { values } = parseCommandLine({
    args: [...args],
    options: {
      out: { type: 'string', short: 'o' },
      garden: { type: 'string' },
      year: { type: 'string' },
      months: { type: 'string' },
      rows: { type: 'string' },
    },
    strict: true,
  });
  const year = values.year === undefined ? DateTime.now().setZone('Asia/Shanghai').year : Number(values.year);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new Error(`年份“${values.year}”无效`);
  const months = values.months?.split(/[,，\s]+/).filter(Boolean).map(Number);
  if (months && (months.length === 0 || months.some((m) => !Number.isInteger(m) || m < 1 || m > 12))) {
    throw new Error(`月份“${values.months}”无效，应为 1–12 的数字，用逗号分隔`);
  }
  const rowsPerMonth = values.rows === undefined ? undefined : Number(values.rows);
  if (rowsPerMonth !== undefined && (!Number.isInteger(rowsPerMonth) || rowsPerMonth < 1 || rowsPerMonth > 50)) {
    throw new Error(`每月行数“${values.rows}”无效，应为 1–50`);
  }
  return { out: values.out, gardenName: values.garden, year, months, rowsPerMonth };
}
