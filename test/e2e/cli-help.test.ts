import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { commands } from '../../functions/src/cli/commands';
import { memoryIo } from '../../functions/src/cli/io';
import { main } from '../../functions/src/cli/main';

const ROOT = path.resolve(__dirname, '../..');
const NAMES = Object.keys(commands);
/** node's parseArgs says these in English: none may reach the user. */
const ENGLISH = /Unknown option|argument missing|does not take|Unexpected argument|ambiguous/;

async function bangfu(...argv: string[]) {
  const io = memoryIo();
  const code = await main(argv, {}, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

describe('bangfu help', () => {
  it('lists every command on stdout for --help, -h, help and no command at all, and exits 0', async () => {
    for (const argv of [['--help'], ['-h'], ['help'], []]) {
      const { code, stdout, stderr } = await bangfu(...argv);
      expect({ argv, code, stderr }).toEqual({ argv, code: 0, stderr: '' });
      for (const name of NAMES) expect(stdout).toContain(`bangfu ${name} `);
      expect(stdout).toContain('bangfu <命令> --help');
    }
  });

  it.each(NAMES)('prints the usage of `%s` on stdout for --help and -h, and exits 0 without running it', async (name) => {
    for (const flag of ['--help', '-h']) {
      const { code, stdout, stderr } = await bangfu(name, flag);
      expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
      expect(stdout).toBe(`${commands[name].summary}\n${commands[name].usage}\n`);
      expect(stdout).toContain(`用法：bangfu ${name}`);
    }
    // Other arguments around the flag do not matter; `bangfu help <命令>` says the same.
    expect((await bangfu(name, '--json', '--help', 'x.xlsx')).stdout).toContain(`用法：bangfu ${name}`);
    expect(await bangfu('help', name)).toEqual({ code: 0, stdout: `${commands[name].summary}\n${commands[name].usage}\n`, stderr: '' });
  });

  it.each(NAMES)('refuses an unknown option to `%s` in Chinese with its usage, exit 2', async (name) => {
    const { code, stdout, stderr } = await bangfu(name, '--colour');
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toContain('不认识的选项：--colour');
    expect(stderr).toContain(`用法：bangfu ${name}`);
    expect(stderr).not.toMatch(ENGLISH);
  });

  it.each([
    [['assess', '--month'], '选项缺少取值：--month'],
    [['template', '-o'], '选项缺少取值：--out'],
    [['validate', 'a.xlsx', '--json=yes'], '选项 --json 后面不能带取值'],
    [['assess', '--month', '2020-05', 'extra'], '多余的参数：extra'],
    [['demo', '--out', '--json'], '选项缺少取值：--out'],
  ])('says what is wrong with %j in Chinese', async (argv, message) => {
    const { code, stderr } = await bangfu(...argv);
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe(message);
    expect(stderr).not.toMatch(ENGLISH);
  });

  it('refuses an unknown command or top-level option on stderr with the command list, exit 2', async () => {
    for (const [arg, message] of [['checkall', '不认识的命令：checkall'], ['--verbose', '不认识的选项：--verbose']]) {
      const { code, stdout, stderr } = await bangfu(arg);
      expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
      expect(stderr).toContain(message);
      expect(stderr).toContain('bangfu validate ');
    }
  });

  it('writes help to stdout from the built command too', async () => {
    await promisify(execFile)(process.execPath, [path.join(ROOT, 'functions/scripts/build.mjs')], { cwd: ROOT });
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [path.join(ROOT, 'functions/bin/bangfu.js'), 'assess', '--help']);
    expect(stderr).toBe('');
    expect(stdout).toContain('用法：bangfu assess --month YYYY-MM');
  }, 180_000);
});
