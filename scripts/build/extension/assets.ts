// Static files of the extension: pages, stylesheet, locales (with the profile's service name), schema.
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BuildContext } from '../context.ts';
import type { Browser } from './manifest.ts';

export async function copyAssets(ctx: BuildContext, browser: Browser, dir: string): Promise<void> {
  await cp(join(ctx.root, 'extension/popup/popup.html'), join(dir, 'popup.html'));
  await cp(join(ctx.root, 'extension/options/options.html'), join(dir, 'options.html'));
  await cp(join(ctx.root, 'shared/ui/ui.css'), join(dir, 'ui.css'));
  if (browser === 'chrome') await cp(join(ctx.root, 'manifest/extension/managed_schema.json'), join(dir, 'managed_schema.json'));
  const locales = join(ctx.root, 'extension/_locales');
  for (const lang of await readdir(locales)) {
    const source = await readFile(join(locales, lang, 'messages.json'), 'utf8');
    await mkdir(join(dir, '_locales', lang), { recursive: true });
    // The organisation's service name ("Visio", or theirs) goes into the store texts and menus.
    await writeFile(join(dir, '_locales', lang, 'messages.json'), source.replaceAll('{appName}', ctx.profile.appName));
  }
}
