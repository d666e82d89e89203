import path from 'node:path';
import { Instant, MonthKey, type RuleSet } from '../../../schemas';
import { structuredLogger } from '../adapters/log/structured-logger';
import { DEFAULT_RULE_SET_ID, loadRuleSet, UnknownRuleSetError } from '../core/rules';
import type { RunLogger } from '../usecases/run-monthly-assessment';
import { parseCommandLine } from './args';
import { assessFolder, inputComplete } from './assess-folder';
import { assessJson } from './assess-json';
import { monthSummary, termSummary } from './assess-summary';
import type { Command } from './commands';
import type { Io } from './io';
import { writeRunOutputs } from './outputs';
import { storedBureauInputs } from '../local/bureau-outputs';
import { progressReporter } from './progress';
import { withStores } from './stores';

const USAGE = '用法：bangfu assess --month YYYY-MM --data 数据文件夹 [--as-of 评估时间(ISO-8601)] [--rule-set 考核规则] [--out 输出文件夹] [--json] [--database cloud|local]';

interface AssessArgs {
  month: string;
  data: string;
  asOf: string;
  out?: string;
  json: boolean;
  /** --rule-set; absent: BANGFU_RULE_SET, else the default. */
  ruleSet?: string;
  /** --database cloud|local; absent: BANGFU_FIRESTORE, else local. */
  database?: string;
}

/** What the shell provides: the clock (so a test or a replay can fix "now"). */
export interface CliClock {
  now: () => string;
}

/**
 * `bangfu assess`: the monthly run over a data folder (roster.xlsx + gardens/*.xlsx [+ spot-checks.json]).
 * Exit 0 when every input was used, 1 when some input had errors (reported; the rest was assessed),
 * 2 when the run could not happen (bad arguments, no roster, no database).
 */
export function makeAssessCommand(clock: CliClock): Command {
  return {
    summary: '月度考核：读取结对名单和各园计划表，判定各园与各结对是否达标',
    usage: USAGE,
    async run(args, env, io) {
      let parsed: AssessArgs;
      let ruleSet: RuleSet;
      try {
        parsed = parseAssessArgs(args, clock.now());
        ruleSet = chooseRuleSet(parsed.ruleSet, env);
      } catch (error) {
        io.err(`${(error as Error).message}\n${USAGE}`);
        return 2;
      }
      return withStores(env, io, async (opened) => {
        const progress = parsed.json ? undefined : progressReporter(io);
        const run = await assessFolder({
          stores: opened.stores, ruleSet, now: clock.now, log: cliLogger(env, io),
          progress: progress?.update,
        }, { dataDir: path.resolve(parsed.data), month: parsed.month, asOf: parsed.asOf, registerDir: parsed.out ? path.resolve(parsed.out) : undefined });
        progress?.stop();
        const written = parsed.out
          ? await writeRunOutputs(path.resolve(parsed.out), run, await storedBureauInputs(opened.stores.gardenMonths, run.result.assessment, ruleSet))
          : [];
        if (parsed.json) {
          io.out(JSON.stringify(assessJson(run), null, 2));
        } else {
          io.out([...monthSummary(run), '', ...(run.result.term ? termSummary(run.result.term, parsed.month) : [])].join('\n'));
          for (const file of written) io.out(`结果已写入 ${file}`);
        }
        return inputComplete(run) ? 0 : 1;
      }, { flag: parsed.database });
    },
  };
}

export const assessCommand = makeAssessCommand({ now: () => new Date().toISOString() });

/** The rule set named by --rule-set, else by BANGFU_RULE_SET, else the default; an unknown id is refused in Chinese. */
export function chooseRuleSet(flag: string | undefined, env: NodeJS.ProcessEnv): RuleSet {
  const fromEnv = flag === undefined && Boolean(env.BANGFU_RULE_SET);
  try {
    return loadRuleSet(flag ?? (env.BANGFU_RULE_SET || DEFAULT_RULE_SET_ID));
  } catch (error) {
    if (error instanceof UnknownRuleSetError && fromEnv) throw new Error(`${error.message}（由环境变量 BANGFU_RULE_SET 指定）`);
    throw error;
  }
}

/** Structured logs go to stderr only when asked for (BANGFU_LOG=1): the console shows the summary. */
export function cliLogger(env: NodeJS.ProcessEnv, io: Io): RunLogger {
  if (env.BANGFU_LOG) return structuredLogger((line) => io.err(line));
  return { info: () => undefined, warn: () => undefined };
}

export function parseAssessArgs(args: readonly string[], now: string): AssessArgs {
  const { values } = parseCommandLine({
    args: [...args],
    options: {
      month: { type: 'string' }, data: { type: 'string' }, 'as-of': { type: 'string' }, 'rule-set': { type: 'string' }, out: { type: 'string' }, json: { type: 'boolean' },
      database: { type: 'string' },
    },
    strict: true,
  });
  if (!values.month) throw new Error('请用 --month 指定考核月份，如 --month 2020-05');
  if (!MonthKey.safeParse(values.month).success) throw new Error(`月份“${values.month}”无效，应为 YYYY-MM，如 2020-05`);
  if (!values.data) throw new Error('请用 --data 指定数据文件夹（内含 roster.xlsx 和 gardens/）');
  const asOf = values['as-of'] ?? now;
  if (!Instant.safeParse(asOf).success) throw new Error(`评估时间“${asOf}”无效，应为带时区的 ISO-8601，如 2020-06-01T09:00:00+08:00`);
  return { month: values.month, data: values.data, asOf, out: values.out, json: values.json ?? false, ruleSet: values['rule-set'], database: values.database };
}
