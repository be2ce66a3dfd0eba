// The webmail content scripts' share of the extension build (issue 4): manifest entries from the
// adapter registry plus the profile's self-hosted webmails, and the esbuild entry points.
// scripts/build/extension.ts merges these into the manifest and its esbuild call.
import { join } from 'node:path';
import { WEBMAIL_KINDS } from '../../shared/core/profile/profile.ts';
import { contentScriptFile, WEBMAIL_ADAPTERS } from '../../extension/content/webmail/registry.ts';
import { originMatchPatterns, originPermission, patternHostPermission } from '../../extension/content/webmail/match-patterns.ts';
import { WEBMAIL_EDITOR_FILE, webmailPageFile } from '../../extension/content/webmail/editor-message.ts';
import type { BuildContext } from './context.ts';

export interface ContentScriptEntry {
  readonly matches: string[];
  readonly js: string[];
  readonly run_at: 'document_idle';
  readonly all_frames?: boolean;
}

export interface ContentScriptManifest {
  readonly content_scripts: ContentScriptEntry[];
  readonly host_permissions: string[];
  /** Any http(s) origin, asked for one at a time from the options page (user-added webmails). */
  readonly optional_host_permissions: string[];
}

export function contentScriptManifest(ctx: Pick<BuildContext, 'profile'>): ContentScriptManifest {
  const contentScripts: ContentScriptEntry[] = [];
  const hostPermissions = new Set<string>();
  for (const kind of WEBMAIL_KINDS) {
    const adapter = WEBMAIL_ADAPTERS[kind];
    if (!adapter) continue;
    const matches = new Set(adapter.hostedMatches);
    // The editor module is injected with scripting.executeScript, which needs the host itself (a
    // content-script match is not enough): the known hosted webmails get a standing permission.
    for (const pattern of adapter.hostedMatches) hostPermissions.add(patternHostPermission(pattern));
    for (const webmail of ctx.profile.webmails.filter((entry) => entry.kind === kind)) {
      const patterns = originMatchPatterns(adapter, webmail.origin);
      if (!patterns) throw new Error(`profile webmails: ${JSON.stringify(webmail.origin)} is not an http(s) origin`);
      for (const pattern of patterns) matches.add(pattern);
      hostPermissions.add(originPermission(webmail.origin)!);
    }
    if (matches.size === 0) continue;
    contentScripts.push({
      matches: [...matches], js: [contentScriptFile(kind)], run_at: 'document_idle',
      // Gmail's calendar side panel is calendar.google.com inside an iframe.
      ...(kind === 'google' ? { all_frames: true } : {}),
    });
  }
  return {
    content_scripts: contentScripts,
    host_permissions: [...hostPermissions],
    // Asked one origin at a time at run time. Plain http only on this machine (a local test
    // instance or feed), as the core refuses http: elsewhere.
    optional_host_permissions: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'],
  };
}

/**
 * esbuild entry name (= output path without `.js`) → source file: for every adapter the watcher
 * every page gets (entries/<kind>.ts) and the page script it has injected when an editor shows
 * (entries/<kind>-page.ts), and the editor module they share (editor-loader.ts).
 */
export function contentScriptEntries(ctx: Pick<BuildContext, 'root'>): Record<string, string> {
  const entries: Record<string, string> = {
    [WEBMAIL_EDITOR_FILE.replace(/\.js$/, '')]: join(ctx.root, 'extension/content/webmail/entries/editor.ts'),
  };
  for (const kind of WEBMAIL_KINDS) {
    if (!WEBMAIL_ADAPTERS[kind]) continue;
    entries[contentScriptFile(kind).replace(/\.js$/, '')] = join(ctx.root, `extension/content/webmail/entries/${kind}.ts`);
    entries[webmailPageFile(kind).replace(/\.js$/, '')] = join(ctx.root, `extension/content/webmail/entries/${kind}-page.ts`);
  }
  return entries;
}

/**
 * esbuild `define`s the content scripts need: the built profile (built-profile.ts). Content
 * scripts are classic scripts: bundle them as `iife`, not `esm`.
 */
export function contentScriptDefines(ctx: Pick<BuildContext, 'profile'>): Record<string, string> {
  return { __VISIO_PROFILE__: JSON.stringify(ctx.profile) };
}
