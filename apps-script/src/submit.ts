import type { Issue, SubmitMonthRequest, SubmitMonthResponse } from '../../schemas';
import type { HttpResponsePort, Services } from './ports';

export const SYNC_URL_PROPERTY = 'BANGFU_SYNC_URL';

export interface Verdict {
  ok: boolean;
  /** Chinese, for ui.alert. */
  message: string;
  issues: Issue[];
}

/** `YYYY-MM` of an instant in the spreadsheet's zone: the month a press of 提交本月 means. */
export function monthOf(now: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric' }).formatToParts(now);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return `${get('year')}-${String(get('month')).padStart(2, '0')}`;
}

/**
 * 提交本月: POSTs the month to the sync function as the signed-in user (OIDC identity token), then shows the
 * server's verdict. muteHttpExceptions so a 4xx/5xx comes back as a response we can explain instead of a stack trace.
 */
export function submitMonth(services: Services): Verdict {
  const url = services.scriptProperty(SYNC_URL_PROPERTY);
  if (!url) {
    return { ok: false, issues: [], message: `尚未配置提交地址（脚本属性 ${SYNC_URL_PROPERTY}），请联系教育局基教股。` };
  }
  const spreadsheet = services.spreadsheet();
  const body: SubmitMonthRequest = { spreadsheetId: spreadsheet.getId(), month: monthOf(services.now(), spreadsheet.getSpreadsheetTimeZone()) };
  const token = services.identityToken();
  if (!token) return { ok: false, issues: [], message: '无法确认您的身份：请关闭表格后重新打开，并按提示授权本脚本，然后再提交。' };
  let response: HttpResponsePort;
  try {
    response = services.fetch(url, {
      method: 'post',
      contentType: 'application/json',
      payload: JSON.stringify(body),
      headers: { Authorization: `Bearer ${token}` },
      muteHttpExceptions: true,
      followRedirects: false,
    });
  } catch (error) {
    // DNS failures, timeouts and quota errors still throw with muteHttpExceptions; the token never reaches the log.
    services.log(`submitMonth fetch failed: ${(error as Error).message}`);
    return { ok: false, issues: [], message: '无法连接教育局服务器，请检查网络后再试。' };
  }
  return readVerdict(response.getResponseCode(), response.getContentText());
}

const STATUS_MESSAGES: Record<number, string> = {
  400: '提交的内容有误，请先点“全表检查”改正后再提交。',
  401: '身份验证失败：请用本园登记的 Google 账号登录后再试。',
  403: '没有权限提交：当前账号不是本园登记的填报人，请联系教育局基教股。',
  404: '提交地址不正确，请联系教育局基教股检查配置。',
  429: '提交太频繁，请稍等一分钟再试。',
};

/** The server's own Chinese message when it sent one; otherwise a message chosen by status code. */
export function readVerdict(status: number, text: string): Verdict {
  const parsed = parseResponse(text);
  const ok = status >= 200 && status < 300 && (parsed?.ok ?? true);
  if (parsed) return { ok, message: parsed.message, issues: parsed.issues };
  if (status >= 200 && status < 300) return { ok, issues: [], message: '已提交，但服务器的回复无法识别，请稍后在教育局汇总表中核对。' };
  const message = STATUS_MESSAGES[status] ?? (status >= 500 ? '服务器暂时无法处理，请稍后再试。' : `提交失败（${status}），请稍后再试。`);
  return { ok: false, issues: [], message };
}

/** Shape check without zod (the bundle carries no zod): anything unexpected counts as no verdict. */
function parseResponse(text: string): (SubmitMonthResponse & { issues: Issue[] }) | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (typeof v.ok !== 'boolean' || typeof v.message !== 'string' || v.message === '') return null;
  const issues = Array.isArray(v.issues) ? v.issues.filter(isIssue) : [];
  return { ok: v.ok, message: v.message, issues };
}

function isIssue(value: unknown): value is Issue {
  const v = value as Record<string, unknown>;
  return typeof v === 'object' && v !== null && typeof v.cell === 'string' && typeof v.message === 'string' &&
    typeof v.row === 'number' && (v.severity === 'error' || v.severity === 'warning');
}

/**
 * The `aud` claim of this script's identity token: the OAuth client id the sync function must accept as audience.
 * Run from the script editor once after `clasp push`; logs the claim, never the token.
 */
export function tokenAudience(token: string | null): string | null {
  const payload = token?.split('.')[1];
  if (!payload) return null;
  try {
    const claims = JSON.parse(base64UrlDecode(payload)) as { aud?: unknown };
    return typeof claims.aud === 'string' ? claims.aud : null;
  } catch {
    return null;
  }
}

/** Base64url → UTF-8 text without atob/Buffer (neither exists in Apps Script). */
function base64UrlDecode(text: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of text.replace(/=+$/, '')) {
    const value = alphabet.indexOf(ch);
    if (value < 0) throw new Error('not base64url');
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  return decodeURIComponent(bytes.map((b) => `%${b.toString(16).padStart(2, '0')}`).join(''));
}
