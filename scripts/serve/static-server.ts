// Serves a built folder over HTTPS, as an organisation's web server would serve dist/outlook-addin/:
// correct types, no directory listing, no path escape, and the CSP that lets Outlook frame the pages.
import { createServer, type Server } from 'node:https';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.zip': 'application/zip',
};

/** Outlook on the web, new Outlook and Microsoft 365 frame the add-in's pages from these origins. */
export const OFFICE_FRAME_ANCESTORS = [
  "'self'", 'https://*.office.com', 'https://*.office365.com', 'https://*.outlook.com',
  'https://*.live.com', 'https://*.microsoft.com', 'https://*.cloud.microsoft', 'https://*.officeapps.live.com',
];

export function addinContentSecurityPolicy(extraFrameAncestors: readonly string[] = []): string {
  return [
    "default-src 'self'",
    // office.js loads MicrosoftAjax from ajax.aspnetcdn.com, even when office.js itself is self-hosted.
    "script-src 'self' https://appsforoffice.microsoft.com https://ajax.aspnetcdn.com",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self' https:",
    "object-src 'none'",
    "base-uri 'none'",
    `frame-ancestors ${[...OFFICE_FRAME_ANCESTORS, ...extraFrameAncestors].join(' ')}`,
  ].join('; ');
}

async function resolveFile(root: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  const path = normalize(join(root, decoded));
  if (path !== root && !path.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  const info = await stat(path).catch(() => null);
  if (info?.isFile()) return path;
  if (info?.isDirectory()) {
    const index = join(path, 'index.html');
    return (await stat(index).catch(() => null))?.isFile() ? index : null;
  }
  return null;
}

export interface StaticServer {
  readonly server: Server;
  readonly url: string;
  close(): Promise<void>;
}

export async function serveStatic(options: {
  root: string; key: string; cert: string; port: number; host?: string;
}): Promise<StaticServer> {
  const root = normalize(options.root);
  const csp = addinContentSecurityPolicy();
  const server = createServer({ key: options.key, cert: options.cert }, (request, response) => {
    void (async () => {
      const file = request.method === 'GET' || request.method === 'HEAD' ? await resolveFile(root, request.url ?? '/') : null;
      if (!file) {
        response.writeHead(request.method === 'GET' || request.method === 'HEAD' ? 404 : 405, { 'content-type': 'text/plain; charset=utf-8' });
        response.end('Not found\n');
        return;
      }
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': csp,
        'x-content-type-options': 'nosniff',
        // Outlook caches ribbon icons and asks that they be cacheable; pages and scripts revalidate
        // so a new version is picked up at once (docs/outlook-deployment.md).
        'cache-control': /\.(png|ico|svg)$/.test(file) ? 'public, max-age=86400' : 'no-cache',
        'access-control-allow-origin': '*',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    })().catch((error: unknown) => {
      response.writeHead(500);
      response.end(String(error));
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    server,
    url: `https://localhost:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
