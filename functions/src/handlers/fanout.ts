import { FanoutCheckMessage, FanoutWorkMessage } from '../../../schemas/fanout';
import { finalizeClose, type FinalizeCloseDeps } from '../usecases/fanout/finalize-close';
import { syncOne, type SyncOneDeps } from '../usecases/fanout/sync-one';
import type { PubsubEndpoint } from './pubsub-function';

/** Worker of a fanned-out month-close: one message, one garden. */
export function fanoutWorkerEndpoint<D>(wire: (deps: D) => SyncOneDeps): PubsubEndpoint<D, FanoutWorkMessage> {
  return { name: 'closeWorker', message: FanoutWorkMessage, run: ({ deps }, message) => syncOne(wire(deps), message) };
}

/** Finalizer: every check message looks; exactly one assesses. */
export function fanoutFinalizerEndpoint<D>(wire: (deps: D) => FinalizeCloseDeps): PubsubEndpoint<D, FanoutCheckMessage> {
  return { name: 'closeFinalizer', message: FanoutCheckMessage, run: ({ deps }, message) => finalizeClose(wire(deps), message) };
}
