import type { CloudEvent } from '@google-cloud/functions-framework';
import { z } from 'zod';
import { memoryLogger } from '../../../functions/src/adapters/log/structured-logger';
import { pubsubFunction, type PubsubMessageData } from '../../../functions/src/handlers/pubsub-function';
import { UseCaseFailure } from '../../../functions/src/usecases/errors';

/** A messagePublished CloudEvent as Pub/Sub push delivers it to functions-framework. */
function event(data: string | undefined): CloudEvent<PubsubMessageData> {
  return {
    specversion: '1.0', id: 'evt-1', source: '//pubsub.googleapis.com/projects/demo/topics/monthly', type: 'google.cloud.pubsub.topic.v1.messagePublished',
    data: { message: { data, messageId: 'm-1' }, subscription: 'projects/demo/subscriptions/s' },
  };
}
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64');

function setup(run: (month: string) => Promise<unknown>) {
  const log = memoryLogger();
  const seen: string[] = [];
  const fn = pubsubFunction(
    { name: 'monthlyRun', message: z.object({ month: z.string().regex(/^\d{4}-\d{2}$/) }), run: async (_ctx, m) => { seen.push(m.month); return run(m.month); } },
    async () => ({ log, deps: {} }),
  );
  return { fn, log, seen };
}

describe('pubsubFunction', () => {
  it('decodes the base64 JSON message and hands it to the use case', async () => {
    const { fn, seen, log } = setup(async () => ({ gardens: 12 }));
    await fn(event(b64({ month: '2020-05' })));
    expect(seen).toEqual(['2020-05']);
    expect(log.entries).toContainEqual(expect.objectContaining({ severity: 'INFO', eventId: 'evt-1', result: { gardens: 12 } }));
  });

  it.each([
    ['not base64 JSON', 'bm90IGpzb24='],
    ['the wrong shape', b64({ month: 'May' })],
    ['no data', undefined],
  ])('acknowledges (does not throw) a message with %s, and logs it', async (_name, data) => {
    const { fn, seen, log } = setup(async () => null);
    await expect(fn(event(data))).resolves.toBeUndefined();
    expect(seen).toEqual([]);
    expect(log.entries).toContainEqual(expect.objectContaining({ severity: 'ERROR', message: 'message dropped: cannot be handled' }));
  });

  it('rethrows other failures so Pub/Sub redelivers', async () => {
    const { fn } = setup(async () => { throw new UseCaseFailure('busy', '服务繁忙'); });
    await expect(fn(event(b64({ month: '2020-05' })))).rejects.toThrow('busy');
  });

  it('acknowledges a message the use case refuses as invalid', async () => {
    const { fn } = setup(async () => { throw new UseCaseFailure('invalid_request', '月份不在学期内'); });
    await expect(fn(event(b64({ month: '2020-08' })))).resolves.toBeUndefined();
  });
});
