import { FanoutCheckMessage, FanoutWorkMessage } from '../../../schemas/fanout';
import { finalizeClose, sweepCloses, type FinalizeCloseDeps } from '../usecases/fanout/finalize-close';
import { syncOne, type SyncOneDeps } from '../usecases/fanout/sync-one';
import type { PubsubEndpoint } from './pubsub-function';

/** Worker of a fanned-out month-close: one message, one garden. */
export function fanoutWorkerEndpoint<D>(wire: (deps: D) => SyncOneDeps): PubsubEndpoint<D, FanoutWorkMessage> {
  return { name: 'closeWorker', message: FanoutWorkMessage, run: ({ deps }, message) => syncOne(wire(deps), message) };
}

/** Finalizer: every check message looks; exactly one assesses. A check without a run is the scheduler's sweep. */
export function fanoutFinalizerEndpoint<D>(wire: (deps: D) => FinalizeCloseDeps): PubsubEndpoint<D, FanoutCheckMessage> {
  return {
    name: 'closeFinalizer', message: FanoutCheckMessage,
    run: ({ deps }, { runKey }) => (runKey === undefined ? sweepCloses(wire(deps)) : finalizeClose(wire(deps), { runKey })),
  };
}
