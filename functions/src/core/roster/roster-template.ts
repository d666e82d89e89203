import { z } from 'zod';
import type { CellGrid, CellValue, GardenKind, GardenRole, RosterIssue } from '../../../../schemas';
import type { DraftGarden } from './draft';
import { a1 } from '../sheet-address';
import { cellText, headerKey, normaliseGardenName, splitGardenNames, splitPersonNames } from './names';

/** Our own roster template: one row per garden. 园所名称 | 角色 | 类型 | 帮扶园 | 责任人 | 编辑账号. */
export const ROSTER_TEMPLATE_COLUMNS = [
  { key: 'name', header: '园所名称', aliases: ['园名', '幼儿园', '园所', '名称'] },
  { key: 'role', header: '角色', aliases: ['帮扶角色'] },
  { key: 'kind', header: '类型', aliases: ['园所类型', '性质'] },
  { key: 'helper', header: '帮扶园', aliases: ['所属帮扶园', '结对帮扶园'] },
  { key: 'people', header: '责任人', aliases: ['负责人'] },
  { key: 'editors', header: '编辑账号', aliases: ['账号', '邮箱', '编辑邮箱', '编辑人账号'] },
] as const;
type TemplateKey = (typeof ROSTER_TEMPLATE_COLUMNS)[number]['key'];

const ROLE_WORDS: Record<string, GardenRole> = { 帮扶园: 'helper', 帮扶: 'helper', 被帮扶园: 'helped', 被帮扶: 'helped', 受帮扶园: 'helped' };
const KIND_WORDS: Record<string, GardenKind> = {
  示范园: 'demonstration', 示范: 'demonstration', 省级示范园: 'demonstration',
  农村园: 'rural', 农村: 'rural', 乡村园: 'rural', 民办园: 'private', 民办: 'private',
};
const Email = z.email();

/** Recognises the template's header row: it needs at least 园所名称 and 角色. */
export function templateColumns(row: readonly CellValue[]): Partial<Record<TemplateKey, number>> | null {
  const keys = row.map(headerKey);
  const cols: Partial<Record<TemplateKey, number>> = {};
  for (const col of ROSTER_TEMPLATE_COLUMNS) {
    const i = keys.findIndex((k) => k === col.header || (col.aliases as readonly string[]).includes(k));
    if (i >= 0) cols[col.key] = i;
  }
  return cols.name !== undefined && cols.role !== undefined ? cols : null;
}

export function readTemplateRows(
  grid: CellGrid, headerRow: number, cols: Partial<Record<TemplateKey, number>>,
): { drafts: DraftGarden[]; issues: RosterIssue[] } {
  const drafts: DraftGarden[] = [];
  const issues: RosterIssue[] = [];
  const header = grid.rows[headerRow] ?? [];
  for (let r = headerRow + 1; r < grid.rows.length; r++) {
    const row = grid.rows[r] ?? [];
    const text = (key: TemplateKey) => (cols[key] === undefined ? '' : cellText(row[cols[key]]));
    const at = (key: TemplateKey) => ({ cell: a1(r + 1, cols[key] ?? 0), column: headerKey(header[cols[key] ?? 0]) });
    const report = (key: TemplateKey, code: RosterIssue['code'], message: string, severity: RosterIssue['severity'] = 'error') =>
      issues.push({ row: r + 1, ...at(key), severity, code, message: `${at(key).cell}：${message}` });

    const name = normaliseGardenName(text('name'));
    if (!name) {
      if (row.some((v) => cellText(v))) report('name', 'roster.name_missing', '园所名称为空，本行未列入名单');
      continue;
    }
    const role = ROLE_WORDS[text('role').replace(/\s+/gu, '')];
    if (!role) {
      report('role', 'roster.role_unknown', `角色“${text('role')}”无法识别（应为帮扶园或被帮扶园），“${name}”未列入名单`);
      continue;
    }
    const kindText = text('kind').replace(/\s+/gu, '');
    const kind = kindText ? KIND_WORDS[kindText] : role === 'helper' ? 'demonstration' : undefined;
    if (!kind) {
      report('kind', 'roster.kind_unknown', `类型“${kindText}”无法识别（应为示范园、农村园或民办园），“${name}”未列入名单`);
      continue;
    }
    const editors: string[] = [];
    for (const account of text('editors').split(/[\s,，;；、]+/u).filter(Boolean)) {
      if (Email.safeParse(account).success) editors.push(account.toLowerCase());
      else report('editors', 'roster.email_invalid', `编辑账号“${account}”不是有效的邮箱地址，已忽略`, 'warning');
    }
    drafts.push({
      name, role, kind, editors,
      helperName: role === 'helped' ? splitGardenNames(text('helper'))[0] : undefined,
      responsible: splitPersonNames(text('people')),
      row: r + 1, ...at('name'),
    });
  }
  return { drafts, issues };
}
