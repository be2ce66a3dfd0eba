// `--profile FILE` for every `visio` command: read, parse and validate an organisation profile,
// or use the built-in default. A bad file is a bad argument: one line, exit code 2 (UsageError).
import { readFile } from 'node:fs/promises';
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

/** One option a command accepts: `--name VALUE` / `--name=VALUE` (string) or `--name` (boolean). */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
}

export type ParsedValues<T extends Readonly<Record<string, OptionSpec>>> = {
  -readonly [K in keyof T]?: T[K]['type'] extends 'string' ? string : boolean;
};

/** A word that is an option rather than a value: `--title`, `-h`; not `-5`, not `-` (standard input). */
function isOptionLike(word: string): boolean {
  return word.startsWith('--') || /^-[A-Za-z]/.test(word);
}

/**
 * The command's arguments read against its options, each mistake a UsageError (exit 2, one line)
 * that says what to do: `--title needs a value`. Our own reader rather than node:util parseArgs,
 * whose "argument is ambiguous" refuses `--duration -5` without saying what was expected.
 * A value may start with a dash (`--duration -5`, judged by the command, or `--duration=-5`).
 */
export function parseCommandArgs<T extends Readonly<Record<string, OptionSpec>>>(
  args: readonly string[],
  options: T,
  maxPositionals = 0,
): { values: ParsedValues<T>; positionals: string[] } {
  const values: Record<string, string | boolean> = {};
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const word = args[i] ?? '';
    if (word === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (!isOptionLike(word)) {
      positionals.push(word);
      continue;
    }
    const equals = word.indexOf('=');
    const name = word.slice(word.startsWith('--') ? 2 : 1, equals < 0 ? undefined : equals);
    const spec = Object.hasOwn(options, name) && word.startsWith('--') ? options[name] : undefined;
    const shown = word.slice(0, equals < 0 ? undefined : equals);
    if (spec === undefined) throw new UsageError(`unknown option ${shown}`);
    // A second --title would silently replace the first: say so rather than guess which was meant.
    if (Object.hasOwn(values, name)) throw new UsageError(`${shown} is given twice`);
    if (spec.type === 'boolean') {
      if (equals >= 0) throw new UsageError(`${shown} takes no value`);
      values[name] = true;
      continue;
    }
    let value: string;
    if (equals >= 0) {
      value = word.slice(equals + 1);
    } else {
      const next = args[i + 1];
      if (next === undefined || isOptionLike(next)) throw new UsageError(`${shown} needs a value`);
      value = next;
      i += 1;
    }
    values[name] = value;
  }
  if (positionals.length > maxPositionals) {
    throw new UsageError(`unexpected argument "${positionals[maxPositionals]}"`);
  }
  return { values: values as ParsedValues<T>, positionals };
}
