/**
 * Which Firestore a CLI command talks to. Chosen from the environment and the command's flag only (pure), so
 * that an ambient cloud setting — Cloud Shell sets GOOGLE_CLOUD_PROJECT by default — never sends local runs,
 * least of all the demo, to a real project's data.
 */
export type DatabaseChoice =
  /** An emulator named by FIRESTORE_EMULATOR_HOST (the SDK sends every client there anyway). */
  | { kind: 'emulator'; host: string; projectId: string }
  /** Google's Firestore: only when asked for by `--database cloud` or BANGFU_FIRESTORE=cloud. */
  | { kind: 'cloud'; projectId: string }
  /** A Firestore emulator started for the command, its data kept under the home folder. */
  | { kind: 'local' };

export interface DatabaseRequest {
  /** `--database cloud|local`; absent: BANGFU_FIRESTORE, else local. */
  flag?: string;
  /** The demo always runs on an emulator: it writes a made-up county. */
  demo?: boolean;
  /** The project named in the GOOGLE_APPLICATION_CREDENTIALS file, when there is one. */
  credentialsProject?: string;
}

export const LOCAL_PROJECT = 'demo-bangfu';
const KINDS = ['cloud', 'local'] as const;

export function chooseDatabase(env: NodeJS.ProcessEnv, request: DatabaseRequest = {}): DatabaseChoice {
  const fromFlag = request.flag !== undefined;
  const wanted = (request.flag ?? env.BANGFU_FIRESTORE ?? 'local').trim();
  if (!(KINDS as readonly string[]).includes(wanted)) {
    throw new Error(`数据库“${wanted}”无效${fromFlag ? '（--database）' : '（环境变量 BANGFU_FIRESTORE）'}，应为 cloud（云端 Firestore）或 local（本地模拟器）`);
  }
  const projectId = env.GOOGLE_CLOUD_PROJECT || env.GCLOUD_PROJECT || request.credentialsProject;
  if (env.FIRESTORE_EMULATOR_HOST) return { kind: 'emulator', host: env.FIRESTORE_EMULATOR_HOST, projectId: projectId ?? LOCAL_PROJECT };
  if (wanted === 'cloud' && !request.demo) {
    if (!projectId) throw new Error('使用云端 Firestore 需要指定项目：请设置 GOOGLE_CLOUD_PROJECT（或在凭据文件中注明 project_id）');
    return { kind: 'cloud', projectId };
  }
  return { kind: 'local' };
}
