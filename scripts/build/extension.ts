// Thin shell (foundation): manifest = base + browser patch, background bundled with esbuild.
// The browser-extension issue owns this file and grows it (popup, options, content scripts, locales).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { BuildContext } from './context.ts';

export type Browser = 'chrome' | 'firefox';

export async function buildExtension(ctx: BuildContext, browser: Browser): Promise<void> {
  const dir = join(ctx.out, browser);
  await mkdir(dir, { recursive: true });
  const base = JSON.parse(await readFile(join(ctx.root, 'manifest/extension/base.json'), 'utf8'));
  const patch = JSON.parse(await readFile(join(ctx.root, `manifest/extension/${browser}.json`), 'utf8'));
  const manifest = { ...base, ...patch, name: ctx.profile.productName, version: ctx.version };
  if (browser === 'firefox') manifest.browser_specific_settings.gecko.id = ctx.profile.geckoId;
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  await build({
    entryPoints: { background: join(ctx.root, 'extension/background/main.ts') },
    outdir: dir, bundle: true, format: 'esm', target: browser === 'chrome' ? 'chrome120' : 'firefox128',
    minify: true, logLevel: 'warning',
  });
}
