import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getFunction } from '@google-cloud/functions-framework/testing';
import { FUNCTIONS, JOBS, TOPICS } from '../../../functions/src/handlers/manifest';
import '../../../functions/src/index';

const ROOT = path.resolve(__dirname, '../../..');
const AUDIENCE = '1234567890-bangfu.apps.googleusercontent.com';

function deploy(args: string[], env: Record<string, string> = {}) {
  const res = spawnSync(process.execPath, ['functions/scripts/deploy.mjs', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: res.status, out: res.stdout, err: res.stderr };
}

/** `$ …` lines back into argv (the script quotes with single quotes only). */
function commands(out: string): string[][] {
  return out.split('\n').filter((l) => l.startsWith('$ ')).map((l) => [...l.slice(2).matchAll(/'((?:[^']|'\\'')*)'|(\S+)/g)].map((m) => (m[1] !== undefined ? m[1].replace(/'\\''/g, "'") : m[2])));
}
const flag = (argv: string[], name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);

const ARGS = ['--dry-run', '--project=gaotai-bangfu', '--region=asia-east2', '--county=高台县', `--oidc-audience=${AUDIENCE}`,
  '--bureau-emails=jijiaogu@gaotai.example.cn,chief@gaotai.example.cn', '--drive-folder-id=folder-1', '--template-spreadsheet-id=tpl-1'];

describe('npm run deploy -- --dry-run', () => {
  const run = deploy(ARGS);
  const cmds = commands(run.out);
  const deploys = cmds.filter((c) => c.slice(0, 3).join(' ') === 'gcloud functions deploy');

  it('prints only, and succeeds', () => {
    expect(run.code).toBe(0);
    expect(run.out).toContain('dry run');
    expect(cmds.length).toBeGreaterThan(15);
  });

  it('deploys every registered function as gen2 nodejs22 with its entry point, service account and county', () => {
    expect(deploys.map((c) => c[3]).sort()).toEqual(FUNCTIONS.map((f) => f.name).sort());
    for (const c of deploys) {
      expect(getFunction(c[3])).toBeDefined(); // the manifest names what index.ts registers
      expect(c).toEqual(expect.arrayContaining(['--gen2', '--runtime=nodejs22', `--entry-point=${c[3]}`, '--region=asia-east2', '--project=gaotai-bangfu',
        '--service-account=bangfu-functions@gaotai-bangfu.iam.gserviceaccount.com', '--source=.local/deploy/functions']));
      const env = Object.fromEntries(flag(c, 'set-env-vars')!.replace(/^\^\|\^/, '').split('|').map((kv) => kv.split(/=(.*)/s).slice(0, 2)));
      expect(env).toMatchObject({ BANGFU_COUNTY: '高台县', BANGFU_RULE_SET: 'gaotai-2020', NODE_ENV: 'production', BANGFU_BUREAU_EMAILS: 'jijiaogu@gaotai.example.cn,chief@gaotai.example.cn' });
      expect(env.BANGFU_OIDC_AUDIENCE.split(',')).toEqual([AUDIENCE, `https://asia-east2-gaotai-bangfu.cloudfunctions.net/${c[3]}`]);
    }
  });

  it('deploys the month-close fan-out: worker and finalizer on their topics, capped instances, the workers sharing the read quota', () => {
    const byName = (name: string) => deploys.find((c) => c[3] === name)!;
    const envOf = (c: string[]) => Object.fromEntries(flag(c, 'set-env-vars')!.replace(/^\^\|\^/, '').split('|').map((kv) => kv.split(/=(.*)/s).slice(0, 2)));
    expect(byName('closeWorker')).toEqual(expect.arrayContaining(['--trigger-topic=bangfu-close-work', '--max-instances=5']));
    expect(byName('closeFinalizer')).toEqual(expect.arrayContaining(['--trigger-topic=bangfu-close-check', '--max-instances=1']));
    expect(envOf(byName('closeWorker')).BANGFU_SHEETS_READS_PER_MINUTE).toBe('12'); // 60 reads/min ÷ 5 instances
    expect(envOf(byName('monthlyAssessment'))).toMatchObject({ BANGFU_SHEETS_READS_PER_MINUTE: '60', BANGFU_FANOUT_ABOVE_READS: '480' });
    const topics = cmds.filter((c) => c.slice(0, 3).join(' ') === 'gcloud pubsub topics').map((c) => c[4]);
    expect(topics).toEqual(expect.arrayContaining(['bangfu-close-work', 'bangfu-close-check']));
  });

  it('the manifest lists every function index.ts registers, with the same kind of trigger', () => {
    const source = readFileSync(path.join(ROOT, 'functions/src/index.ts'), 'utf8');
    const registered = [...source.matchAll(/functions\.(http|cloudEvent)\('(\w+)'/g)].map((m) => `${m[2]}:${m[1] === 'http' ? 'http' : 'topic'}`);
    expect(registered.sort()).toEqual(FUNCTIONS.map((f) => `${f.name}:${f.trigger.kind}`).sort());
  });

  it('triggers: HTTP for callers, topics for events; IAM open only where the handler verifies the sheet token', () => {
    for (const spec of FUNCTIONS) {
      const c = deploys.find((d) => d[3] === spec.name)!;
      if (spec.trigger.kind === 'topic') {
        expect(c).toEqual(expect.arrayContaining([`--trigger-topic=${spec.trigger.topic}`, '--no-allow-unauthenticated', '--trigger-service-account=bangfu-events@gaotai-bangfu.iam.gserviceaccount.com']));
      } else {
        expect(c).toContain('--trigger-http');
        expect(c).toContain(spec.trigger.access === 'garden' ? '--allow-unauthenticated' : '--no-allow-unauthenticated');
      }
    }
  });

  it('binds invokers: the event account on event functions, the bureau on bureau functions; Firestore access for the functions', () => {
    const invokers = cmds.filter((c) => c[2] === 'add-invoker-policy-binding').map((c) => `${c[3]} ${flag(c, 'member')}`);
    for (const spec of FUNCTIONS) {
      if (spec.trigger.kind === 'topic') expect(invokers).toContain(`${spec.name} serviceAccount:bangfu-events@gaotai-bangfu.iam.gserviceaccount.com`);
      else if (spec.trigger.access === 'bureau') expect(invokers).toEqual(expect.arrayContaining([`${spec.name} user:jijiaogu@gaotai.example.cn`, `${spec.name} user:chief@gaotai.example.cn`]));
      else expect(invokers.some((i) => i.startsWith(`${spec.name} `))).toBe(false);
    }
    const roles = cmds.filter((c) => c[2] === 'add-iam-policy-binding').map((c) => `${flag(c, 'member')} ${flag(c, 'role')}`);
    expect(roles).toContain('serviceAccount:bangfu-functions@gaotai-bangfu.iam.gserviceaccount.com roles/datastore.user');
  });

  it('creates every topic, and every Scheduler job in Asia/Shanghai on its topic with its message', () => {
    const topics = cmds.filter((c) => c.slice(0, 4).join(' ') === 'gcloud pubsub topics create').map((c) => c[4]);
    expect(topics.sort()).toEqual(Object.values(TOPICS).sort());
    const jobs = cmds.filter((c) => c.slice(0, 5).join(' ') === 'gcloud scheduler jobs create pubsub');
    expect(jobs.map((c) => c[5])).toEqual(JOBS.map((j) => j.name));
    for (const [i, job] of JOBS.entries()) {
      expect(jobs[i]).toEqual(expect.arrayContaining([`--schedule=${job.schedule}`, '--time-zone=Asia/Shanghai', `--topic=${job.topic}`, `--message-body=${JSON.stringify(job.message)}`]));
    }
  });

  it('deploys the Firestore rules from firebase.json', () => {
    expect(cmds.some((c) => c.includes('firebase-tools@15') && c.includes('firestore'))).toBe(true);
  });

  it('refuses an incomplete configuration, naming the flags', () => {
    const bad = deploy(['--dry-run', '--project=X', '--county=高台县', '--oidc-audience=not-a-client-id']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--project');
    expect(bad.err).toContain('--oidc-audience');
    expect(bad.err).toContain('--bureau-emails');
    expect(bad.out).not.toContain('gcloud');
  });

  it('reads settings from BANGFU_DEPLOY_* variables too', () => {
    const res = deploy(['--dry-run'], { BANGFU_DEPLOY_PROJECT: 'gaotai-bangfu', BANGFU_DEPLOY_COUNTY: '高台县', BANGFU_DEPLOY_OIDC_AUDIENCE: AUDIENCE, BANGFU_DEPLOY_BUREAU_DOMAINS: 'gaotai.example.cn' });
    expect(res.code).toBe(0);
    expect(commands(res.out).filter((c) => c[2] === 'add-invoker-policy-binding').map((c) => flag(c, 'member'))).toContain('domain:gaotai.example.cn');
  });

  it('stages a package.json with exactly the packages the bundle requires, at the root versions', () => {
    const script = `import { runtimePackageJson } from './functions/scripts/deploy.mjs';
      const bundle = 'require("luxon");require("node:fs");require("@google-cloud/firestore/build/x");require("./local");require("path");';
      console.log(JSON.stringify(runtimePackageJson(bundle, JSON.parse(process.argv[1]))));`;
    const root = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const res = spawnSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(root)], { cwd: ROOT, encoding: 'utf8' });
    expect(JSON.parse(res.stdout)).toMatchObject({
      main: 'index.js', engines: { node: '22' },
      dependencies: { luxon: root.dependencies.luxon, '@google-cloud/firestore': root.dependencies['@google-cloud/firestore'] },
    });
    expect(Object.keys(JSON.parse(res.stdout).dependencies)).toHaveLength(2);
  });
});
