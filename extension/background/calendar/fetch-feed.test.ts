// fetchFeed against a real HTTP server on 127.0.0.1 (Node's fetch is the same WHATWG fetch the
// browsers implement): conditional requests, size cap, timeout, errors without the address.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fetchFeed } from './fetch-feed.ts';

const FEED = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n';
const ETAG = '"v1-feed"';
const LAST_MODIFIED = 'Wed, 13 Jan 2027 10:00:00 GMT';

describe('fetchFeed', () => {
  let server: Server;
  let origin: string;
  const seen: { path: string; headers: IncomingHttpHeaders }[] = [];

  before(async () => {
    server = createServer((request, response) => {
      seen.push({ path: request.url ?? '', headers: request.headers });
      switch (request.url) {
        case '/etag.ics':
          if (request.headers['if-none-match'] === ETAG) { response.writeHead(304, { ETag: ETAG }); response.end(); return; }
          response.writeHead(200, { 'Content-Type': 'text/calendar', ETag: ETAG, 'Last-Modified': LAST_MODIFIED });
          response.end(FEED);
          return;
        case '/modified.ics':
          if (request.headers['if-modified-since'] === LAST_MODIFIED) { response.writeHead(304); response.end(); return; }
          response.writeHead(200, { 'Content-Type': 'text/calendar', 'Last-Modified': LAST_MODIFIED });
          response.end(FEED);
          return;
        case '/big.ics':
          // No Content-Length: the cap must hold while streaming.
          response.writeHead(200, { 'Content-Type': 'text/calendar' });
          response.write('x'.repeat(64 * 1024));
          response.end('x'.repeat(64 * 1024));
          return;
        case '/slow.ics':
          setTimeout(() => { response.writeHead(200); response.end(FEED); }, 2_000);
          return;
        default:
          response.writeHead(401, { 'Content-Type': 'text/html', 'WWW-Authenticate': 'Basic' });
          response.end('<html><body>Login</body></html>');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('returns the body and its validators, then "not modified" when asked with the ETag', async () => {
    const first = await fetchFeed(`${origin}/etag.ics`);
    assert.equal(first.kind, 'answer');
    if (first.kind !== 'answer') return;
    assert.equal(first.status, 200);
    assert.equal(new TextDecoder().decode(first.bytes), FEED);
    assert.deepEqual(first.validators, { etag: ETAG, lastModified: LAST_MODIFIED });
    const second = await fetchFeed(`${origin}/etag.ics`, { validators: first.validators });
    assert.deepEqual(second, { kind: 'not-modified' });
    assert.equal(seen.at(-1)?.headers['if-none-match'], ETAG);
    assert.equal(seen.at(-1)?.headers.referer, undefined, 'no referrer is sent');
  });

  it('uses Last-Modified when the server gives no ETag', async () => {
    const first = await fetchFeed(`${origin}/modified.ics`);
    assert.ok(first.kind === 'answer' && first.validators.etag === undefined);
    const second = await fetchFeed(`${origin}/modified.ics`, { validators: first.kind === 'answer' ? first.validators : {} });
    assert.deepEqual(second, { kind: 'not-modified' });
  });

  it('stops reading past the size cap', async () => {
    const outcome = await fetchFeed(`${origin}/big.ics`, { sizeCapBytes: 100 * 1024 });
    assert.deepEqual(outcome, { kind: 'failed', error: { key: 'feed.tooLarge', params: { limit: 0 } } });
    const fits = await fetchFeed(`${origin}/big.ics`, { sizeCapBytes: 200 * 1024 });
    assert.equal(fits.kind === 'answer' && fits.bytes.byteLength, 128 * 1024);
  });

  it('gives up on a slow server after the timeout', async () => {
    assert.deepEqual(await fetchFeed(`${origin}/slow.ics`, { timeoutMs: 200 }), { kind: 'failed', error: { key: 'feed.timeout' } });
  });

  it('hands a 401 page to the caller as an answer (the core classifies it)', async () => {
    const outcome = await fetchFeed(`${origin}/private.ics`);
    assert.ok(outcome.kind === 'answer');
    assert.equal(outcome.status, 401);
    assert.match(outcome.contentType, /text\/html/);
  });

  it('reports an unreachable server without its address', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const outcome = await fetchFeed(`http://127.0.0.1:${port}/secret-token.ics`);
    assert.deepEqual(outcome, { kind: 'failed', error: { key: 'feed.network' } });
    assert.ok(!JSON.stringify(outcome).includes('secret-token'));
  });
});
