import { commands } from './commands';
import { consoleIo, type Io } from './io';

/**
 * The `bangfu` command. Only wires: picks the command by name and hands it argv, env and the console.
 * Returns the exit code: 0 ok, 1 the input has errors, 2 the command could not run.
 */
export async function main(argv: readonly string[], env: NodeJS.ProcessEnv, io: Io = consoleIo()): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    io.err(usage());
    return name && name !== '--help' && name !== 'help' ? 2 : 0;
  }
  return command.run(rest, env, io);
}

function usage(): string {
  const lines = Object.entries(commands).map(([name, c]) => `  bangfu ${name.padEnd(10)} ${c.summary}`);
  return ['用法：', ...lines, ''].join('\n');
}
