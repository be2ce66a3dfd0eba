// A calendar server on 127.0.0.1 for the browser test: a good feed with an ETag (answers 304 when
// asked with it), a 401, an HTML error page, a slow feed, a feed made on demand for the reminder,
// and the "Visio rooms" the Join buttons open. It counts what it was asked, to check conditional
// requests from outside the browser.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FeedRequest {
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly status: number;
}

export interface FeedServer {
  readonly origin: string;
  readonly requests: FeedRequest[];
  /** Serves `text` at `path` (with an ETag), replacing what was there. */
  setFeed(path: string, text: string): void;
  close(): Promise<void>;
}

const SLOW_MS = 3_000;

export async function startFeedServer(): Promise<FeedServer> {
  const feeds = new Map<string, { text: string; etag: string }>();
  const requests: FeedRequest[] = [];
  let version = 0;
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const answer = (status: number, headers: Record<string, string>, body = '') => {
      requests.push({ path, headers: request.headers, status });
      response.writeHead(status, headers);
      response.end(body);
    };
    if (path === '/private.ics') {
      answer(401, { 'Content-Type': 'text/html; charset=utf-8', 'WWW-Authenticate': 'Basic realm="Zimbra"' }, '<!doctype html><title>401</title><h1>Authentification requise</h1>');
      return;
    }
    if (path === '/broken.ics') {
      // What some servers send with a 200 when the calendar behind the address is gone.
      answer(200, { 'Content-Type': 'text/html; charset=utf-8' }, '<!DOCTYPE html><html><head><title>Erreur</title></head><body><h1>Une erreur est survenue</h1></body></html>');
      return;
    }
    const feed = feeds.get(path);
    if (feed !== undefined) {
      const send = () => {
        if (request.headers['if-none-match'] === feed.etag) answer(304, { ETag: feed.etag });
        else answer(200, { 'Content-Type': 'text/calendar; charset=utf-8', ETag: feed.etag, 'Cache-Control': 'private, max-age=0' }, feed.text);
      };
      if (path.startsWith('/slow')) setTimeout(send, SLOW_MS);
      else send();
      return;
    }
    if (/^\/[a-z]{3}-[a-z]{4}-[a-z]{3}$/.test(path)) {
      answer(200, { 'Content-Type': 'text/html; charset=utf-8' }, `<!doctype html><html lang="fr"><title>Visio ${path.slice(1)}</title><h1>Salle ${path.slice(1)}</h1></html>`);
      return;
    }
    answer(404, { 'Content-Type': 'text/plain' }, 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin, requests,
    setFeed: (path, text) => { version += 1; feeds.set(path, { text, etag: `"feed-${version}"` }); },
    close: async () => { server.closeAllConnections(); await new Promise((resolve) => server.close(resolve)); },
  };
}
