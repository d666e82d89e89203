import type { CellStyle } from './model';

/** The dashboard's look, in one place: renderers translate these, tabs only pick them. */
export const STYLE = {
  title: { bold: true, fontSize: 16 },
  subtitle: { color: '#595959' },
  header: { bold: true, fill: '#dde7f3', align: 'center', wrap: true },
  section: { bold: true, fontSize: 12, fill: '#f2f2f2' },
  text: { wrap: true },
  center: { align: 'center' },
  count: { numberFormat: '0', align: 'right' },
  score: { numberFormat: '0.0', align: 'right' },
  /** Counts or class hours as typed (2, 2.5): the default format, since '0' rounds a half hour and '0.0' adds a .0 to counts. */
  amount: { align: 'right' },
  percent: { numberFormat: '0.0%', align: 'right' },
  date: { numberFormat: 'yyyy-mm-dd', align: 'center' },
  bar: { color: '#2f5597' },
  good: { color: '#006100', bold: true },
  bad: { color: '#9c0006', bold: true },
  userInput: { fill: '#fffdf0' },
  system: { color: '#595959', wrap: true },
} satisfies Record<string, CellStyle>;

/** A garden-month's status in the completion matrix. */
export type MonthStatus = 'met' | 'not_met' | 'late' | 'missing' | 'exception' | 'pending';

export const MONTH_STATUS: Record<MonthStatus, { label: string; fill: string; color: string; meaning: string }> = {
  met: { label: '达标', fill: '#c6efce', color: '#006100', meaning: '按时上报且达到每月最低要求' },
  not_met: { label: '未达标', fill: '#ffc7ce', color: '#9c0006', meaning: '已上报但未达到每月最低要求' },
  late: { label: '迟报', fill: '#ffeb9c', color: '#9c5700', meaning: '30日后、月底前上报，达到最低要求' },
  missing: { label: '未报', fill: '#bfbfbf', color: '#000000', meaning: '月底前未上报，视为本月未开展帮扶工作' },
  exception: { label: '例外', fill: '#bdd7ee', color: '#1f4e79', meaning: '基教股批准的例外（截止后允许更正）' },
  pending: { label: '未到期', fill: '#ffffff', color: '#7f7f7f', meaning: '本月尚未截止' },
};

export const MONTH_STATUS_ORDER: readonly MonthStatus[] = ['met', 'not_met', 'late', 'missing', 'exception', 'pending'];

export const verdictStyle = (passed: boolean): CellStyle => (passed ? STYLE.good : STYLE.bad);
export const verdictLabel = (passed: boolean, final: boolean): string => `${passed ? '通过' : '未通过'}${final ? '' : '（暂定）'}`;

/** `█████░░░░░` for a 0–1 share: a chart that survives any viewer, printing and CSV export. */
export function barGlyphs(share: number, width = 10): string {
  const filled = Math.round(Math.max(0, Math.min(1, share)) * width);
  return '█'.repeat(filled) + '░'.repeat(width - filled);
}
