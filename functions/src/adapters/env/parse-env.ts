import type { z } from 'zod';

/** An injected environment: process.env when deployed, a plain object in tests. */
export type Env = Readonly<Record<string, string | undefined>>;

/**
 * Settings from an injected environment, checked by `schema`. Throws `invalid <label> configuration: VAR: problem; …`,
 * naming the bad variables and never their values (they may be secrets, and the message goes to the log).
 */
export function parseEnv<S extends z.ZodType>(schema: S, env: Env, label: string): z.output<S> {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`invalid ${label} configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}
