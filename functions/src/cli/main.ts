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
