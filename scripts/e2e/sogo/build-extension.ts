// Builds the extension for the e2e profile (profiles/e2e-sogo.json: the local SOGo origin in
// `webmails`) into its own folder, so tests never clobber dist/. When the extension build does
// not (yet) include the webmail content scripts, they are added here from
// scripts/build/content-scripts.ts, exactly as the extension build is meant to.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { validateProfile } from '../../../shared/core/profile/validate-profile.ts';
import { contentScriptDefines, contentScriptEntries, contentScriptManifest } from '../../build/content-scripts.ts';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const E2E_PROFILE = join(ROOT, 'profiles/e2e-sogo.json');

export interface BuiltExtension {
  readonly chrome: string;
  readonly firefox: string;
  /** True when this helper had to add the content scripts itself (extension build not merged yet). */
  readonly patched: boolean;
}

export async function buildE2eExtension(out = join(ROOT, 'dist-e2e')): Promise<BuiltExtension> {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--profile', E2E_PROFILE, '--out', out, '--quiet'], {
    cwd: ROOT, encoding: 'utf8', timeout: 300_000,
  });
  if (run.status !== 0) throw new Error(`build for the e2e profile failed: ${(run.stderr || run.stdout).slice(-1500)}`);
  const checked = validateProfile(JSON.parse(await readFile(E2E_PROFILE, 'utf8')));
  if (!checked.ok) throw new Error('profiles/e2e-sogo.json is invalid');
  const ctx = { root: ROOT, profile: checked.profile };
  let patched = false;
  for (const browser of ['chrome', 'firefox'] as const) {
    const dir = join(out, browser);
    const manifestPath = join(dir, 'manifest.json');
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Record<string, unknown>;
    const wanted = contentScriptManifest(ctx);
    const has = JSON.stringify(manifest.content_scripts ?? []).includes('content/webmail-sogo.js') && existsSync(join(dir, 'content/webmail-sogo.js'));
    if (has) continue;
    patched = true;
    await build({
      entryPoints: contentScriptEntries(ctx), outdir: dir, bundle: true, format: 'iife', minify: true,
      target: browser === 'chrome' ? 'chrome120' : 'firefox128', define: contentScriptDefines(ctx), logLevel: 'warning',
    });
    manifest.content_scripts = wanted.content_scripts;
    manifest.host_permissions = [...new Set([...(manifest.host_permissions as string[] | undefined ?? []), ...wanted.host_permissions])];
    await writeFile(manifestPath, JSON.stringify(manifest, null, 2));
  }
  return { chrome: join(out, 'chrome'), firefox: join(out, 'firefox'), patched };
}
