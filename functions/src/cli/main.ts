import { wantsHelp } from './args';
import { commands, type Command } from './commands';
import { consoleIo, type Io } from './io';

/**
 * The `bangfu` command. Only wires: picks the command by name and hands it argv, env and the console; help
 * (`bangfu --help`, `bangfu <命令> --help` or `-h`, `bangfu help <命令>`) goes to stdout with exit 0.
 * Returns the exit code: 0 ok, 1 the input has errors, 2 the command could not run.
 */
export async function main(argv: readonly string[], env: NodeJS.ProcessEnv, io: Io = consoleIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const asked = rest[0] === undefined ? undefined : commands[rest[0]];
    io.out(asked ? commandHelp(asked) : usage());
    return 0;
  }
  const command = commands[name];
  if (!command) {
    io.err(`${name.startsWith('-') ? '不认识的选项' : '不认识的命令'}：${name}\n${usage()}`);
    return 2;
  }
  if (wantsHelp(rest)) {
    io.out(commandHelp(command));
    return 0;
  }
  return command.run(rest, env, io);
}

function usage(): string {
  const lines = Object.entries(commands).map(([name, c]) => `  bangfu ${name.padEnd(10)} ${c.summary}`);
  return ['用法：bangfu <命令> [选项]', ...lines, '', '各命令的选项：bangfu <命令> --help', ''].join('\n');
}

function commandHelp(command: Command): string {
  return `${command.summary}\n${command.usage}\n`;
}

// `node functions/dist/cli.js <command>` (npm start, npm run serve) executes the bundle itself: run then.
// Imported (the bin launcher, tests), it does nothing.
if (require.main === module) {
  main(process.argv.slice(2), process.env).then(
    (code) => { process.exitCode = code; },
    (error: unknown) => {
      process.stderr.write(`bangfu 出错：${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
