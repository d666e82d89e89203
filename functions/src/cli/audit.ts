import { MonthKey } from '../../../schemas';
import { localTime } from '../core/audit';
import { gardenMonthAudit, type GardenMonthAudit } from '../usecases/garden-month-audit';
import { parseCommandLine } from './args';
import type { Command } from './commands';
import { withStores } from './stores';
import { formatTable } from './text-width';

const USAGE = '用法：bangfu audit <园所编号> <月份 YYYY-MM> [--json] [--database cloud|local]';

/**
 * `bangfu audit <garden> <month>`: the garden-month's append-only history (versions, late changes, freeze,
 * exceptions, spot-check verdicts) with time, what, who, version and a short content hash. Exit 0 when there is
 * history, 1 when nothing is on record, 2 when the command cannot run.
 */
export const auditCommand: Command = {
  summary: '审计记录：查看某园某月的各版本、冻结、特批与抽查记录（时间、事项、操作人）',
  usage: USAGE,
  async run(args, env, io) {
    let parsed: AuditArgs;
    try {
      parsed = parseAuditArgs(args);
    } catch (error) {
      io.err(`${(error as Error).message}\n${USAGE}`);
      return 2;
    }
    return withStores(env, io, async (opened) => {
      const audit = await gardenMonthAudit(opened.stores, parsed);
      io.out(parsed.json ? JSON.stringify(audit, null, 2) : renderAudit(audit, opened.where).join('\n'));
      return audit.lines.length > 0 ? 0 : 1;
    }, { flag: parsed.database });
  },
};

interface AuditArgs {
  gardenId: string;
  month: string;
  json: boolean;
  /** --database cloud|local; absent: BANGFU_FIRESTORE, else local. */
  database?: string;
}

export function parseAuditArgs(args: readonly string[]): AuditArgs {
  const parsed = parseCommandLine({ args: [...args], options: { json: { type: 'boolean' }, database: { type: 'string' } }, allowPositionals: true, strict: true });
  const [gardenId, month, ...extra] = parsed.positionals;
  if (!gardenId || !month || extra.length > 0) throw new Error('请指定园所编号和月份，如 bangfu audit 城关幼儿园 2020-05');
  if (!MonthKey.safeParse(month).success) throw new Error(`月份“${month}”无效，应为 YYYY-MM，如 2020-05`);
  return { gardenId, month, json: parsed.values.json ?? false, database: parsed.values.database };
}

/** The history as an aligned Chinese table, headed by the current state. */
export function renderAudit(audit: GardenMonthAudit, where: string): string[] {
  const title = `“${audit.gardenId}”${audit.month} 审计记录（${where}）`;
  if (audit.lines.length === 0) return [title, '没有记录：该园该月尚未报送，也没有抽查或特批记录。请核对园所编号与月份。'];
  const { current } = audit;
  const state = current
    ? `当前：第 ${current.version} 版，${current.rows} 条活动，${current.issues} 个问题，内容摘要 ${current.contentHash.slice(0, 8)}${current.frozenAt ? `，已于 ${localTime(current.frozenAt)} 冻结` : '，未冻结'}`
    : '当前：尚未报送';
  const table = formatTable([
    ['时间', '版本', '内容摘要', '操作人', '事项'],
    ...audit.lines.map((l) => [localTime(l.at), l.version === null ? '—' : `第${l.version}版`, l.hash ?? '—', l.who, l.what]),
  ]);
  return [title, state, '', ...table, '', `共 ${audit.lines.length} 条记录（只增不改）。`];
}
