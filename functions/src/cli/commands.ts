import { assessCommand } from './assess';
import { auditCommand } from './audit';
import { demoCommand } from './demo';
import type { Io } from './io';
import { serveCommand } from './serve';
import { templateCommand } from './template';
import { validateCommand } from './validate';

export interface Command {
  /** One line, Chinese, for `bangfu --help`. */
  summary: string;
  /** `用法：bangfu <name> …`, Chinese: printed on stdout for `bangfu <name> --help`, after a bad argument on stderr. */
  usage: string;
  run(args: readonly string[], env: NodeJS.ProcessEnv, io: Io): Promise<number>;
}

/** Every `bangfu` sub-command. Each lives in its own file under cli/ and is registered here. */
export const commands: Record<string, Command> = {
  assess: assessCommand,
  audit: auditCommand,
  demo: demoCommand,
  serve: serveCommand,
  template: templateCommand,
  validate: validateCommand,
};
