import path from 'node:path';
import { loadRuleSet } from '../core/rules';
import { monthLabel } from '../core/calendar';
import { ensureDemoCounty } from '../local/demo/generate';
import { DEMO_RULE_SET } from '../local/demo/gaotai-2020';
import { assessFolder, type FolderRun } from './assess-folder';
import { parseCommandLine } from './args';
import { cliLogger, type CliClock } from './assess';
import { monthSummary, termSummary } from './assess-summary';
import type { Command } from './commands';
import { writeRunOutputs } from './outputs';
import { storedBureauInputs } from '../local/bureau-outputs';
import { progressReporter } from './progress';
import { withStores } from './stores';
import { formatTable } from './text-width';

const USAGE = '用法：bangfu demo [--out 输出文件夹]';

/**
 * `bangfu demo` (what `npm start` runs): the monthly job end to end on the demo county. Creates 高台县's
 * spring term 2020 under .local/demo on first use (one folder per month close), runs the monthly cycle for
 * each month in order — as of the morning after each cutoff — and prints who met the rules. Re-running
 * replays the same inputs: snapshots stay unchanged and the stored results are returned as they were.
 */
export function makeDemoCommand(clock: CliClock): Command {
  return {
    summary: '演示：在示例县（高台县 2020 年春季学期）上逐月运行月度考核并打印汇总',
    usage: USAGE,
    async run(args, env, io) {
      let out: string | undefined;
      try {
        out = parseCommandLine({ args: [...args], options: { out: { type: 'string' } }, strict: true }).values.out;
      } catch (error) {
        io.err(`${(error as Error).message}\n${USAGE}`);
        return 2;
      }
      const home = env.BANGFU_HOME || process.cwd();
      const outDir = path.resolve(home, out ?? 'out');
      const demo = await ensureDemoCounty(path.join(home, '.local', 'demo'));
      io.out(demo.created
        ? `已生成演示数据：${path.relative(home, demo.root)}（高台县 2020 年春季学期，${demo.months.length} 个月）`
        : `使用已有演示数据：${path.relative(home, demo.root)}（删除该文件夹可重新生成）`);

      const ruleSet = loadRuleSet(DEMO_RULE_SET);
      return withStores(env, io, async (opened) => {
        io.out(`数据库：${opened.where}`);
        const runs: FolderRun[] = [];
        const written: string[] = [];
        for (const month of demo.months) {
          const progress = progressReporter(io, `[${month.month}] `);
          const run = await assessFolder({
            stores: opened.stores, ruleSet, now: clock.now, log: cliLogger(env, io),
            progress: progress.update,
          }, { dataDir: month.dir, month: month.month, asOf: month.asOf, registerDir: outDir });
          progress.stop();
          runs.push(run);
          written.push(...(await writeRunOutputs(outDir, run, await storedBureauInputs(opened.stores.gardenMonths, run.result.assessment, ruleSet))));
          io.out(monthLine(run));
        }
        const last = runs[runs.length - 1];
        io.out(['', ...monthSummary(last), '', ...pairMatrix(runs)].join('\n'));
        if (last.result.term) io.out(['', ...termSummary(last.result.term, last.result.month)].join('\n'));
        io.out(`\n结果已写入 ${path.relative(home, outDir) || outDir}/（${[...new Set(written.map((f) => path.relative(outDir, f)))].join('、')}）`);
        if (runs.every((r) => r.result.replayed)) io.out('本次为重放：输入未变，快照未改动，结果与上次相同。');
        return 0;
      }, { demo: true });
    },
  };
}

export const demoCommand = makeDemoCommand({ now: () => new Date().toISOString() });

/** One line per month: how many gardens reported and met the rules, and how many pairs passed. */
function monthLine(run: FolderRun): string {
  const s = run.result.assessment.summary;
  const replay = run.result.replayed ? '（输入未变，沿用已存结果）' : '';
  return `${monthLabel(run.result.month)}：${s.gardens} 所园，按时上报 ${s.onTime}，逾期 ${s.late}，未上报 ${s.notReported}，`
    + `达标 ${s.meetingMinimum}；结对通过 ${s.pairsPassed}/${s.pairs}${replay}`;
}

/** Pair verdicts month by month (捆绑式考核: one member failing fails the pair). */
function pairMatrix(runs: readonly FolderRun[]): string[] {
  const first = runs[0].result.assessment;
  const names = new Map(first.gardens.map((g) => [g.gardenId, g.name]));
  return [
    '结对逐月结果（✓ 通过，✗ 未通过）：',
    ...formatTable([
      ['结对', ...runs.map((r) => monthLabel(r.result.month).replace(/^\d+年/, '')), '通过月数'],
      ...first.pairs.map((p) => {
        const verdicts = runs.map((r) => r.result.assessment.pairs.find((x) => x.pairId === p.pairId)?.passed ?? false);
        return [`${names.get(p.helperId) ?? p.helperId}组`, ...verdicts.map((v) => (v ? '✓' : '✗')), `${verdicts.filter(Boolean).length}/${runs.length}`];
      }),
    ]).map((l) => `  ${l}`),
  ];
}
