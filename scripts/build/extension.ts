// The browser extension for one browser: manifest (base + patch + profile), bundles, pages, locales.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { BuildContext } from './context.ts';
import { copyAssets } from './extension/assets.ts';
import { writeIcons } from './extension/icons.ts';
import { loadContentScripts } from './extension/content-scripts.ts';
import { extensionManifest, type Browser } from './extension/manifest.ts';
import { lazyLanguages } from './extension/lazy-languages.ts';
import { noInnerHtml } from './extension/no-inner-html.ts';

export type { Browser } from './extension/manifest.ts';

async function readJson(path: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
}

export async function buildExtension(ctx: BuildContext, browser: Browser): Promise<void> {
  const dir = join(ctx.out, browser);
  await mkdir(dir, { recursive: true });
  const contentScripts = await loadContentScripts(ctx, browser);
  const manifest = extensionManifest({
    base: await readJson(join(ctx.root, 'manifest/extension/base.json')),
    patch: await readJson(join(ctx.root, `manifest/extension/${browser}.json`)),
    profile: ctx.profile, version: ctx.version, browser, contentScripts: contentScripts.manifest,
  });
  const icons = await writeIcons(dir);
  manifest.icons = icons;
  (manifest.action as Record<string, unknown>).default_icon = icons;
  await writeFile(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  await copyAssets(ctx, browser, dir);

  const common = {
    outdir: dir, bundle: true, minify: true, logLevel: 'warning' as const, legalComments: 'none' as const,
    target: browser === 'chrome' ? 'chrome120' : 'firefox128',
    define: { __VISIO_PROFILE__: JSON.stringify(ctx.profile) },
  };
  const entry = (path: string) => join(ctx.root, path);
  // Pages are ES modules split into chunks: the .ics writer (ical.js) loads only when asked for, and
  // the message tables hold French only, the user's language loading as a chunk (lazy-languages.ts).
  // One build per page: what a page shows first is one file, not the pieces it shares with the
  // other page (built together, the popup fetched 10 modules before its link, 2.6 KB more gzip).
  for (const page of ['popup', 'options'] as const) {
    await build({
      ...common, format: 'esm', splitting: true, chunkNames: `chunks/${page}/[name]-[hash]`, plugins: [noInnerHtml, lazyLanguages],
      // The pages' calendar modules get the native promise API, not the polyfill (page-browser-default.ts).
      alias: { 'webextension-polyfill': entry('extension/platform/page-browser-default.ts') },
      entryPoints: { [page]: entry(`extension/${page}/main.tsx`) },
    });
  }
  // The background is a classic script (Chrome's service worker lazily imports its chunks with
  // importScripts, which module workers lack); its chunks load when an event needs them
  // (extension/background/background-chunks.ts).
  await build({
    ...common, format: 'iife', external: ['/background/*'],
    entryPoints: {
      background: entry('extension/background/main.ts'),
      'background/actions': entry('extension/background/actions-chunk.ts'),
      'background/calendar': entry('extension/background/calendar/calendar-chunk.ts'),
      'background/profile': entry('extension/background/profile-chunk.ts'),
    },
  });
  // Injected into pages: classic scripts, one self-contained file each.
  await build({ ...common, format: 'iife', entryPoints: { insert: entry('extension/insert/insert-at-cursor.ts'), ...contentScripts.entries } });
}
