import { STATUS_WORDS, type Status } from '../../../../schemas';
import { compactText } from './cells';

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
 * The status a 完成情况 cell means: empty → planned; a checkbox TRUE → done, FALSE → planned;
 * null when the word is not one we know.
 */
export function parseStatus(value: unknown): Status | null {
  if (typeof value === 'boolean') return value ? 'done' : 'planned';
  if (typeof value === 'number') return null;
  const text = compactText(value).replace(TRAILING_PUNCTUATION, '');
  if (text === '') return 'planned';
  const exact = EXACT.get(text);
  if (exact) return exact;
  for (const [word, status] of PREFIXES) if (text.startsWith(word)) return status;
  return null;
}
