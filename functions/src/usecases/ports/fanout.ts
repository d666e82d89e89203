import type { FanoutGardenDoc, FanoutRunDoc } from '../../../../schemas/fanout';

/** A fan-out run's progress, kept where every worker instance sees it (Firestore in production). */
export interface FanoutStore {
  /** Records the run; when it exists already (a re-planned close), the stored one is returned unchanged. */
  open(run: FanoutRunDoc): Promise<FanoutRunDoc>;
  get(runKey: string): Promise<FanoutRunDoc | null>;
  isDone(runKey: string, gardenId: string): Promise<boolean>;
  /** Marks a garden in; false when it already was (a redelivered message). */
  markDone(runKey: string, done: FanoutGardenDoc): Promise<boolean>;
  doneGardens(runKey: string): Promise<string[]>;
  /** Keys of the runs not finalized yet, for the scheduler's sweep. */
  unfinalized(): Promise<string[]>;
  /** Sets finalizedAt once, atomically; false when another finalizer got there first. */
  claimFinalize(runKey: string, at: string, missing: readonly string[]): Promise<boolean>;
}

/** Publishes JSON messages to a topic (Pub/Sub in production and in the emulator). */
export interface Publisher {
  publish(topic: string, message: unknown): Promise<void>;
}

export const FANOUT_TOPICS = { work: 'bangfu-close-work', check: 'bangfu-close-check' } as const;
