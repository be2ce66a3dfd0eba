// `npm start`: the main job. Builds every target for a profile, then serves dist/outlook-addin/
// over HTTPS on localhost (self-signed certificate made here) and says where everything is.
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { build } from './build.ts';
import { loadOrCreateDevCert } from './serve/dev-cert.ts';
import { serveStatic } from './serve/static-server.ts';
import { parseScriptArgs } from './script-args.ts';

const values = parseScriptArgs(
  { profile: { type: 'string' }, out: { type: 'string' }, port: { type: 'string' } },
  'npm start -- [--profile file.json] [--out folder] [--port 3443]',
);
if (values.port !== undefined && !/^\d{1,5}$/.test(values.port)) {
  console.error(`--port needs a port number (1-65535), got "${values.port}"`);
  process.exit(2);
}

function portFromHostUrl(hostUrl: string): number {
  const url = new URL(hostUrl);
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
  return local && url.port ? Number(url.port) : 3443;
}

try {
  const ctx = await build({ profilePath: values.profile, out: values.out, quiet: true });
  const cert = await loadOrCreateDevCert(join(ctx.root, '.cache/dev-cert'));
  const port = values.port ? Number(values.port) : portFromHostUrl(ctx.profile.outlook.hostUrl);
  const served = await serveStatic({ root: join(ctx.out, 'outlook-addin'), key: cert.key, cert: cert.cert, port }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') throw new Error(`Port ${port} is already in use (another npm start?). Stop it, or choose another port: npm start -- --port 8443`);
    throw error;
  });
  const show = (path: string) => relative(process.cwd(), path) || '.';
  const packages = (await readdir(join(ctx.out, 'packages'))).map((name) => `    ${show(join(ctx.out, 'packages', name))}`);
  console.log(`${ctx.profile.productName} ${ctx.version} for ${ctx.profile.instanceUrl}

  Chrome / Edge extension (Load unpacked):   ${show(join(ctx.out, 'chrome'))}
  Firefox extension (about:debugging):       ${show(join(ctx.out, 'firefox'))}
  Packages:
${packages.join('\n')}

  Outlook add-in served at ${served.url}/
  Manifest to sideload:    ${served.url}/manifest.xml   (file: ${show(join(ctx.out, 'outlook-addin/manifest.xml'))})
  Local certificate:       ${show(cert.certPath)} (self-signed: trust it once, see docs/outlook-deployment.md)
${ctx.profile.outlook.hostUrl !== served.url ? `  Note: the manifest points to ${ctx.profile.outlook.hostUrl}; serve dist/outlook-addin there for real use.\n` : ''}
Press Ctrl+C to stop.`);
  const stop = () => { void served.close().then(() => process.exit(0)); };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
