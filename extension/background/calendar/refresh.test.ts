// refreshFeed / refreshDue with the real fetch (a server on 127.0.0.1), the real core reader and
// classifier, and an in-memory storage.local: what is kept after a read, a 304, a failure.
import { memoryBrowser } from './testing/memory-browser.ts';
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { classifyFeedResponse } from '../../../shared/core/ical/feed-response.ts';
import { meetingsIn } from './agenda-meetings.ts';
import { meetingFeed } from './testing/meeting-feed.ts';

const { refreshDue, refreshFeed } = await import('./refresh.ts');
const { saveSources, STATE_KEY } = await import('./calendar-store.ts');
type SourceState = import('./calendar-store.ts').SourceState;
type RefreshDeps = import('./refresh.ts').RefreshDeps;

const MIN = 60_000;
const NOW = Date.parse('2027-03-24T09:07:00Z');

describe('refreshing feeds', () => {
  let server: Server;
  let origin: string;
  let status = 200;
  const seen: { path: string; headers: IncomingHttpHeaders }[] = [];
  let deps: RefreshDeps;
  let feedText = '';

  before(async () => {
    server = createServer((request, response) => {
      seen.push({ path: request.url ?? '', headers: request.headers });
      if (status !== 200) { response.writeHead(status, { 'Content-Type': 'text/html' }); response.end('<html><body>Non</body></html>'); return; }
      if (request.headers['if-none-match'] === '"v1"') { response.writeHead(304, { ETag: '"v1"' }); response.end(); return; }
      response.writeHead(200, { 'Content-Type': 'text/calendar', ETag: '"v1"' });
      response.end(feedText);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    feedText = meetingFeed(NOW, 'https://visio.numerique.gouv.fr').text;
    deps = {
      read: async (input, window) => ({ ok: true, ...meetingsIn(input, window, ['https://visio.numerique.gouv.fr'], 'Europe/Paris') }),
      checkAnswer: (answer) => classifyFeedResponse({ status: answer.status, contentType: answer.contentType, finalUrl: answer.finalUrl, body: answer.bytes }),
    };
  });
  after(async () => { server.closeAllConnections(); await new Promise((resolve) => server.close(resolve)); });
  beforeEach(() => { memoryBrowser.reset(); memoryBrowser.grant('http://127.0.0.1/*'); status = 200; seen.length = 0; });

  const source = () => ({ id: 'f1', kind: 'feed' as const, label: '127.0.0.1/…/team.ics', url: `${origin}/team.ics` });

  it('keeps the meetings with a link and the ETag, and plans the next read in 15 minutes', async () => {
    const state = await refreshFeed(source(), undefined, deps, NOW);
    assert.equal(state.error, undefined);
    assert.equal(state.meetings.length, 6);
    assert.deepEqual(state.validators, { etag: '"v1"' });
    assert.equal(state.nextAttemptAt, NOW + 15 * MIN);
    assert.equal(state.windowEnd, NOW + 14 * 24 * 60 * MIN);
  });

  it('asks with the ETag while the kept meetings cover the week, and keeps them on a 304', async () => {
    const first = await refreshFeed(source(), undefined, deps, NOW);
    const second = await refreshFeed(source(), first, deps, NOW + 20 * MIN);
    assert.equal(seen.at(-1)?.headers['if-none-match'], '"v1"');
    assert.deepEqual(second.meetings, first.meetings);
    assert.equal(second.lastSuccess, NOW + 20 * MIN);
    // Seven days later the kept window no longer covers the popup's week: a full read, no ETag.
    await refreshFeed(source(), second, deps, NOW + 7 * 24 * 60 * MIN);
    assert.equal(seen.at(-1)?.headers['if-none-match'], undefined);
  });

  it('on a 401 keeps the last meetings, records the core’s message and backs off more after each failure', async () => {
    const good = await refreshFeed(source(), undefined, deps, NOW);
    status = 401;
    const once = await refreshFeed(source(), good, deps, NOW + MIN);
    assert.deepEqual(once.error, { key: 'feed.unauthorized', params: { status: 401 } });
    assert.deepEqual(once.meetings, good.meetings, 'the popup still shows what was last read');
    assert.equal(once.failures, 1);
    const twice = await refreshFeed(source(), once, deps, NOW + 2 * MIN);
    assert.equal(twice.failures, 2);
    assert.ok(twice.nextAttemptAt - (NOW + 2 * MIN) > once.nextAttemptAt - (NOW + MIN));
    assert.equal(seen.at(-1)?.headers['if-none-match'], undefined, 'after an error the next read is a full one');
    status = 200;
    const healed = await refreshFeed(source(), twice, deps, NOW + 10 * MIN);
    assert.equal(healed.error, undefined);
    assert.equal(healed.failures, 0);
  });

  it('does not fetch without the host permission, and says which host', async () => {
    memoryBrowser.reset();
    const state = await refreshFeed(source(), undefined, deps, NOW);
    assert.equal(seen.length, 0);
    assert.deepEqual(state.error, { key: 'feedPermissionMissing', params: { host: new URL(origin).host } });
  });

  it('refreshDue reads only what is due and drops the state of removed sources', async () => {
    await saveSources([{ id: 'f1', kind: 'feed', url: `${origin}/team.ics`, addedAt: NOW }]);
    await refreshDue(deps, { now: NOW });
    assert.equal(seen.length, 1);
    await refreshDue(deps, { now: NOW + 5 * MIN });
    assert.equal(seen.length, 1, 'not due yet');
    await refreshDue(deps, { now: NOW + 5 * MIN, force: true });
    assert.equal(seen.length, 2, '"Read again now" ignores the schedule');
    await saveSources([]);
    await refreshDue(deps, { now: NOW + 20 * MIN });
    assert.deepEqual(memoryBrowser.read(STATE_KEY) as Record<string, SourceState>, {});
  });
});
