// `--profile FILE` for every `visio` command: read, parse and validate an organisation profile,
// or use the built-in default. A bad file is a bad argument: one line, exit code 2 (UsageError).
import { readFile } from 'node:fs/promises';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { formatCoreMessage } from '../core/i18n/core-messages.ts';
import { LANGS, type Lang } from '../core/i18n/lang.ts';
import { DEFAULT_PROFILE } from '../core/profile/default-profile.ts';
import type { Profile } from '../core/profile/profile.ts';
import { validateProfile } from '../core/profile/validate-profile.ts';
import { UsageError } from './command.ts';

/** Spread into a parseArgs `options` object: `{ ...PROFILE_OPTION, lang: {...} }`. */
export const PROFILE_OPTION = { profile: { type: 'string' } } as const;

/**
 * The language of the command line's own messages: LC_ALL, LC_MESSAGES or LANG when they name one
 * of ours (`fr_FR.UTF-8` → fr), else English like the rest of the CLI's usage lines.
 */
export function cliLang(env: Readonly<Record<string, string | undefined>> = process.env): Lang {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const primary = env[name]?.toLowerCase().split(/[-_.@]/)[0];
    if (primary !== undefined && primary !== '') {
      return (LANGS as readonly string[]).includes(primary) ? (primary as Lang) : 'en';
    }
  }
  return 'en';
}

/** The profile named by `--profile`, validated; the default profile when `path` is undefined. */
export async function loadProfile(path: string | undefined, lang: Lang = cliLang()): Promise<Profile> {
  if (path === undefined) return DEFAULT_PROFILE;
  if (path === '') throw new UsageError('--profile needs a file name');
  let source: string;
  try {
    source = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new UsageError(`cannot read profile ${path}${code === '' ? '' : ` (${code})`}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(source);
  } catch (error) {
    throw new UsageError(`profile ${path} is not valid JSON: ${(error as Error).message}`);
  }
  const checked = validateProfile(raw);
  if (!checked.ok) {
    throw new UsageError(`invalid profile ${path}: ${checked.errors.map((e) => formatCoreMessage(lang, e)).join(' | ')}`);
  }
  return checked.profile;
}

/**
 * node:util parseArgs with its errors turned into UsageError (exit 2, one line), `strict` on so an
 * unknown option or a missing value is reported rather than ignored.
 */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(
  args: readonly string[],
  options: T,
  maxPositionals = 0,
) {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options, strict: true, allowPositionals: maxPositionals > 0 });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0] ?? 'bad arguments');
  }
  if (parsed.positionals.length > maxPositionals) {
    throw new UsageError(`unexpected argument "${parsed.positionals[maxPositionals]}"`);
  }
  return parsed;
}
