import { SEVERITY_LABELS, type Issue } from '../../schemas';
import { escapeHtml } from '../../functions/src/core/safe-text/html';

export const CHECK_SIDEBAR_TITLE = '全表检查结果';

/**
 * The 全表检查 sidebar: one line per problem, errors first; clicking a line calls the global `jumpTo` through
 * google.script.run. Cell and sheet names travel in data attributes (escaped), never inside script text.
 */
export function problemsHtml(sheetName: string, issues: readonly Issue[]): string {
  const sorted = [...issues].sort((a, b) => severityRank(a) - severityRank(b) || a.row - b.row);
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  const summary = issues.length === 0
    ? '<p class="ok">没有发现问题，可以提交本月。</p>'
    : `<p>共 ${errors} 个错误、${warnings} 个提醒。点击一条即可跳到对应的格子；改正后再点“全表检查”。</p>`;
  const items = sorted.map((i) =>
    `<li class="${i.severity}"><a href="#" data-sheet="${escapeHtml(sheetName)}" data-cell="${escapeHtml(i.cell)}">` +
    `<b>${SEVERITY_LABELS[i.severity]}</b> ${escapeHtml(i.message)}</a></li>`).join('');
  return `<!DOCTYPE html><html><head><base target="_top"><meta charset="utf-8"><style>
body{font:13px/1.5 sans-serif;margin:8px}ul{list-style:none;padding:0}li{margin:4px 0;padding:4px 6px;border-radius:4px}
li.error{background:#fce8e6}li.warning{background:#fef7e0}a{color:inherit;text-decoration:none}.ok{color:#137333}
</style></head><body>${summary}<ul>${items}</ul><script>
document.addEventListener('click',function(e){var a=e.target.closest('[data-cell]');if(!a)return;e.preventDefault();
google.script.run.jumpTo(a.getAttribute('data-sheet'),a.getAttribute('data-cell'));});
</script></body></html>`;
}

/** A plain-text page (填写说明 fallback, server verdicts): each line a paragraph, escaped. */
export function textHtml(lines: readonly string[]): string {
  const body = lines.map((l) => (l === '' ? '<br>' : `<p>${escapeHtml(l)}</p>`)).join('');
  return `<!DOCTYPE html><html><head><base target="_top"><meta charset="utf-8"><style>body{font:13px/1.6 sans-serif;margin:8px}p{margin:2px 0}</style></head><body>${body}</body></html>`;
}

function severityRank(issue: Issue): number {
  return issue.severity === 'error' ? 0 : 1;
}
