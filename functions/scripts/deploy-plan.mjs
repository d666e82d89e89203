// The deployment as data: the gcloud (and firebase) commands for a validated configuration and the function
// manifest (functions/src/handlers/manifest.ts). Pure: no I/O, so the dry run prints exactly what a real run runs.

/** Each step: argv, why, and what to do when the thing exists already (re-running the deploy is safe). */
const step = (why, argv, opts = {}) => ({ why, argv, ...opts });
const EXISTS = /already exists|ALREADY_EXISTS/i;

export const APIS = [
  'cloudfunctions.googleapis.com', 'run.googleapis.com', 'cloudbuild.googleapis.com', 'artifactregistry.googleapis.com',
  'eventarc.googleapis.com', 'pubsub.googleapis.com', 'cloudscheduler.googleapis.com', 'firestore.googleapis.com',
  'sheets.googleapis.com', 'drive.googleapis.com', 'iamcredentials.googleapis.com',
];

export function serviceAccounts(cfg) {
  return {
    functions: cfg.serviceAccount ?? `bangfu-functions@${cfg.project}.iam.gserviceaccount.com`,
    events: cfg.eventsServiceAccount ?? `bangfu-events@${cfg.project}.iam.gserviceaccount.com`,
  };
}

/** The stable URL of a gen2 function (also an accepted identity-token audience, for bureau callers). */
export const functionUrl = (cfg, name) => `https://${cfg.region}-${cfg.project}.cloudfunctions.net/${name}`;

function envVars(cfg, spec) {
  const env = {
    BANGFU_RULE_SET: cfg.ruleSet,
    BANGFU_COUNTY: cfg.county,
    // The sheet script's OAuth client id, plus this function's URL for bureau callers' `gcloud auth print-identity-token`.
    BANGFU_OIDC_AUDIENCE: [cfg.oidcAudience, functionUrl(cfg, spec.name)].join(','),
    BANGFU_BUREAU_EMAILS: cfg.bureauEmails.join(','),
    BANGFU_BUREAU_DOMAINS: cfg.bureauDomains.join(','),
    ...(cfg.driveFolderId ? { BANGFU_DRIVE_FOLDER_ID: cfg.driveFolderId } : {}),
    ...(cfg.templateSpreadsheetId ? { BANGFU_TEMPLATE_SPREADSHEET_ID: cfg.templateSpreadsheetId } : {}),
    ...(cfg.dashboardSpreadsheetId ? { BANGFU_DASHBOARD_SPREADSHEET_ID: cfg.dashboardSpreadsheetId, BANGFU_REPORTS_FOLDER_ID: cfg.reportsFolderId } : {}),
    ...(cfg.database ? { BANGFU_FIRESTORE_DATABASE: cfg.database } : {}),
    // The function's own settings: its Sheets read-quota share, the fan-out threshold.
    ...(spec.env ?? {}),
    NODE_ENV: 'production',
  };
  // `^|^` switches gcloud's list delimiter: the values themselves contain commas.
  return `^|^${Object.entries(env).map(([k, v]) => `${k}=${v}`).join('|')}`;
}

