/**
 * A report (the monthly 通报, the semester 考核) as renderer-neutral blocks; the .docx and HTML renderers draw
 * the same model. All text is plain: renderers escape it (HTML) or place it in text runs (docx).
 */
export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string; emphasis?: boolean }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; caption: string; header: string[]; rows: (string | number)[][]; widths?: number[] }
  | { kind: 'chart'; title: string; categories: string[]; series: { name: string; values: number[] }[]; max: number; unit: '%' | '分' };

export interface Report {
  kind: 'bulletin' | 'term';
  /** `《基教管理》简报` for the bulletin. */
  masthead: string;
  /** `2020年第5期`. */
  issue: string;
  /** The issuing office and date, under the masthead. */
  issuer: string;
  title: string;
  blocks: Block[];
  /** `通报-2020-05`: the file name without extension. */
  fileStem: string;
  /** `2020-05` or `2020-spring`: the folder under out/. */
  folder: string;
}

export const pct = (share: number): string => `${(share * 100).toFixed(1)}%`;
export const pts = (score: number): string => score.toFixed(1);
/**
 * A counted amount (次, 项, 课时) as typed: counts are whole (`2`), class hours keep their halves and quarters
 * (`2.5`, `0.25`) and never gain a trailing `.0`, unlike points.
 */
export const amount = (n: number): string => String(Math.round(n * 100) / 100);

