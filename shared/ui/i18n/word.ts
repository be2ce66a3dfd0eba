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

export function wordMessage(lang: Lang, message: LocalizedMessage): string {
  if (isUiMessageKey(message.key)) return translate(uiMessages, lang, message.key, message.params);
  return formatCoreMessage(lang, message);
}
