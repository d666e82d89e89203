import { resolvePrincipal, type BureauPolicy, type Principal } from '../core/access';
import { bearerToken, type IdentityVerifier } from '../adapters/auth';
import type { EditorDirectory } from '../usecases/ports/editor-directory';

/**
 * `Authorization` header → principal: the token is verified (401 when not acceptable), then the caller's
 * gardens are looked up by the verified email and the bureau policy applied. Nothing from the body is used.
 */
export function authenticator(verifier: IdentityVerifier, directory: EditorDirectory, bureau: BureauPolicy) {
  return async (authorization: string | undefined): Promise<Principal> => {
    const identity = await verifier.verify(bearerToken(authorization));
    const gardens = await directory.gardensEditedBy(identity.email);
    return resolvePrincipal(identity, bureau, gardens);
  };
}
