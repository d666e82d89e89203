import { charWidth, displayWidth } from '../core/text-width';

// Terminal layout of Chinese text, measured by display width (汉字 take two columns).

/** Cuts text to at most `max` columns, ending in … when cut. */
export function truncateToWidth(text: string, max: number): string {
  if (displayWidth(text) <= max) return text;
  let out = '';
  let width = 0;
  for (const char of text) {
    const w = charWidth(char);
    if (width + w > max - 1) break;
    out += char;
    width += w;
  }
  return `${out}…`;
}

export function padToWidth(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** Rows of cells as aligned lines: columns padded by display width, the last column left ragged. */
export function formatTable(rows: readonly (readonly string[])[], gap = 2): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => { widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell)); });
  return rows.map((row) =>
    row.map((cell, i) => (i === row.length - 1 ? cell : padToWidth(cell, widths[i] + gap))).join('').trimEnd(),
  );
}
