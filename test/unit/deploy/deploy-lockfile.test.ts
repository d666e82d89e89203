import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

interface LockEntry { version?: string; dev?: boolean; dependencies?: Record<string, string>; optionalDependencies?: Record<string, string> }
interface Lock { lockfileVersion: number; packages: Record<string, LockEntry> }
interface Staged { pkg: { name: string; dependencies: Record<string, string> }; lock: Lock }

/** What `npm run deploy` stages for the real bundle (built by `npm ci`'s prepare step), from the real root lockfile. */
function staged(): Staged {
  const script = `import { readFileSync } from 'node:fs';
    import { runtimeLockfile, runtimePackageJson } from './functions/scripts/deploy.mjs';
    const pkg = runtimePackageJson(readFileSync('functions/dist/index.js', 'utf8'), JSON.parse(readFileSync('package.json', 'utf8')));
    console.log(JSON.stringify({ pkg, lock: runtimeLockfile(JSON.parse(readFileSync('package-lock.json', 'utf8')), pkg) }));`;
  const res = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  if (res.status !== 0) throw new Error(res.stderr);
  return JSON.parse(res.stdout) as Staged;
}

describe('the deploy folder pins what the tests ran on', () => {
  const { pkg, lock } = staged();
  const rootLock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as Lock;

  it('locks every package the bundle requires at the version installed here, and nothing only the tools use', () => {
    for (const name of Object.keys(pkg.dependencies)) {
      expect(lock.packages[`node_modules/${name}`]?.version).toBe(rootLock.packages[`node_modules/${name}`].version);
    }
    for (const tool of ['jest', 'typescript', 'esbuild', 'eslint', 'playwright-core']) expect(lock.packages[`node_modules/${tool}`]).toBeUndefined();
    expect(Object.values(lock.packages).some((e) => e.dev)).toBe(false);
    expect(lock.packages['']).toMatchObject({ name: pkg.name, dependencies: pkg.dependencies });
  });

  it('is a lockfile npm ci accepts for the staged package.json (checked offline, nothing installed)', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bangfu-deploy-'));
    try {
      writeFileSync(path.join(dir, 'package.json'), JSON.stringify(pkg));
      writeFileSync(path.join(dir, 'package-lock.json'), JSON.stringify(lock));
      const ci = () => spawnSync('npm', ['ci', '--dry-run', '--offline', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: dir, encoding: 'utf8' });
      const ok = ci();
      expect(ok.status).toBe(0);
      expect(ok.stdout).toMatch(/added \d+ packages/);
      // A lockfile missing one package the tree needs is refused: the check above is not vacuous.
      const broken = { ...lock, packages: { ...lock.packages } };
      delete broken.packages['node_modules/luxon'];
      writeFileSync(path.join(dir, 'package-lock.json'), JSON.stringify(broken));
      expect(ci().status).not.toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
