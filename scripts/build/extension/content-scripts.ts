// Optional link to the webmail adapters' build module (issue 4, scripts/build/content-scripts.ts):
// merged when it exists, so the extension builds before and after that work lands.
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BuildContext } from '../context.ts';
import type { Browser, ContentScriptPart } from './manifest.ts';

interface ContentScriptModule {
  contentScriptManifest(ctx: BuildContext, browser?: Browser): ContentScriptPart | Promise<ContentScriptPart>;
  contentScriptEntries(ctx: BuildContext, browser?: Browser): Record<string, string> | Promise<Record<string, string>>;
}

export async function loadContentScripts(ctx: BuildContext, browser: Browser): Promise<{ manifest: ContentScriptPart; entries: Record<string, string> }> {
  const path = join(ctx.root, 'scripts/build/content-scripts.ts');
  try { await access(path); } catch { return { manifest: {}, entries: {} }; }
  const module = await import(pathToFileURL(path).href) as ContentScriptModule;
  return { manifest: await module.contentScriptManifest(ctx, browser), entries: await module.contentScriptEntries(ctx, browser) };
}
