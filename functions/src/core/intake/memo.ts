/**
 * A bounded memo for pure readings of cell text. The month, date, status and type columns of a county's tables
 * repeat a few hundred spellings over tens of thousands of rows, so each is cleaned and parsed once. Results are
 * shared between callers, who only read them. The table is emptied when full, and long texts (a pasted report)
 * are read each time rather than kept, which keeps memory bounded whatever the input.
 */
export function memoByText<T>(read: (text: string) => T, limit = 4096, maxLength = 200): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    if (text.length > maxLength) return read(text);
    let result = known.get(text);
    if (result === undefined && !known.has(text)) {
      result = read(text);
      if (known.size >= limit) known.clear();
      known.set(text, result);
    }
    return result as T;
  };
}
