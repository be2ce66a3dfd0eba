// `npm run build [-- --profile file.json] [--out dist] [--quiet]`: every target for one organisation profile.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve, isAbsolute } from 'node:path';
import { parseScriptArgs } from './script-args.ts';
import { profileWarnings, validateProfile } from '../shared/core/profile/validate-profile.ts';
import { formatCoreMessage } from '../shared/core/i18n/core-messages.ts';
import type { BuildContext } from './build/context.ts';
import { buildExtension } from './build/extension.ts';
import { buildOutlookAddin } from './build/outlook.ts';
import { packageTargets } from './build/package.ts';

const root = resolve(import.meta.dirname, '..');
/** Marks a folder as ours, so a rebuild may empty it: `--out` pointing elsewhere must never delete anything. */
const BUILD_MARKER = '.visio-scheduler-build';

async function readProfileJson(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new Error(`Cannot read the profile ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new Error(`The profile ${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function prepareOutFolder(out: string): Promise<void> {
  const fromOut = relative(out, root);
  if (fromOut === '' || (!fromOut.startsWith('..') && !isAbsolute(fromOut))) {
    throw new Error(`Refusing to build into ${out}: it holds the project itself.`);
  }
  const entries = await readdir(out).catch(() => null);
  if (entries !== null && entries.length > 0 && !entries.includes(BUILD_MARKER)) {
    throw new Error(`Refusing to build into ${out}: it is not empty and was not made by a build (choose an empty or new folder).`);
  }
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  await writeFile(join(out, BUILD_MARKER), 'Made by npm run build; emptied by the next build.\n');
}

export async function build(options: { profilePath?: string; out?: string; quiet?: boolean } = {}): Promise<BuildContext> {
  const profilePath = resolve(options.profilePath ?? join(root, 'profiles/default.json'));
  const out = resolve(options.out ?? join(root, 'dist'));
  const raw = await readProfileJson(profilePath);
  const checked = validateProfile(raw);
  if (!checked.ok) {
    const lines = checked.errors.map((error) => `  - ${formatCoreMessage('en', error)}`);
    throw new Error(`Invalid profile ${profilePath}:\n${lines.join('\n')}`);
  }
  // Ids that must be the organisation's own (a copied add-in id collides in Outlook): said, not fatal.
  for (const warning of profileWarnings(checked.profile, raw)) console.warn(`Warning: ${formatCoreMessage('en', warning)}`);
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { version: string };
  const quiet = options.quiet ?? false;
  const ctx: BuildContext = { root, out, profile: checked.profile, version: pkg.version, quiet, log: (line) => { if (!quiet) console.log(line); } };

  await prepareOutFolder(out);
  await buildExtension(ctx, 'chrome');
  await buildExtension(ctx, 'firefox');
  await buildOutlookAddin(ctx);
  await packageTargets(ctx);
  return ctx;
}

// Run as a script (not imported by start.ts, bench.ts or tests).
if (process.argv[1] === import.meta.filename) {
  const values = parseScriptArgs(
    { profile: { type: 'string' }, out: { type: 'string' }, quiet: { type: 'boolean', default: false } },
    'npm run build -- [--profile file.json] [--out folder] [--quiet]',
  );
  try {
    const ctx = await build({ profilePath: values.profile, out: values.out, quiet: values.quiet });
    ctx.log(`Built ${ctx.profile.productName} ${ctx.version} into ${ctx.out}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
