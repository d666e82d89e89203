import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * Reading a command line, the same way for every `bangfu` command: node's parseArgs, with its (English) errors
 * turned into Chinese by their codes, and --help/-h left to main (which prints the command's usage).
 */

/** True when the user asked for usage: --help or -h anywhere before a `--`. */
export function wantsHelp(args: readonly string[]): boolean {
  for (const arg of args) {
    if (arg === '--') return false;
    if (arg === '--help' || arg === '-h') return true;
  }
  return false;
}

/** parseArgs (strict unless the config says otherwise), throwing Chinese messages for what the user typed wrong. */
export function parseCommandLine<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new Error(argsMessage(error, config.options ?? {}));
  }
}

type Options = NonNullable<ParseArgsConfig['options']>;

function argsMessage(error: unknown, options: Options): string {
  const message = error instanceof Error ? error.message : String(error);
  // Only the quoted argument is taken from node's text: the words around it are English.
  const quoted = /'([^']*)'/.exec(message)?.[1] ?? '';
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `不认识的选项：${quoted}`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `多余的参数：${quoted}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      const name = optionName(quoted, options);
      return options[name]?.type === 'boolean' ? `选项 --${name} 后面不能带取值` : `选项缺少取值：--${name}`;
    }
    default:
      return '参数有误';
  }
}

/** The long name of an option as node quotes it: `--year <value>`, `-o`, `-o, --out <value>`. */
function optionName(quoted: string, options: Options): string {
  const long = /--([^\s=,<]+)/.exec(quoted)?.[1];
  if (long !== undefined) return long;
  const short = /^-([^-\s,])/.exec(quoted)?.[1];
  return Object.entries(options).find(([, o]) => o.short === short)?.[0] ?? quoted.replace(/^-+/, '');
}
