import path from 'node:path';
import { Instant } from '../../../schemas';
import { WorkbookError, XlsxFolderSource, xlsxRef } from '../adapters/workbook';
import { validatePlanTable } from '../usecases/validate-plan-table';
import { parseCommandLine } from './args';
import type { CliClock } from './assess';
import type { Command } from './commands';
import { validateJson, validateReport } from './validate-report';

const USAGE = '用法：bangfu validate <计划表.xlsx> [--json] [--year 年份] [--sheet 工作表名] [--as-of 检查时间(ISO-8601)]';

interface ValidateArgs {
  file: string;
  json: boolean;
  year?: number;
  sheet?: string;
  /** The check time: done activities dated after its day get a date.future warning. Default: now. */
  asOf?: string;
}

/**
 * `bangfu validate`: checks one garden's plan table file and prints its activities and issues.
 * Exit 0 when there are no errors (warnings are fine), 1 when there are, 2 when the file cannot be read.
 */
export function makeValidateCommand(clock: CliClock): Command {
  return {
    summary: '检查一份结对帮扶工作计划表（.xlsx），列出活动和需要修改的单元格',
    usage: USAGE,
    async run(args, _env, io) {
      let parsed: ValidateArgs;
      try {
        parsed = parseValidateArgs(args);
      } catch (error) {
        io.err(`${(error as Error).message}\n${USAGE}`);
        return 2;
      }
      const file = path.resolve(parsed.file);
      const source = new XlsxFolderSource(path.dirname(file), { sheet: parsed.sheet });
      let result;
      try {
        const asOf = parsed.asOf ?? clock.now();
        result = await validatePlanTable({ source, now: () => asOf }, { ref: xlsxRef(file), year: parsed.year });
      } catch (error) {
        if (!(error instanceof WorkbookError)) throw error;
        io.err(error.message);
        return 2;
      }
      io.out(parsed.json ? validateJson(parsed.file, result) : validateReport(parsed.file, result));
      return result.errors > 0 ? 1 : 0;
    },
  };
}

export const validateCommand = makeValidateCommand({ now: () => new Date().toISOString() });

export function parseValidateArgs(args: readonly string[]): ValidateArgs {
  const { values, positionals } = parseCommandLine({
    args: [...args],
    options: { json: { type: 'boolean' }, year: { type: 'string' }, sheet: { type: 'string' }, 'as-of': { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length === 0) throw new Error('请给出要检查的计划表文件');
  if (positionals.length > 1) throw new Error(`一次只能检查一个文件，收到 ${positionals.length} 个：${positionals.join('、')}`);
  let year: number | undefined;
  if (values.year !== undefined) {
    year = Number(values.year);
    if (!/^\d{4}$/.test(values.year) || year < 1900 || year > 2100) throw new Error(`年份“${values.year}”无效，应为四位数字，如 2020`);
  }
  const asOf = values['as-of'];
  if (asOf !== undefined && !Instant.safeParse(asOf).success) throw new Error(`检查时间“${asOf}”无效，应为带时区的 ISO-8601，如 2020-06-01T09:00:00+08:00`);
  return { file: positionals[0], json: values.json ?? false, year, sheet: values.sheet, asOf };
}
