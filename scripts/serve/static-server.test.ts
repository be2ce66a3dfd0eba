import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:https';
import { loadOrCreateDevCert } from './dev-cert.ts';
import { serveStatic } from './static-server.ts';

function get(url: string, ca: string): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    request(url, { ca }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => { body += chunk; });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    }).on('error', reject).end();
  });
}

test('serves the add-in folder over HTTPS with a certificate trusted for localhost, and nothing outside it', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'visio-serve-'));
  try {
    await mkdir(join(dir, 'site'));
    await writeFile(join(dir, 'site/manifest.xml'), '<OfficeApp/>');
    await writeFile(join(dir, 'site/icon-32.png'), 'png');
    await writeFile(join(dir, 'secret.txt'), 'not served');
    const cert = await loadOrCreateDevCert(join(dir, 'cert'));
    const served = await serveStatic({ root: join(dir, 'site'), key: cert.key, cert: cert.cert, port: 0 });
    try {
      // `ca` = our certificate: the TLS handshake only succeeds if it is valid for "localhost".
      const manifest = await get(`${served.url}/manifest.xml`, cert.cert);
      assert.equal(manifest.status, 200);
      assert.equal(manifest.body, '<OfficeApp/>');
      assert.match(String(manifest.headers['content-type']), /^application\/xml/);
      assert.match(String(manifest.headers['content-security-policy']), /frame-ancestors [^;]*https:\/\/\*\.office\.com/);
      assert.match(String(manifest.headers['content-security-policy']), /script-src [^;]*https:\/\/ajax\.aspnetcdn\.com/, 'office.js loads MicrosoftAjax from there');
      assert.equal(manifest.headers['cache-control'], 'no-cache');
      assert.match(String((await get(`${served.url}/icon-32.png`, cert.cert)).headers['cache-control']), /max-age=\d+/, 'Outlook wants cacheable icons');
      assert.equal((await get(`${served.url}/../secret.txt`, cert.cert)).status, 404);
      assert.equal((await get(`${served.url}/%2e%2e/secret.txt`, cert.cert)).status, 404);
      assert.equal((await get(`${served.url}/missing.js`, cert.cert)).status, 404);
    } finally {
      await served.close();
    }
    const again = await loadOrCreateDevCert(join(dir, 'cert'));
    assert.equal(again.cert, cert.cert, 'the certificate is reused, so a trust decision survives restarts');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
