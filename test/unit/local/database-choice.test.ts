import { chooseDatabase } from '../../../functions/src/local/database-choice';

const CLOUD_SHELL = { GOOGLE_CLOUD_PROJECT: 'county-prod' };

describe('chooseDatabase: the CLI goes to the cloud only when asked', () => {
  it('starts a local emulator when nothing is asked, even in Cloud Shell or with credentials', () => {
    expect(chooseDatabase({})).toEqual({ kind: 'local' });
    expect(chooseDatabase(CLOUD_SHELL)).toEqual({ kind: 'local' });
    expect(chooseDatabase({ GOOGLE_APPLICATION_CREDENTIALS: '/keys/sa.json' }, { credentialsProject: 'county-prod' })).toEqual({ kind: 'local' });
  });

  it('uses Google Firestore with --database cloud or BANGFU_FIRESTORE=cloud, naming the project', () => {
    expect(chooseDatabase(CLOUD_SHELL, { flag: 'cloud' })).toEqual({ kind: 'cloud', projectId: 'county-prod' });
    expect(chooseDatabase({ ...CLOUD_SHELL, BANGFU_FIRESTORE: 'cloud' })).toEqual({ kind: 'cloud', projectId: 'county-prod' });
    expect(chooseDatabase({ BANGFU_FIRESTORE: 'cloud' }, { credentialsProject: 'from-key' })).toEqual({ kind: 'cloud', projectId: 'from-key' });
    // The flag wins over the environment, both ways.
    expect(chooseDatabase({ ...CLOUD_SHELL, BANGFU_FIRESTORE: 'cloud' }, { flag: 'local' })).toEqual({ kind: 'local' });
  });

  it('never sends the demo to the cloud', () => {
    expect(chooseDatabase({ ...CLOUD_SHELL, BANGFU_FIRESTORE: 'cloud' }, { demo: true })).toEqual({ kind: 'local' });
    expect(chooseDatabase(CLOUD_SHELL, { flag: 'cloud', demo: true })).toEqual({ kind: 'local' });
  });

  it('uses an emulator named by FIRESTORE_EMULATOR_HOST first (the SDK would go there anyway)', () => {
    const env = { FIRESTORE_EMULATOR_HOST: '127.0.0.1:8080', GOOGLE_CLOUD_PROJECT: 'demo-test' };
    expect(chooseDatabase(env)).toEqual({ kind: 'emulator', host: '127.0.0.1:8080', projectId: 'demo-test' });
    expect(chooseDatabase(env, { flag: 'cloud' })).toEqual({ kind: 'emulator', host: '127.0.0.1:8080', projectId: 'demo-test' });
    expect(chooseDatabase({ FIRESTORE_EMULATOR_HOST: 'localhost:9' }, { demo: true })).toEqual({ kind: 'emulator', host: 'localhost:9', projectId: 'demo-bangfu' });
  });

  it('refuses an unknown choice and a cloud without a project, in Chinese', () => {
    expect(() => chooseDatabase({}, { flag: 'prod' })).toThrow('数据库“prod”无效（--database），应为 cloud（云端 Firestore）或 local（本地模拟器）');
    expect(() => chooseDatabase({ BANGFU_FIRESTORE: 'yes' })).toThrow('（环境变量 BANGFU_FIRESTORE）');
    expect(() => chooseDatabase({}, { flag: 'cloud' })).toThrow('请设置 GOOGLE_CLOUD_PROJECT');
  });
});
