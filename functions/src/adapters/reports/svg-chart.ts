import type { Block } from '../../core/reports';
import { escapeHtml } from '../../core/safe-text';

type Chart = Extract<Block, { kind: 'chart' }>;

const COLORS = ['#2f5597', '#c55a11', '#548235', '#7f6000'];
const W = 680;
const H = 320;
const PAD = { left: 48, right: 16, top: 36, bottom: 86 };

const fmt = (v: number, unit: Chart['unit']) => (unit === '%' ? `${(v * 100).toFixed(0)}%` : v.toFixed(1));

/**
 * A grouped column chart as inline SVG: no script, no external resource, every label escaped. Drawn here rather
 * than by a charting library because the report must be one self-contained file that prints the same everywhere.
 */
export function svgColumnChart(chart: Chart): string {
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const n = Math.max(1, chart.categories.length);
  const groupW = plotW / n;
  const barW = Math.min(36, (groupW * 0.8) / chart.series.length);
  const y = (v: number) => PAD.top + plotH - (Math.max(0, Math.min(v, chart.max)) / chart.max) * plotH;
  const parts: string[] = [];
  for (let i = 0; i <= 4; i++) {
    const v = (chart.max * i) / 4;
    parts.push(`<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(v)}" y2="${y(v)}" stroke="#d9d9d9"/>`,
      `<text x="${PAD.left - 6}" y="${y(v) + 4}" text-anchor="end" font-size="11" fill="#595959">${fmt(v, chart.unit)}</text>`);
  }
  chart.categories.forEach((label, c) => {
    const x0 = PAD.left + c * groupW + (groupW - barW * chart.series.length) / 2;
    chart.series.forEach((s, k) => {
      const v = s.values[c] ?? 0;
      const x = x0 + k * barW;
      parts.push(`<rect class="bar" x="${x.toFixed(1)}" y="${y(v).toFixed(1)}" width="${(barW - 2).toFixed(1)}" height="${(PAD.top + plotH - y(v)).toFixed(1)}" fill="${COLORS[k % COLORS.length]}"><title>${escapeHtml(`${label} ${s.name}：${fmt(v, chart.unit)}`)}</title></rect>`,
        `<text x="${(x + barW / 2).toFixed(1)}" y="${(y(v) - 3).toFixed(1)}" text-anchor="middle" font-size="10" fill="#262626">${fmt(v, chart.unit)}</text>`);
    });
    const cx = PAD.left + c * groupW + groupW / 2;
    parts.push(`<text x="${cx.toFixed(1)}" y="${H - PAD.bottom + 14}" text-anchor="end" font-size="11" transform="rotate(-35 ${cx.toFixed(1)} ${H - PAD.bottom + 14})">${escapeHtml(label)}</text>`);
  });
  const legend = chart.series.map((s, k) =>
    `<rect x="${PAD.left + k * 140}" y="8" width="12" height="12" fill="${COLORS[k % COLORS.length]}"/><text x="${PAD.left + k * 140 + 16}" y="18" font-size="12">${escapeHtml(s.name)}</text>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(chart.title)}" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}">` +
    `<title>${escapeHtml(chart.title)}</title>${legend.join('')}` +
    `<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${PAD.top + plotH}" y2="${PAD.top + plotH}" stroke="#595959"/>${parts.join('')}</svg>`;
}
