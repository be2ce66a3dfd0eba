import type { Lang } from '../i18n/lang.ts';

/**
 * The built-in invitation, one template per language, used when the organisation wrote none.
 * Wording follows Meet's own (notes/visio-meet.md §3.1, §5.4: "Rejoindre la réunion Visio",
 * "Ou appelez (audio uniquement)", "Code"). French puts a no-break space before `:` and `?`.
 * Lines whose placeholder is empty disappear (template.ts), so one text fits every profile.
 */
const NBSP = '\u00a0';

export const BUILT_IN_TEMPLATES: Readonly<Record<Lang, string>> = {
  fr: [
    `Rejoindre la réunion {appName}${NBSP}:`,
    '{url}',
    '',
    `Ou appelez (audio uniquement)${NBSP}: {phone}`,
    `Code${NBSP}: {pin}`,
    '',
    `Besoin d’aide pour rejoindre${NBSP}? {helpUrl}`,
    '',
    '{notice}',
  ].join('\n'),
  en: [
    'Join the {appName} meeting:',
    '{url}',
    '',
    'Or call (audio only): {phone}',
    'Code: {pin}',
    '',
    'Need help joining? {helpUrl}',
    '',
    '{notice}',
  ].join('\n'),
  de: [
    'An der {appName}-Besprechung teilnehmen:',
    '{url}',
    '',
    'Oder anrufen (nur Audio): {phone}',
    'Code: {pin}',
    '',
    'Hilfe zur Teilnahme: {helpUrl}',
    '',
    '{notice}',
  ].join('\n'),
  nl: [
    'Deelnemen aan de {appName}-vergadering:',
    '{url}',
    '',
    'Of bel (alleen audio): {phone}',
    'Code: {pin}',
    '',
    'Hulp bij deelnemen? {helpUrl}',
    '',
    '{notice}',
  ].join('\n'),
};
