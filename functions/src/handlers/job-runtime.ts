import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { GoogleAuth } from 'google-auth-library';
import { DriveGardenFiles } from '../adapters/drive';
import { FirestoreFanoutStore } from '../adapters/firestore/fanout-store';
import { FirestoreReminderStore } from '../adapters/firestore/reminder-store';
import { FirestoreSpreadsheetRegistry } from '../adapters/firestore/spreadsheet-registry';
import { SpotCheckFile } from '../adapters/local-files/spot-check-file';
import type { Logger } from '../adapters/log/structured-logger';
import { createPubsubClient, PubsubPublisher } from '../adapters/pubsub/publisher';
import { GoogleApiError, googleClients, googleSheetsAdapters, RequestGate } from '../adapters/sheets';
import { WorkbookError, XlsxFolderSource } from '../adapters/workbook';
import type { FanoutStore, Publisher } from '../usecases/ports/fanout';
import type { GardenFiles } from '../usecases/ports/garden-files';
import type { ReminderStore } from '../usecases/ports/reminder-store';
import type { SheetSource } from '../usecases/ports/sheet-source';
import type { SpreadsheetRegistry } from '../usecases/ports/spreadsheet-registry';
import type { SpotCheckSource } from '../usecases/run-monthly-assessment';
import type { BureauOutputs } from '../usecases/publish-monthly-run';
import { BUREAU_SCOPES, googleBureauOutputs } from './bureau-outputs';
import { jobClock, parseJobEnv, type JobSettings } from './job-env';
import type { FunctionDeps } from './runtime';

type Env = Readonly<Record<string, string | undefined>>;

/** Where the monthly run and reminders read plan tables, and which read failures concern one sheet only. */
export interface PlanTables {
  source: SheetSource;
  describeUnreadable: (error: unknown) => string | null;
}

export interface FanoutPorts {
  fanouts: FanoutStore;
  publisher: Publisher;
}

/** The scheduled and bureau functions' wiring: the common deps plus the job settings and their ports. */
export interface JobDeps extends FunctionDeps {
  jobs: JobSettings;
  newRunId: () => string;
  reminders: ReminderStore;
  registry: SpreadsheetRegistry;
  spotChecks?: SpotCheckSource;
  /** Built on first use; one per instance, so the quota budget is shared by the instance's runs. */
  tables: () => PlanTables;
  files: () => GardenFiles;
  /** The month-close fan-out's progress store and Pub/Sub publisher, built on first use. */
  fanout: () => FanoutPorts;
  /** The bureau's dashboard and reports folder, when configured (BANGFU_DASHBOARD_SPREADSHEET_ID + BANGFU_REPORTS_FOLDER_ID). */
  bureau?: () => BureauOutputs;
}

const READ_SCOPES = ['https://www.googleapis.com/auth/spreadsheets.readonly', 'https://www.googleapis.com/auth/drive.metadata.readonly'];
const DRIVE_SCOPES = ['https://www.googleapis.com/auth/drive'];

const gateDeps = (log: Logger) => ({
  now: () => Date.now(),
  sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
  random: () => Math.random(),
  onRetry: (event: object) => log.warn('Google API call retried', { ...event }),
});

/** Adds the job settings (BANGFU_COUNTY, source, Drive ids, local clock) to the common deps. Throws on bad config. */
export function jobDeps(base: FunctionDeps, env: Env, log: Logger): JobDeps {
  const jobs = parseJobEnv(env);
  const { googleRootUrl } = base.settings;
  const auth = (scopes: string[]) => (googleRootUrl ? 'bangfu-local' : new GoogleAuth({ scopes }));
  let tables: PlanTables | undefined;
  let files: GardenFiles | undefined;
  let bureau: BureauOutputs | undefined;
  let fanout: FanoutPorts | undefined;
  const src = jobs.source;
  return {
    ...base,
    jobs,
    now: jobClock(jobs.clockStart),
    newRunId: randomUUID,
    reminders: new FirestoreReminderStore(base.stores.firestore),
    registry: new FirestoreSpreadsheetRegistry(base.stores.firestore),
    spotChecks: src.kind === 'xlsx' ? new SpotCheckFile(path.join(src.dataDir, 'spot-checks.json')) : undefined,
    tables: () => (tables ??= src.kind === 'xlsx'
      ? { source: new XlsxFolderSource(path.join(src.dataDir, 'gardens')), describeUnreadable: (e) => (e instanceof WorkbookError ? e.message : null) }
      : {
        source: googleSheetsAdapters({ auth: auth(READ_SCOPES), rootUrl: googleRootUrl, folderId: src.folderId, readsPerMinute: jobs.sheetsReadsPerMinute }, gateDeps(log)).source,
        describeUnreadable: describeGoogleFailure,
      }),
    fanout: () => (fanout ??= {
      fanouts: new FirestoreFanoutStore(base.stores.firestore),
      publisher: new PubsubPublisher(createPubsubClient({ projectId: base.settings.projectId, emulatorHost: jobs.pubsubEmulatorHost })),
    }),
    files: () => (files ??= new DriveGardenFiles(googleClients({ auth: auth(DRIVE_SCOPES), rootUrl: googleRootUrl }).drive, new RequestGate(gateDeps(log)))),
    ...(jobs.bureau ? { bureau: () => (bureau ??= googleBureauOutputs(jobs.bureau!, { auth: auth(BUREAU_SCOPES), rootUrl: googleRootUrl }, gateDeps(log))) } : {}),
  };
}

/** A sheet the service account may not open (403) or that is gone (404) is that garden's problem, not an outage. */
function describeGoogleFailure(error: unknown): string | null {
  if (!(error instanceof GoogleApiError)) return null;
  if (error.status === 404) return '表格已被删除或移走，请联系基教股重新登记';
  if (error.status === 403) return '系统没有该表格的读取权限，请将表格共享给系统的服务账号（查看者）';
  return null;
}
