// A self-signed certificate for https://localhost, made on this machine (no download), kept in
// .cache/dev-cert so the browser exception or the trusted-root import survives restarts.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generate } from 'selfsigned';

export interface DevCert {
  readonly key: string;
  readonly cert: string;
  readonly certPath: string;
}

const RENEW_BEFORE_MS = 7 * 24 * 3600 * 1000;

export async function loadOrCreateDevCert(cacheDir: string): Promise<DevCert> {
  const keyPath = join(cacheDir, 'localhost.key');
  const certPath = join(cacheDir, 'localhost.crt');
  const metaPath = join(cacheDir, 'expires');
  try {
    const expires = Number(await readFile(metaPath, 'utf8'));
    if (expires - Date.now() > RENEW_BEFORE_MS) {
      return { key: await readFile(keyPath, 'utf8'), cert: await readFile(certPath, 'utf8'), certPath };
    }
  } catch {
    // No certificate yet: make one below.
  }
  const notBeforeDate = new Date();
  const notAfterDate = new Date(notBeforeDate.getTime() + 365 * 24 * 3600 * 1000);
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }, { type: 7, ip: '127.0.0.1' }] },
    ],
  });
  await mkdir(cacheDir, { recursive: true });
  await writeFile(keyPath, pems.private, { mode: 0o600 });
  await writeFile(certPath, pems.cert);
  await writeFile(metaPath, String(notAfterDate.getTime()));
  return { key: pems.private, cert: pems.cert, certPath };
}
