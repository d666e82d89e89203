/**
 * Drive v3 `q` search queries: `modifiedTime > '2020-05-01T00:00:00Z' and mimeType = '…' and 'FOLDER' in parents
 * and trashed = false`, with `or`, `not` and parentheses. Unsupported terms are rejected like Drive does (400).
 */
import { ApiError, type FakeSpreadsheet } from './model';

type Token = { kind: 'str' | 'word' | 'op' | 'paren'; text: string };
type Pred = (file: FakeSpreadsheet) => boolean;

function tokenize(q: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < q.length) {
    const ch = q[i];
    if (/\s/.test(ch)) { i++; continue; }
    if (ch === "'") {
      let text = '';
      for (i++; i < q.length && q[i] !== "'"; i++) text += q[i] === '\\' ? q[++i] : q[i];
      if (q[i] !== "'") throw invalid(q);
      i++;
      tokens.push({ kind: 'str', text });
    } else if (ch === '(' || ch === ')') {
      tokens.push({ kind: 'paren', text: ch });
      i++;
    } else if ('=!<>'.includes(ch)) {
      const two = q.slice(i, i + 2);
      const text = ['!=', '<=', '>='].includes(two) ? two : ch;
      tokens.push({ kind: 'op', text });
      i += text.length;
    } else {
      const m = /^[A-Za-z_][\w.]*/.exec(q.slice(i));
      if (!m) throw invalid(q);
      tokens.push({ kind: 'word', text: m[0] });
      i += m[0].length;
    }
  }
  return tokens;
}

function invalid(q: string): ApiError {
  return new ApiError(400, 'INVALID_ARGUMENT', `Invalid Value: q=${q}`);
}

function instant(text: string, q: string): number {
  // RFC 3339; Drive reads a time without an offset as UTC (JavaScript would read it as local time).
  const t = Date.parse(/(Z|[+-]\d\d:\d\d)$/i.test(text) ? text : `${text}Z`);
  if (Number.isNaN(t)) throw invalid(q);
  return t;
}

function compare(a: number | string, op: string, b: number | string): boolean {
  switch (op) {
    case '=': return a === b;
    case '!=': return a !== b;
    case '<': return a < b;
    case '<=': return a <= b;
    case '>': return a > b;
    default: return a >= b;
  }
}

export function parseDriveQuery(q: string): Pred {
  const tokens = tokenize(q);
  let pos = 0;
  const peek = () => tokens[pos];
  const isWord = (t: Token | undefined, w: string) => t?.kind === 'word' && t.text.toLowerCase() === w;

  const comparison = (): Pred => {
    const first = tokens[pos++];
    if (first?.kind === 'str' && isWord(peek(), 'in')) {
      pos++;
      const field = tokens[pos++];
      if (!isWord(field, 'parents')) throw invalid(q);
      return (f) => f.parents.includes(first.text);
    }
    const op = tokens[pos++];
    const value = tokens[pos++];
    if (first?.kind !== 'word' || !op || !value) throw invalid(q);
    if (first.text === 'trashed') {
      if (value.kind !== 'word' || !['=', '!='].includes(op.text)) throw invalid(q);
      const want = value.text === 'true';
      return (f) => compare(f.trashed ? 1 : 0, op.text, want ? 1 : 0);
    }
    if (value.kind !== 'str') throw invalid(q);
    if (first.text === 'modifiedTime' || first.text === 'createdTime') {
      const t = instant(value.text, q);
      const key = first.text;
      return (f) => compare(f[key], op.text, t);
    }
    if (first.text === 'name' && isWord(op, 'contains')) return (f) => f.properties.title.includes(value.text);
    if (first.text === 'name' || first.text === 'mimeType') {
      if (!['=', '!='].includes(op.text)) throw invalid(q);
      const key = first.text;
      return (f) => compare(key === 'name' ? f.properties.title : f.mimeType, op.text, value.text);
    }
    throw invalid(q);
  };
  const factor = (): Pred => {
    if (isWord(peek(), 'not')) {
      pos++;
      const inner = factor();
      return (f) => !inner(f);
    }
    if (peek()?.text === '(') {
      pos++;
      const inner = expr();
      if (tokens[pos++]?.text !== ')') throw invalid(q);
      return inner;
    }
    return comparison();
  };
  const term = (): Pred => {
    const parts = [factor()];
    while (isWord(peek(), 'and')) { pos++; parts.push(factor()); }
    return (f) => parts.every((p) => p(f));
  };
  const expr = (): Pred => {
    const parts = [term()];
    while (isWord(peek(), 'or')) { pos++; parts.push(term()); }
    return (f) => parts.some((p) => p(f));
  };
  const pred = expr();
  if (pos !== tokens.length) throw invalid(q);
  return pred;
}
