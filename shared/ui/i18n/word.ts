// Turns message keys into words: the UI's own table first, then the core's (its errors are
// LocalizedMessages with keys the UI does not know).
import type { Lang } from '../../core/i18n/lang.ts';
import { translate, type LocalizedMessage, type MessageParams } from '../../core/i18n/translate.ts';
import { formatCoreMessage } from '../../core/i18n/core-messages.ts';
import { isUiMessageKey, uiMessages, type UiMessageKey } from './ui-messages.ts';

export type Translator = (key: UiMessageKey, params?: MessageParams) => string;

export function makeTranslator(lang: Lang): Translator {
  return (key, params) => translate(uiMessages, lang, key, params);
}

/** Longest value a message echoes: a 3000-character host pasted by mistake must not fill the screen. */
export const ECHO_MAX = 60;

function shortened(params: MessageParams | undefined): MessageParams | undefined {
  if (!params) return params;
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    out[name] = typeof value === 'string' && value.length > ECHO_MAX ? `${value.slice(0, ECHO_MAX)}…` : value;
  }
  return out;
}

/** Words an error or notice that carries user or network values (core errors, check results). */
export function wordMessage(lang: Lang, message: LocalizedMessage): string {
  const params = shortened(message.params);
  if (isUiMessageKey(message.key)) return translate(uiMessages, lang, message.key, params);
  return formatCoreMessage(lang, { ...message, params });
}