function functionSteps(cfg, spec, sa, source) {
  const p = `--project=${cfg.project}`;
  const common = [
    'gcloud', 'functions', 'deploy', spec.name, '--gen2', '--runtime=nodejs22', `--region=${cfg.region}`, `--source=${source}`,
    `--entry-point=${spec.name}`, `--service-account=${sa.functions}`, `--memory=${spec.memory}`, `--timeout=${spec.timeoutSeconds}s`,
    `--set-env-vars=${envVars(cfg, spec)}`, `--max-instances=${spec.maxInstances ?? 10}`, p,
  ];
  const t = spec.trigger;
  if (t.kind === 'topic') {
    return [
      step(`${spec.name}: Pub/Sub-triggered (Eventarc pushes as ${sa.events})`, [...common, `--trigger-topic=${t.topic}`, `--trigger-service-account=${sa.events}`, '--retry', '--no-allow-unauthenticated']),
      step(`${spec.name}: only the Eventarc trigger's account may invoke it`, ['gcloud', 'functions', 'add-invoker-policy-binding', spec.name, `--region=${cfg.region}`, `--member=serviceAccount:${sa.events}`, p]),
    ];
  }
  if (t.access === 'garden') {
    // Apps Script identity tokens carry the script's OAuth client id as audience, which Cloud Run IAM does not
    // accept: IAM lets the request in and the handler verifies the token (signature, audience, email) itself.
    return [step(`${spec.name}: called by the sheets' script; token verified in the handler`, [...common, '--trigger-http', '--allow-unauthenticated'])];
  }
  return [
    step(`${spec.name}: bureau only — IAM and the handler both check`, [...common, '--trigger-http', '--no-allow-unauthenticated']),
    ...cfg.bureauMembers.map((member) => step(`${spec.name}: invoker ${member}`, ['gcloud', 'functions', 'add-invoker-policy-binding', spec.name, `--region=${cfg.region}`, `--member=${member}`, p])),
  ];
}

/** Every command, in order. `manifest` = { FUNCTIONS, JOBS, SCHEDULE_TIME_ZONE }; `source` = the staged folder. */
export function deployPlan(cfg, manifest, source) {
  const p = `--project=${cfg.project}`;
  const sa = serviceAccounts(cfg);
  const topics = [...new Set(manifest.FUNCTIONS.filter((f) => f.trigger.kind === 'topic').map((f) => f.trigger.topic))];
  return [
    step('enable the APIs', ['gcloud', 'services', 'enable', ...APIS, p]),
    step('the functions run as their own account', ['gcloud', 'iam', 'service-accounts', 'create', sa.functions.split('@')[0], '--display-name=bangfu functions', p], { exists: EXISTS }),
    step('Eventarc delivers Pub/Sub messages as this account', ['gcloud', 'iam', 'service-accounts', 'create', sa.events.split('@')[0], '--display-name=bangfu event delivery', p], { exists: EXISTS }),
    step('the functions read and write Firestore', ['gcloud', 'projects', 'add-iam-policy-binding', cfg.project, `--member=serviceAccount:${sa.functions}`, '--role=roles/datastore.user', '--condition=None']),
    step('Eventarc triggers need an event receiver', ['gcloud', 'projects', 'add-iam-policy-binding', cfg.project, `--member=serviceAccount:${sa.events}`, '--role=roles/eventarc.eventReceiver', '--condition=None']),
    step('Firestore (Native mode) in the region', ['gcloud', 'firestore', 'databases', 'create', `--database=${cfg.database ?? '(default)'}`, `--location=${cfg.firestoreLocation ?? cfg.region}`, '--type=firestore-native', p], { exists: EXISTS }),
    step('Firestore rules (deny all client access) and indexes, from firebase.json', ['npx', '--yes', 'firebase-tools@15', 'deploy', '--only', 'firestore', '--config', 'firebase.json', '--project', cfg.project, '--non-interactive']),
    ...topics.map((topic) => step(`topic ${topic}`, ['gcloud', 'pubsub', 'topics', 'create', topic, p], { exists: EXISTS })),
    ...manifest.FUNCTIONS.flatMap((spec) => functionSteps(cfg, spec, sa, source)),
    ...manifest.JOBS.map((job) => {
      const args = [job.name, `--location=${cfg.region}`, `--schedule=${job.schedule}`, `--time-zone=${manifest.SCHEDULE_TIME_ZONE}`, `--topic=${job.topic}`, `--message-body=${JSON.stringify(job.message)}`, `--description=${job.description}`, p];
      return step(`Cloud Scheduler: ${job.description}`, ['gcloud', 'scheduler', 'jobs', 'create', 'pubsub', ...args], {
        exists: EXISTS, otherwise: ['gcloud', 'scheduler', 'jobs', 'update', 'pubsub', ...args],
      });
    }),
  ];
}

/** A command as one copy-pasteable shell line. */
export function shellLine(argv) {
  return argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, "'\\''")}'`)).join(' ');
}
