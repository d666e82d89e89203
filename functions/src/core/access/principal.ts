import type { GardenId } from '../../../../schemas';

/** Who a verified identity token says the caller is. Only built from a token whose signature, audience, issuer and expiry checked out. */
export interface VerifiedIdentity {
  /** The token's `email`, already required to be verified (`email_verified`). */
  email: string;
  /** The Google Workspace domain (`hd` claim), or null for consumer accounts. */
  hostedDomain: string | null;
}

/** Who counts as the bureau (基教股), from deployment config. */
export interface BureauPolicy {
  emails: readonly string[];
  /** Workspace domains whose every account is bureau staff; matched on the token's `hd` claim, never on the email's suffix. */
  domains: readonly string[];
}

/** A garden as access decisions see it: its id and the Google accounts registered as its editors. */
export interface GardenEditors {
  id: GardenId;
  editors: readonly string[];
}

/** What the caller may act as: the bureau, the editor of some gardens, both, or nothing. */
export interface Principal {
  email: string;
  bureau: boolean;
  /** Gardens whose registered editors include the caller, sorted. */
  gardenIds: readonly GardenId[];
}

/** Email addresses compare case-insensitively (Google treats them so). */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Maps a verified identity to a principal. `gardens` may be any superset of the caller's gardens (e.g. what a
 * store query returned): membership is decided here, not trusted from the query.
 */
export function resolvePrincipal(
  identity: VerifiedIdentity,
  policy: BureauPolicy,
  gardens: readonly GardenEditors[],
): Principal {
  const email = normaliseEmail(identity.email);
  const domain = identity.hostedDomain ? identity.hostedDomain.toLowerCase() : null;
  const bureau =
    policy.emails.some((e) => normaliseEmail(e) === email) ||
    (domain !== null && policy.domains.some((d) => d.toLowerCase() === domain));
  const gardenIds = gardens
    .filter((g) => g.editors.some((e) => normaliseEmail(e) === email))
    .map((g) => g.id);
  return { email, bureau, gardenIds: [...new Set(gardenIds)].sort() };
}
