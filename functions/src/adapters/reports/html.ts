import type { Block, Report } from '../../core/reports';
import { escapeHtml } from '../../core/safe-text';
import { svgColumnChart } from './svg-chart';

const CSS = `
@page { size: A4; margin: 25mm 20mm; }
body { font-family: "FangSong", "仿宋_GB2312", "仿宋", "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", serif; font-size: 15px; line-height: 1.8; color: #1a1a1a; max-width: 210mm; margin: 0 auto; padding: 16px 24px; }
.masthead { text-align: center; color: #c00000; font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; font-size: 34px; font-weight: bold; letter-spacing: 4px; margin: 8px 0 0; }
.issue { text-align: center; margin: 4px 0; }
.issuer { display: flex; justify-content: space-between; border-bottom: 3px solid #c00000; padding-bottom: 4px; margin-bottom: 16px; }
h1 { font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; font-size: 22px; text-align: center; margin: 20px 0; }
h2 { font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; font-size: 17px; margin: 18px 0 6px; }
p { text-indent: 2em; margin: 6px 0; }
p.emphasis { color: #9c0006; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 12px; font-size: 13px; }
caption { font-weight: bold; margin-bottom: 4px; }
th, td { border: 1px solid #595959; padding: 3px 6px; vertical-align: top; }
th { background: #dde7f3; }
figure { margin: 12px 0; text-align: center; }
figure svg { max-width: 100%; height: auto; }
figcaption { font-size: 13px; color: #595959; }
@media print { body { padding: 0; } figure, table { break-inside: avoid; } }
`;

function block(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `<h2>${escapeHtml(b.text)}</h2>`;
    case 'paragraph':
      return `<p${b.emphasis ? ' class="emphasis"' : ''}>${escapeHtml(b.text)}</p>`;
    case 'list':
      return `<ol>${b.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ol>`;
    case 'table': {
      const cols = b.widths ? `<colgroup>${b.widths.map((w) => `<col style="width:${w}%">`).join('')}</colgroup>` : '';
      const head = `<thead><tr>${b.header.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead>`;
      const rows = b.rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(String(c))}</td>`).join('')}</tr>`).join('');
      return `<table><caption>${escapeHtml(b.caption)}</caption>${cols}${head}<tbody>${rows}</tbody></table>`;
    }
    case 'chart':
      return `<figure>${svgColumnChart(b)}<figcaption>${escapeHtml(b.title)}</figcaption></figure>`;
  }
}

/**
 * The report as one self-contained HTML page: inline CSS and SVG, no script, no external fetch (a strict CSP says
 * so too), every text escaped. Opens offline, prints on A4, and can be mailed as a single file.
 */
export function renderReportHtml(report: Report): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(report.title)}</title><style>${CSS}</style></head><body>`,
    `<div class="masthead">${escapeHtml(report.masthead)}</div>`,
    `<div class="issue">${escapeHtml(report.issue)}</div>`,
    `<div class="issuer"><span>${escapeHtml(report.issuer)}</span></div>`,
    `<h1>${escapeHtml(report.title)}</h1>`,
    ...report.blocks.map(block),
    '</body></html>',
  ].join('\n');
}
