import { STATUS_WORDS, type Status } from '../../../../schemas';
import { compactText } from './cells';
import { memoByText } from './memo';

const TRAILING_PUNCTUATION = /[。.!！,，;；、]+$/;

const EXACT = new Map<string, Status>();
for (const [status, words] of STATUS_WORDS) for (const word of words) EXACT.set(compactText(word), status);

/**
 * Prefix words, longest first, so `已完成，效果良好` reads as done and `未完成（下月补）` as not done;
 * single characters (是, 否, 好) only count as whole cells.
 */
const PREFIXES: ReadonlyArray<readonly [string, Status]> = [...EXACT.entries()]
  .filter(([word]) => word.length >= 2)
  .sort((a, b) => b[0].length - a[0].length);

/**
 * Words that decide a remark containing them (因疫情延期, 疫情原因未开展, 因天气取消). Done words are left out:
 * 部分完成 is not done, and the garden should say which it is.
 */
const CONTAINED: ReadonlyArray<readonly [string, Status]> = (['not_done', 'cancelled', 'postponed'] as const).flatMap((status) =>
  PREFIXES.filter(([, s]) => s === status).map(([word]) => [word, status] as const),
);
/** A tick or cross typed before the word (√已完成, ×未开展). */
const LEADING_MARK = /^[√✓✔×✗]+(?=.)/;

/**
 * The status a 完成情况 cell means: empty → planned; a checkbox TRUE → done, FALSE → planned;
 * null when the word is not one we know.
 */
export function parseStatus(value: unknown): Status | null {
  if (typeof value === 'boolean') return value ? 'done' : 'planned';
  if (typeof value === 'number') return null;
  return typeof value === 'string' ? parseStatusText(value) : readStatus(value);
}

/** A status column holds a handful of words: each is read once. */
const parseStatusText = memoByText((text: string) => readStatus(text));

function readStatus(value: unknown): Status | null {
  const typed = compactText(value).replace(TRAILING_PUNCTUATION, '');
  if (typed === '') return 'planned';
  const exact = EXACT.get(typed);
  if (exact) return exact;
  const text = typed.replace(LEADING_MARK, '');
  for (const [word, status] of PREFIXES) if (text.startsWith(word)) return status;
  for (const [word, status] of CONTAINED) if (text.includes(word)) return status;
  return null;
}
