/**
 * Builds a value on first use and shares it: functions create their clients on the first request, not at
 * import, and reuse them across requests. A failed build is forgotten so the next request tries again.
 */
export function lazy<T>(build: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= build().catch((err: unknown) => {
      pending = undefined;
      throw err;
    });
    return pending;
  };
}
