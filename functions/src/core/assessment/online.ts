import type { PlanRow } from '../../../../schemas/plan-row';

/**
 * Whether a done activity was carried out online: its 帮扶任务 or 备注 names an online mode (`words`, from the rule
 * set: 线上, 钉钉, 腾讯会议…). The plan itself tells the two apart (四（三）2：通过实地交流或利用“钉钉”等平台进行
 * 线上指导), and an item that asks for someone 到被帮扶园 cannot be met from a screen.
 */
export function doneOnline(row: Pick<PlanRow, 'task' | 'note'>, words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    if (row.task.includes(words[i]) || (row.note !== null && row.note.includes(words[i]))) return true;
  }
  return false;
}
