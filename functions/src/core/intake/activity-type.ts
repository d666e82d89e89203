import { ACTIVITY_KEYWORDS, ACTIVITY_TYPES, type ActivityType } from '../../../../schemas';
import { compactText } from './cells';
import { memoByText } from './memo';

/** A label the garden put before the task (`园本教研：…研讨`, `1.送教下乡：…`): it says the type outright. */
const LABEL = /^(?:\d{1,2}[.、]|[(（]\d{1,2}[)）])?([^:：]{2,12})[:：]/;

/**
 * The activity type a task text suggests: the type its label names (`园本教研：` before the task), else the
 * first type (in ACTIVITY_KEYWORDS order) with a keyword in the text, else 其他.
 */
export function inferActivityType(task: string): ActivityType {
  return inferFromText(task);
}

/** Tasks repeat across a county's rows (园本教研, 送教下乡…): each is read once. */
const inferFromText = memoByText(readTaskType);

function readTaskType(task: string): ActivityType {
  const text = compactText(task);
  const label = LABEL.exec(text);
  if (label) {
    const type = typeOfWords(label[1]);
    if (type !== '其他') return type;
  }
  return typeOfWords(text);
}

function typeOfWords(text: string): ActivityType {
  for (const [type, keywords] of ACTIVITY_KEYWORDS) {
    if (keywords.some((k) => text.includes(k))) return type;
  }
  return '其他';
}

const BY_WORD = new Map<string, ActivityType>();
for (const type of ACTIVITY_TYPES) {
  BY_WORD.set(compactText(type), type);
  // 送教/示范课 is also typed as 送教 or 示范课, 专题讲座 as 讲座.
  for (const part of type.split('/')) BY_WORD.set(compactText(part), type);
}
BY_WORD.set('其它', '其他');
for (const [type, keywords] of ACTIVITY_KEYWORDS) {
  for (const k of keywords) if (!BY_WORD.has(k)) BY_WORD.set(k, type);
}

/**
 * The type an 活动类型 cell names: an exact type, one half of 送教/示范课, a prefix of a type (观摩 → 观摩交流)
 * or words holding one of the inference keywords (讲座 → 专题讲座, 送教下乡 → 送教/示范课). Null when it names none.
 */
export function parseActivityType(value: unknown): ActivityType | null {
  return typeof value === 'string' ? parseTypeText(value) : readType(value);
}

/** A type column holds the dropdown's words and a few variants: each is read once. */
const parseTypeText = memoByText((text: string) => readType(text));

function readType(value: unknown): ActivityType | null {
  const text = compactText(value).replace(/[、，,;；]/g, '/');
  if (text === '') return null;
  const exact = BY_WORD.get(text);
  if (exact) return exact;
  if (text.length >= 2) {
    const prefixed = ACTIVITY_TYPES.find((t) => t.startsWith(text));
    if (prefixed) return prefixed;
  }
  // Typed without the dropdown (Excel, WPS): 送教下乡, 教研活动 name their type by its keywords.
  const inferred = typeOfWords(text);
  return inferred === '其他' ? null : inferred;
}
