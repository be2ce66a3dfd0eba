// Builds the extension for the e2e profile (profiles/e2e-sogo.json: the local SOGo origin in
// `webmails`) into its own folder, so tests never clobber dist/. The build must itself put the
// SOGo content script into the manifest for that origin (scripts/build/content-scripts.ts): the
// e2e tests prove the package a user gets, so nothing is added here when it does not.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { sogoAdapter } from '../../../extension/content/webmail/adapters/sogo.ts';
import { originMatchPatterns } from '../../../extension/content/webmail/match-patterns.ts';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const E2E_PROFILE = join(ROOT, 'profiles/e2e-sogo.json');

export interface BuiltExtension {
  readonly chrome: string;
  readonly firefox: string;
}

/** The watcher in the manifest, the page script and the editor module it has injected. */
const NEEDED_FILES = ['content/webmail-sogo.js', 'content/webmail-sogo-page.js', 'content/webmail-editor.js'];

export async function buildE2eExtension(out = join(ROOT, 'dist-e2e')): Promise<BuiltExtension> {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--profile', E2E_PROFILE, '--out', out, '--quiet'], {
    cwd: ROOT, encoding: 'utf8', timeout: 300_000,
  });
  if (run.status !== 0) throw new Error(`build for the e2e profile failed: ${(run.stderr || run.stdout).slice(-1500)}`);
  const profile = JSON.parse(await readFile(E2E_PROFILE, 'utf8')) as { webmails?: Array<{ kind: string; origin: string }> };
  const origins = (profile.webmails ?? []).filter((webmail) => webmail.kind === 'sogo').map((webmail) => webmail.origin);
  for (const browser of ['chrome', 'firefox'] as const) {
    const dir = join(out, browser);
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as { content_scripts?: Array<{ matches: string[]; js: string[] }> };
    for (const file of NEEDED_FILES) {
      if (!existsSync(join(dir, file))) throw new Error(`the ${browser} build for the e2e profile has no ${file}`);
    }
    for (const origin of origins) {
      const wanted = originMatchPatterns(sogoAdapter, origin) ?? [];
      const covered = wanted.length > 0 && wanted.every((pattern) => (manifest.content_scripts ?? [])
        .some((entry) => entry.js.includes('content/webmail-sogo.js') && entry.matches.includes(pattern)));
      if (!covered) throw new Error(`the ${browser} build's manifest does not run the SOGo script on ${origin}, which the profile lists`);
    }
  }
  return { chrome: join(out, 'chrome'), firefox: join(out, 'firefox') };
}
