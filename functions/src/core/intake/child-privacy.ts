/**
 * Children's personal data in plan-table text. Aid records (困境幼儿资助) must keep counts and categories, never a
 * child's name, ID-card number or family phone: intake finds them in task and 备注 text, warns the garden, and
 * redacts them from the accepted row so they are never copied into Firestore, the dashboard, reports or logs.
 *
 * Names are found by context, not by a dictionary of names: a surname-led 2–4 character word that stands alone
 * (followed by punctuation, the end, or a word like 小朋友/等/送去) right after a child word (幼儿张小明), right
 * before one (王一诺小朋友), after a verb of aid (慰问张小明, 为李梓涵、王一诺送去…), or in a 、-list with one of
 * those. Teachers are named in 负责人 and followed by 老师/园长 in text; neither is scanned as a child.
 */
import {
  ADULT_AFTER, AID_BEFORE, CHILD_AFTER, CHILD_BEFORE, COMPOUND_SURNAMES, NAME_FOLLOWERS, NOT_GIVEN_NAMES,
  NOT_IN_GIVEN_NAME, NOT_NAMES, SURNAMES,
} from './child-words';
import { memoByText } from './memo';

export interface ChildMention {
  kind: 'name' | 'id' | 'phone';
  text: string;
  start: number;
  end: number;
}

const CJK = /[\u4e00-\u9fff]/;
const ID_CARD = /(?<![0-9])[1-9]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Za-z])/g;
const PHONE = /(?<![0-9])(?:1[3-9]\d{9}|0\d{2,3}-\d{7,8})(?![0-9])/g;
/** Verbs of aid after which a lone name must still be followed by what was given (为王芳 is often a teacher). */
const WEAK_AID = new Set(['为', '给', '向']);
const GIVING = ['送', '发放', '捐', '赠', '提供', '购', '、'];
const SEPARATORS = /[\s：:“”"'‘’、]/;

const isCjk = (c: string | undefined): boolean => c !== undefined && CJK.test(c);
const startsWithAny = (text: string, at: number, words: readonly string[]): boolean => words.some((w) => text.startsWith(w, at));

/** 幼儿/小朋友… at `at`, but not the start of 幼儿园 or 幼儿教师. */
function childWordAt(text: string, at: number): boolean {
  const word = ['幼儿', ...CHILD_AFTER].find((w) => text.startsWith(w, at));
  return word !== undefined && !'园教'.includes(text[at + word.length] ?? '');
}

function followedByBoundary(text: string, at: number): boolean {
  if (at >= text.length || !isCjk(text[at])) return true;
  if (text.startsWith('幼儿', at)) return childWordAt(text, at);
  return startsWithAny(text, at, NAME_FOLLOWERS) || startsWithAny(text, at, ['家庭']);
}

/** The length of a name starting at `at` that stands alone (2–4 characters), or 0. Longer names are preferred. */
export function nameAt(text: string, at: number): number {
  const compound = COMPOUND_SURNAMES.find((s) => text.startsWith(s, at));
  const surname = compound?.length ?? (SURNAMES.has(text[at]) ? 1 : 0);
  if (surname === 0) return 0;
  for (const given of [2, 1]) {
    const end = at + surname + given;
    if (end > text.length) continue;
    const givenText = text.slice(at + surname, end);
    const whole = text.slice(at, end);
    if (![...givenText].every((c) => isCjk(c) && !NOT_IN_GIVEN_NAME.has(c))) continue;
    if (NOT_GIVEN_NAMES.has(givenText) || NOT_NAMES.has(whole)) continue;
    if (startsWithAny(text, end, ADULT_AFTER)) return 0;
    if (followedByBoundary(text, end)) return end - at;
  }
  return 0;
}

function occurrences(text: string, words: readonly string[]): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  for (const word of words) {
    for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) found.push({ start: i, end: i + word.length });
  }
  return found;
}

function skipSeparators(text: string, at: number): number {
  let i = at;
  while (i < text.length && i - at < 2 && SEPARATORS.test(text[i])) i++;
  return i;
}

/** Names ending right before `end` (王一诺|小朋友): the longest surname-led candidate that reaches exactly `end`. */
function nameEndingAt(text: string, end: number): number {
  for (const length of [4, 3, 2]) {
    const start = end - length;
    if (start < 0) continue;
    if (nameAt(text, start) === length) return start;
  }
  return -1;
}

function seeds(text: string, aidRow: boolean): Map<number, number> {
  const names = new Map<number, number>(); // start → length
  const add = (start: number, length: number) => { if (length > 0) names.set(start, length); };
  for (const hit of occurrences(text, CHILD_BEFORE)) {
    const at = skipSeparators(text, hit.end);
    add(at, nameAt(text, at));
  }
  for (const hit of occurrences(text, CHILD_AFTER)) {
    const start = nameEndingAt(text, hit.start);
    if (start >= 0) add(start, hit.start - start);
  }
  for (const hit of occurrences(text, AID_BEFORE)) {
    const at = skipSeparators(text, hit.end);
    const length = nameAt(text, at);
    const word = text.slice(hit.start, hit.end);
    const gives = startsWithAny(text, at + length, GIVING) || childWordAt(text, at + length);
    if (length > 0 && (!WEAK_AID.has(word) || gives)) add(at, length);
  }
  if (aidRow) {
    // In an aid record, a 、-list of two or more names needs no other context: 张小明、李梓涵两名幼儿.
    for (const hit of occurrences(text, ['、'])) {
      const before = nameEndingAt(text, hit.start);
      const after = nameAt(text, hit.end);
      if (before >= 0 && after > 0) { add(before, hit.start - before); add(hit.end, after); }
    }
  }
  return names;
}

