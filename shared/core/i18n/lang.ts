/** The UI languages, French first: it is the product's first language and the fallback. */
export const LANGS = ['fr', 'en', 'de', 'nl'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/**
 * Picks the first supported language from BCP 47 tags in preference order
 * (`navigator.languages`, `Office.context.displayLanguage`, …): `de-AT` → `de`.
 * Falls back to the first allowed language, French unless the organisation says otherwise.
 */
export function pickLang(
  tags: readonly string[] | string | null | undefined,
  allowed: readonly Lang[] = LANGS,
): Lang {
  const list = typeof tags === 'string' ? [tags] : (tags ?? []);
  for (const tag of list) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (isLang(primary) && allowed.includes(primary)) return primary;
  }
  return allowed[0] ?? 'fr';
}
