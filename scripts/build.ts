// `npm run build [-- --profile file.json] [--out dist] [--quiet]`: every target for one organisation profile.
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { validateProfile } from '../shared/core/profile/validate-profile.ts';
import { formatCoreMessage } from '../shared/core/i18n/core-messages.ts';
import type { BuildContext } from './build/context.ts';
import { buildExtension } from './build/extension.ts';
import { buildOutlookAddin } from './build/outlook.ts';
import { packageTargets } from './build/package.ts';

const root = resolve(import.meta.dirname, '..');

export async function build(options: { profilePath?: string; out?: string; quiet?: boolean } = {}): Promise<BuildContext> {
  const profilePath = resolve(options.profilePath ?? join(root, 'profiles/default.json'));
  const out = resolve(options.out ?? join(root, 'dist'));
  const raw = JSON.parse(await readFile(profilePath, 'utf8')) as unknown;
  const checked = validateProfile(raw);
  if (!checked.ok) {
    const lines = checked.errors.map((error) => `  - ${formatCoreMessage('en', error)}`);
    throw new Error(`Invalid profile ${profilePath}:\n${lines.join('\n')}`);
  }
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { version: string };
  const quiet = options.quiet ?? false;
  const ctx: BuildContext = { root, out, profile: checked.profile, version: pkg.version, quiet, log: (line) => { if (!quiet) console.log(line); } };

  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  await buildExtension(ctx, 'chrome');
  await buildExtension(ctx, 'firefox');
  await buildOutlookAddin(ctx);
  await packageTargets(ctx);
  return ctx;
}

// Run as a script (not imported by start.ts, bench.ts or tests).
if (process.argv[1] === import.meta.filename) {
  const { values } = parseArgs({
    options: { profile: { type: 'string' }, out: { type: 'string' }, quiet: { type: 'boolean', default: false } },
  });
  try {
    const ctx = await build({ profilePath: values.profile, out: values.out, quiet: values.quiet });
    ctx.log(`Built ${ctx.profile.productName} ${ctx.version} into ${ctx.out}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
