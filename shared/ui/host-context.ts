// Hands the host to every component without threading it through props (preact-devtools' store binding).
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Host } from './host.ts';
import { makeTranslator, type Translator } from './i18n/word.ts';

export const HostContext = createContext<Host | null>(null);

export function useHost(): Host {
  const host = useContext(HostContext);
  if (host === null) throw new Error('shared/ui component rendered outside <HostContext.Provider>');
  return host;
}

export function useT(): Translator {
  return makeTranslator(useHost().lang);
}
