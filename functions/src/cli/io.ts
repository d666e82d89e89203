/** Where a command writes. Injected so tests capture output without touching the process. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** True when stdout is a terminal (progress bars and colours only then). */
  isTty: boolean;
}

export function consoleIo(): Io {
  return {
    out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    isTty: Boolean(process.stdout.isTTY),
  };
}

/** An Io that records everything, for tests. */
export function memoryIo(): Io & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    isTty: false,
    out(text: string) { io.stdout += text.endsWith('\n') ? text : `${text}\n`; },
    err(text: string) { io.stderr += text.endsWith('\n') ? text : `${text}\n`; },
  };
  return io;
}
