import { useEffect, useState } from 'preact/hooks';
import { HostContext } from '../../shared/ui/host-context.ts';
import { OptionsForm } from '../../shared/ui/options/options-form.tsx';
import { sayPane } from '../i18n/pane-messages.ts';
import { ItemView } from './item-view.tsx';
import { loadWords } from './load-words.ts';
import type { OfficeHost } from './office-host.ts';

/** Two views, one <main> at a time: the meeting, or the shared settings form. */
export function TaskpaneApp({ host }: { host: OfficeHost }) {
  const [view, setView] = useState<'item' | 'settings'>('item');
  const [lang, setLang] = useState(host.lang);
  // A language saved in the settings applies to the whole pane (and its <html lang>) at once.
  // Its words may first have to load (load-words.ts).
  useEffect(() => host.onProfileChange(() => {
    const next = host.lang;
    void loadWords(next).then(() => {
      setLang(next);
      document.documentElement.lang = next;
    });
  }), [host]);
  const appName = host.addinState.profile.appName;
  return (
    <HostContext.Provider value={host} key={lang}>
      {view === 'item'
        ? <ItemView host={host} onSettings={() => setView('settings')} />
        : (
          <>
            <nav class="pane-nav" aria-label={appName}>
              <button type="button" class="link-button" data-visio-action="back" onClick={() => setView('item')}>
                {sayPane(host.lang, 'paneBack', { appName })}
              </button>
            </nav>
            <OptionsForm />
          </>
        )}
    </HostContext.Provider>
  );
}
