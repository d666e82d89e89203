import type { PlanColumnKey } from '../../../../schemas';
import { findChildData, maskMention, redactChildData, type ChildMention } from './child-privacy';
import { messages } from './messages';
import type { RowIssues } from './row-issues';

const KIND_WORDS: Record<ChildMention['kind'], string> = { name: '幼儿姓名', id: '身份证号', phone: '联系电话' };

/** `幼儿姓名“张**”“李**”、身份证号“620***…”`: what was found, masked, grouped by kind. */
function describe(mentions: readonly ChildMention[]): string {
  const kinds = (['name', 'id', 'phone'] as const).filter((k) => mentions.some((m) => m.kind === k));
  return kinds
    .map((k) => KIND_WORDS[k] + [...new Set(mentions.filter((m) => m.kind === k).map((m) => `“${maskMention(m)}”`))].join(''))
    .join('、');
}

/** The free-text columns scanned: what a garden types about an activity, its evidence names and links included. */
export const CHILD_SCANNED_KEYS = ['task', 'note', 'evidencePlan', 'evidenceRecord', 'evidenceSummary', 'evidencePhotos'] as const satisfies readonly PlanColumnKey[];
type ChildScannedKey = (typeof CHILD_SCANNED_KEYS)[number];
export type ChildScannedText = Record<ChildScannedKey, string | null>;

/**
 * Scans a row's free text (帮扶任务, 备注, and the 方案/记录/总结/图片 evidence — file names such as 慰问幼儿张小明.jpg)
 * for children's names, ID-card and phone numbers: a `child.name` warning on each cell that has some, and the text
 * with them redacted, which is what the accepted row keeps.
 */
export function checkChildData(text: ChildScannedText, aidRow: boolean, out: RowIssues): ChildScannedText {
  const options = aidRow ? AID_ROW : OTHER_ROW;
  // In CHILD_SCANNED_KEYS order, spelled out: fields named in code are single loads, a key in a variable a lookup.
  // The text is copied only when something is redacted: almost no row has children's data.
  let result = redacted(text, 'task', text.task, options, out);
  result = redacted(result, 'note', text.note, options, out);
  result = redacted(result, 'evidencePlan', text.evidencePlan, options, out);
  result = redacted(result, 'evidenceRecord', text.evidenceRecord, options, out);
  result = redacted(result, 'evidenceSummary', text.evidenceSummary, options, out);
  return redacted(result, 'evidencePhotos', text.evidencePhotos, options, out);
}

/** `result` with one text redacted (a copy: rows with children's data are rare), or `result` itself when it holds none. */
function redacted(result: ChildScannedText, key: ChildScannedKey, value: string | null, options: FindOptions, out: RowIssues): ChildScannedText {
  if (value === null) return result;
  const mentions = findChildData(value, options);
  if (mentions.length === 0) return result;
  out.add(key, 'child.name', messages.childData(out.cell(key), describe(mentions)), 'warning');
  return { ...result, [key]: redactChildData(value, mentions) };
}

type FindOptions = { aidRow: boolean };

const AID_ROW = Object.freeze({ aidRow: true });
const OTHER_ROW = Object.freeze({ aidRow: false });
