import type { GardenId } from '../../../../schemas';
import type { Principal } from './principal';

/**
 * Why a request is refused. `no_role`, `not_editor` and `bureau_only` are authorisation failures (403);
 * `garden_required` and `ambiguous_garden` mean the caller must say which garden (400).
 */
export type DenialReason = 'no_role' | 'not_editor' | 'bureau_only' | 'garden_required' | 'ambiguous_garden';

export type Decision<T> = ({ allowed: true } & T) | { allowed: false; reason: DenialReason };

function deny(reason: DenialReason): { allowed: false; reason: DenialReason } {
  return { allowed: false, reason };
}

function hasRole(p: Principal): boolean {
  return p.bureau || p.gardenIds.length > 0;
}

/** Checking rows writes nothing, so any garden editor or the bureau may ask. */
export function mayValidateRows(p: Principal): Decision<object> {
  return hasRole(p) ? { allowed: true } : deny('no_role');
}

/**
 * Which garden a sync request acts on. The garden comes from the caller's registrations; a garden named in
 * the request is only a choice among them (for someone editing several gardens). The bureau may sync any
 * garden but must name it. A sync reads the garden's registered sheet, never data from the request.
 */
export function syncTarget(p: Principal, requested: GardenId | null): Decision<{ gardenId: GardenId }> {
  if (!hasRole(p)) return deny('no_role');
  if (requested !== null) {
    if (p.gardenIds.includes(requested) || p.bureau) return { allowed: true, gardenId: requested };
    return deny('not_editor');
  }
  if (p.gardenIds.length === 1) return { allowed: true, gardenId: p.gardenIds[0] };
  return deny(p.gardenIds.length === 0 ? 'garden_required' : 'ambiguous_garden');
}

/** Runs, spot checks, deadline exceptions and reports are the bureau's alone. */
export function mayActAsBureau(p: Principal): Decision<object> {
  if (p.bureau) return { allowed: true };
  return deny(hasRole(p) ? 'bureau_only' : 'no_role');
}