/** Grows each found name along its 、-list: one name in 张小明、李梓涵、王一诺 makes all three names. */
function extendLists(text: string, names: Map<number, number>): void {
  const queue = [...names.entries()];
  while (queue.length > 0) {
    const [start, length] = queue.pop()!;
    const next = start + length;
    if (text[next] === '、') {
      const after = nameAt(text, next + 1);
      if (after > 0 && !names.has(next + 1)) { names.set(next + 1, after); queue.push([next + 1, after]); }
    }
    if (text[start - 1] === '、') {
      const before = nameEndingAt(text, start - 1);
      if (before >= 0 && !names.has(before)) { names.set(before, start - 1 - before); queue.push([before, start - 1 - before]); }
    }
  }
}

/**
 * What any mention needs: a word seeds() looks for (it finds nothing in a text without one; 、 too in an aid
 * record), or a run of seven ASCII digits (no ID-card or phone number without one). Most texts hold none, and one
 * compiled regex tells far faster than loops over char codes (bench); a one-byte text (a link) is only scanned for
 * digits.
 */
const WORDS = [...CHILD_BEFORE, ...CHILD_AFTER, ...AID_BEFORE];
const HINT = new RegExp(['[0-9]{7}', ...WORDS].join('|'));
const AID_HINT = new RegExp(['[0-9]{7}', ...WORDS, '、'].join('|'));
const TRIGGER = new RegExp(WORDS.join('|'));
const AID_TRIGGER = new RegExp([...WORDS, '、'].join('|'));
const SEVEN_DIGITS = /[0-9]{7}/;

const NO_OPTIONS = Object.freeze({});
/** What most texts hold: shared, never mutated (callers only read mentions). */
const NONE: readonly ChildMention[] = Object.freeze([]);

/** Children's names, ID-card numbers and phone numbers in a text, in order of position, without overlaps. */
export function findChildData(text: string, options: { aidRow?: boolean } = NO_OPTIONS): readonly ChildMention[] {
  const aidRow = options.aidRow === true;
  // Most texts (links, file names, tasks without a child word) hold no hint: answered without allocating.
  if (!(aidRow ? AID_HINT : HINT).test(text)) return NONE;
  return (aidRow ? scanAidText : scanText)(text);
}

/** Texts with a hint (幼儿一日生活, 送教下乡…) repeat across a county's rows: each is scanned once per kind of row. */
const scanText = memoByText((text: string) => scan(text, false));
const scanAidText = memoByText((text: string) => scan(text, true));

function scan(text: string, aidRow: boolean): readonly ChildMention[] {
  const found: ChildMention[] = [];
  if (SEVEN_DIGITS.test(text)) {
    for (const [re, kind] of [[ID_CARD, 'id'], [PHONE, 'phone']] as const) {
      for (const m of text.matchAll(re)) found.push({ kind, text: m[0], start: m.index, end: m.index + m[0].length });
    }
  }
  if ((aidRow ? AID_TRIGGER : TRIGGER).test(text) && CJK.test(text)) {
    const names = seeds(text, aidRow);
    extendLists(text, names);
    for (const [start, length] of names) found.push({ kind: 'name', text: text.slice(start, start + length), start, end: start + length });
  }
  if (found.length === 0) return NONE;
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.filter((m, i) => i === 0 || m.start >= found[i - 1].end);
}

const REPLACEMENT: Record<ChildMention['kind'], string> = { name: '某某', id: '（身份证号已隐去）', phone: '（电话已隐去）' };

/** The text with every mention replaced (names by 某某), for storing. */
export function redactChildData(text: string, mentions: readonly ChildMention[]): string {
  let out = '';
  let at = 0;
  for (const m of mentions) {
    out += text.slice(at, m.start) + REPLACEMENT[m.kind];
    at = m.end;
  }
  return out + text.slice(at);
}

/**
 * Whether a text had children's data redacted (it holds a replacement). Two such texts may have differed only in
 * what was taken out (慰问幼儿张小明.jpg, 慰问幼儿李华.jpg), so they cannot be compared as the same file.
 */
export function holdsRedaction(text: string): boolean {
  return REDACTED.test(text);
}

/** The texts put in place of what was found. */
export const REPLACEMENTS: readonly string[] = Object.values(REPLACEMENT);
/** Any replacement: one regex, which rules out a one-byte text (a link) at once. */
const REDACTED = new RegExp(REPLACEMENTS.join('|'));

/** A mention as a message may show it: 张** for a name, 6207…**** style for numbers (never whole). */
export function maskMention(mention: ChildMention): string {
  const chars = [...mention.text];
  if (mention.kind === 'name') return chars[0] + '*'.repeat(chars.length - 1);
  return chars.slice(0, 3).join('') + '*'.repeat(Math.max(0, chars.length - 3));
}
