import { PubSub } from '@google-cloud/pubsub';
import type { Publisher } from '../../usecases/ports/fanout';

export interface PubsubOptions {
  projectId: string;
  /** `host:port` of the Pub/Sub emulator; omitted in production. */
  emulatorHost?: string;
}

export function createPubsubClient(options: PubsubOptions): PubSub {
  return new PubSub({ projectId: options.projectId, ...(options.emulatorHost ? { apiEndpoint: options.emulatorHost, emulatorMode: true } : {}) });
}

/** JSON messages to Pub/Sub topics; topic objects are reused (each batches its own publishes). */
export class PubsubPublisher implements Publisher {
  private readonly topics = new Map<string, ReturnType<PubSub['topic']>>();

  constructor(private readonly client: PubSub) {}

  async publish(topic: string, message: unknown): Promise<void> {
    let t = this.topics.get(topic);
    if (!t) this.topics.set(topic, (t = this.client.topic(topic)));
    await t.publishMessage({ json: message });
  }
}
