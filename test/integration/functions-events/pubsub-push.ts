import supertest from 'supertest';
import { getTestServer } from '@google-cloud/functions-framework/testing';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64');

/**
 * Delivers a message the way a Pub/Sub push subscription does (the emulator's and production's body shape): a
 * POST to `/projects/P/topics/T` with `{message:{data,messageId,publishTime},subscription}`. functions-framework
 * turns it into a `messagePublished` CloudEvent whose id is the message id — so a redelivery keeps the id.
 */
export async function pushMessage(fn: string, o: { project: string; topic: string; message: unknown; messageId: string }) {
  const publishTime = new Date().toISOString();
  return supertest(getTestServer(fn))
    .post(`/projects/${o.project}/topics/${o.topic}`)
    .set('Content-Type', 'application/json')
    .send({
      message: { data: b64(o.message), messageId: o.messageId, message_id: o.messageId, publishTime, publish_time: publishTime, attributes: {} },
      subscription: `projects/${o.project}/subscriptions/${o.topic}-push`,
    });
}

/** The same message as an Eventarc trigger delivers it: a binary-mode CloudEvent (`ce-*` headers). */
export async function postCloudEvent(fn: string, o: { project: string; topic: string; message: unknown; id: string }) {
  return supertest(getTestServer(fn))
    .post('/')
    .set('Content-Type', 'application/json')
    .set('ce-id', o.id)
    .set('ce-specversion', '1.0')
    .set('ce-type', 'google.cloud.pubsub.topic.v1.messagePublished')
    .set('ce-source', `//pubsub.googleapis.com/projects/${o.project}/topics/${o.topic}`)
    .set('ce-time', new Date().toISOString())
    .send({ message: { data: b64(o.message), messageId: o.id }, subscription: `projects/${o.project}/subscriptions/eventarc-${o.topic}` });
}
