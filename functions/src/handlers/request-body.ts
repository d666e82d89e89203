import type { z } from 'zod';
import { InvalidRequest } from './errors';

/**
 * Validates a request body. The message lists the fields at fault in Chinese (the caller is our own sheet
 * script, and the garden may read it); zod's own wording stays in the log.
 */
export function parseBody<T>(schema: z.ZodType<T>, body: unknown): T {
  // Express 5 leaves req.body undefined for an empty body; an empty object lets all-optional schemas pass.
  const parsed = schema.safeParse(body ?? {});
  if (parsed.success) return parsed.data;
  const fields = [...new Set(parsed.error.issues.map((i) => (i.path.length > 0 ? i.path.join('.') : '（请求体）')))];
  throw new InvalidRequest(`请求内容不正确，请检查：${fields.slice(0, 10).join('、')}`);
}
