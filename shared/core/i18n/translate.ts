import type { Lang } from './lang.ts';

/** A message table: every language has every key, so a missing translation is a type error. */
export type Messages<K extends string> = Readonly<Record<Lang, Readonly<Record<K, string>>>>;
export type MessageParams = Readonly<Record<string, string | number>>;

/** A message not yet put into words: core code returns these, each UI words them in its user's language. */
export interface LocalizedMessage<K extends string = string> {
  readonly key: K;
  readonly params?: MessageParams;
}

/**
 * Fills `{name}` placeholders; an unknown placeholder stays visible rather than vanishing.
 * ES2017 only (no Object.hasOwn): this also runs in classic Outlook's JavaScript-only event runtime.
 */
export function translate<K extends string>(
  table: Messages<K>,
  lang: Lang,
  key: K,
  params: MessageParams = {},
): string {
  const text = table[lang][key] ?? table.fr[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}
