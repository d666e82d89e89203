import { GoogleAuth } from 'google-auth-library';
import { googleSheetsAdapters } from '../adapters/sheets';
import type { SheetPortsFactory } from './runtime';

/** Reading cells and writing issue marks; Drive metadata for file versions. No access to file contents via Drive. */
const SCOPES = ['https://www.googleapis.com/auth/spreadsheets', 'https://www.googleapis.com/auth/drive.metadata.readonly'];

/**
 * The Google Sheets adapter as the deployed functions use it: the function's service account (ADC), or —
 * with BANGFU_GOOGLE_ROOT_URL, locally and in tests — a local server that needs no credentials. The quota
 * budget is per function instance.
 */
export const googleSheetPorts: SheetPortsFactory = (settings, log) => {
  const adapters = googleSheetsAdapters(
    {
      auth: settings.googleRootUrl ? 'bangfu-local' : new GoogleAuth({ scopes: SCOPES }),
      rootUrl: settings.googleRootUrl,
    },
    {
      now: () => Date.now(),
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      random: () => Math.random(),
      onRetry: (event) => log.warn('Google API call retried', event),
    },
  );
  return { source: adapters.source, issueWriter: adapters.writer };
};
