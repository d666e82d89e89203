import supertest from 'supertest';
import { getTestServer } from '@google-cloud/functions-framework/testing';
import { sharedDevIssuer, type DevTokenClaims } from '../../../functions/src/adapters/auth';
import type { Roster } from '../../../schemas';
// Registers the functions; importing must not connect to anything (the runtime is built on the first request).
import '../../../functions/src/index';
import { useTestFirestore, type TestFirestore } from '../../support/firestore';

export const AUDIENCE = '1234567890-bangfu-script.apps.googleusercontent.com';
export const BUREAU_EMAIL = 'jijiaogu@gaotai-jyj.example.cn';
export const CHENGGUAN_EDITOR = 'director@chengguan.example.cn';
export const XIANGDAO_EDITOR = 'teacher@xiangdao.example.cn';
export const STRANGER = 'someone@example.com';

/** A small county: one helper (城关) paired with one helped garden (巷道), each with its own editor and sheet. */
export const roster: Roster = {
  county: '高台县',
  year: 2020,
  gardens: [
    { id: '城关幼儿园', name: '高台县城关幼儿园', role: 'helper', kind: 'demonstration', responsible: [], pairId: '城关幼儿园', editors: [CHENGGUAN_EDITOR], spreadsheetId: 'sheet-chengguan' },
    { id: '巷道幼儿园', name: '巷道镇中心幼儿园', role: 'helped', kind: 'rural', responsible: [], pairId: '城关幼儿园', editors: [XIANGDAO_EDITOR], spreadsheetId: 'sheet-xiangdao' },
  ],
  pairs: [{ id: '城关幼儿园', helperId: '城关幼儿园', helpedIds: ['巷道幼儿园'] }],
};

/**
 * The functions as deployed (index.ts registrations), configured through the environment their lazy runtime
 * reads on the first request: this file's Firestore emulator project and the in-process development issuer.
 * Call at the top of a test file, before any request.
 */
export function useFunctions(extraEnv: Record<string, string> = {}): TestFirestore {
  const fs = useTestFirestore();
  Object.assign(process.env, {
    GOOGLE_CLOUD_PROJECT: fs.projectId,
    BANGFU_OIDC_AUDIENCE: AUDIENCE,
    BANGFU_DEV_ISSUER: '1',
    BANGFU_BUREAU_EMAILS: BUREAU_EMAIL,
    ...extraEnv,
  });
  beforeEach(() => fs.stores.rosters.save(roster));
  return fs;
}

export async function request(fn: string) {
  return supertest(getTestServer(fn));
}

/** A bearer header carrying a development identity token; claims override the defaults (valid, verified, for our audience). */
export function bearer(email: string, claims: Partial<DevTokenClaims> = {}): string {
  return `Bearer ${sharedDevIssuer().sign({ email, aud: AUDIENCE, ...claims })}`;
}
