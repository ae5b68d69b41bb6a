import http from 'node:http';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { lostArticleImage } from '@cong/shared/testing';
import { paragraphs, unit, unitEditor } from './fixtures';
import { create } from './rest';

interface Received {
  event: string;
  authorization?: string;
  body: { uid?: string; entry?: { title?: string; publishedAt?: string | null } };
}

let publisher: http.Server | null = null;
afterEach(() => new Promise<void>((resolve) => (publisher ? publisher.close(() => resolve()) : resolve())).then(() => (publisher = null)));

/** Stands in for the publisher on the port the CMS was told: records webhooks, answers /status. */
function listenAsPublisher(status: object): Promise<Received[]> {
  const received: Received[] = [];
  publisher = http.createServer(async (request, response) => {
    let text = '';
    for await (const chunk of request) text += chunk;
    if (request.url === '/webhook') {
      received.push({ event: String(request.headers['x-strapi-event']), authorization: request.headers.authorization, body: JSON.parse(text) });
    }
    response.writeHead(200, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify(request.url === '/status' ? status : { scheduled: true }));
  });
  return new Promise((resolve) => publisher!.listen(inject('publisherPort'), '127.0.0.1', () => resolve(received)));
}

async function adminGet(path: string) {
  const response = await fetch(`${inject('cmsUrl')}${path}`, { headers: { Authorization: `Bearer ${inject('adminJwt')}` } });
  return { status: response.status, body: (await response.json()) as any };
}

describe('the publish webhook', () => {
  it('is registered once, for the publisher’s address', async () => {
    const { body } = await adminGet('/admin/webhooks');
    const ours = body.data.filter((webhook: any) => webhook.name === 'Cổng: xuất bản trang công khai');
    expect(ours).toHaveLength(1);
    expect(ours[0].url).toBe(`http://127.0.0.1:${inject('publisherPort')}/webhook`);
    expect(ours[0].events).toEqual(expect.arrayContaining(['entry.publish', 'entry.unpublish', 'entry.delete', 'media.create']));
  });

  it('tells the publisher, with its secret, when an editor publishes', async () => {
    const received = await listenAsPublisher({});
    const title = `Tin xuất bản ${Date.now()}`;
    await create('articles', { title, body: paragraphs('Nội dung tin.') });
    const deadline = Date.now() + 60_000;
    while (!received.some((hook) => hook.event === 'entry.publish' && hook.body.entry?.title === title) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const published = received.find((hook) => hook.event === 'entry.publish' && hook.body.entry?.title === title);
    expect(published).toMatchObject({ authorization: `Bearer ${inject('publisherSecret')}`, body: { uid: 'api::article.article' } });
    expect(published!.body.entry!.publishedAt).toBeTruthy();
  });
});

describe('the publisher’s status in the admin', () => {
  it('relays what the publisher says to admin users, with the files the live site went out without', async () => {
    const lost = lostArticleImage;
    await listenAsPublisher({ state: 'idle', live: { id: '20261123T080000000Z', builtAt: '2026-11-23T08:00:00.000Z', pages: 49, brokenReferences: [lost] } });
    const { status, body } = await adminGet('/cong-publisher/status');
    expect(status).toBe(200);
    expect(body).toMatchObject({ reachable: true, state: 'idle', live: { pages: 49, brokenReferences: [lost] } });
  });

  it("shows a unit's editor the lost files of its own unit's entries only", async () => {
    const [mine, theirs] = [await unit(), await unit()];
    const editor = await unitEditor(mine.documentId);
    const article = (unitId: string) => create<{ documentId: string; title: string }>('articles', { title: `Tin ${unitId}`, body: paragraphs('Nội dung.'), unit: unitId });
    const [own, other] = [await article(mine.documentId), await article(theirs.documentId)];
    const lost = (entry: { documentId: string; title: string }) => ({ ...lostArticleImage, documentId: entry.documentId, title: entry.title });
    await listenAsPublisher({ state: 'idle', live: { id: '20261123T080000000Z', builtAt: '2026-11-23T08:00:00.000Z', pages: 49, brokenReferences: [lost(own), lost(other)] } });
    const response = await fetch(`${inject('cmsUrl')}/cong-publisher/status`, { headers: { Authorization: `Bearer ${editor.jwt}` } });
    const body = (await response.json()) as any;
    expect(body.live.brokenReferences).toEqual([lost(own)]);
  });

  it('says in Vietnamese when the publisher cannot be reached', async () => {
    const { body } = await adminGet('/cong-publisher/status');
    expect(body).toEqual({ reachable: false, message: 'Không liên lạc được dịch vụ xuất bản: trang công khai chưa nhận được thay đổi mới.' });
  });

  it('is not for the public', async () => {
    const response = await fetch(`${inject('cmsUrl')}/cong-publisher/status`);
    expect(response.status).toBe(401);
  });
});
