// Options page shell: the shared settings form on the extension host, then the organisation's
// webmails and the calendar feeds sections (loaded once the form is shown).
import { render } from 'preact';
import type { Lang } from '../../shared/core/i18n/lang.ts';
import type { WebmailOrigin } from '../../shared/core/profile/profile.ts';
import { HostContext } from '../../shared/ui/host-context.ts';
import { OptionsForm } from '../../shared/ui/options/options-form.tsx';
import { createExtensionHost } from '../platform/extension-host.ts';
import { loadLanguage } from '../platform/load-language.ts';
import { onProfileStateChange } from '../platform/profile-state.ts';
import { browserLanguages, uiLang } from '../platform/ui-lang.ts';
import { LazySection } from '../popup/lazy-section.tsx';

async function webmails(lang: Lang, organisation: readonly WebmailOrigin[]) {
  const [{ WebmailsSection }, { registrationMessages }] = await Promise.all([
    import('../../shared/ui/options/webmails-section.tsx'), import('../content/webmail/registration.ts'),
  ]);
  return <div class="panel options"><WebmailsSection lang={lang} organisation={organisation} errorMessages={registrationMessages} /></div>;
}

async function calendarFeeds(lang: Lang) {
  const [{ CalendarFeedsSection }, { createCalendarPort }] = await Promise.all([
    import('../../shared/ui/options/calendar-feeds-section.tsx'), import('../background/calendar/page-port.ts'),
  ]);
  return <div class="panel options"><CalendarFeedsSection calendar={createCalendarPort()} lang={lang} /></div>;
}

const { host, state } = await createExtensionHost();
await loadLanguage(host.lang); // the page's words: a local chunk, nothing to load for French
document.documentElement.lang = host.lang;
document.title = state.profile.productName;
render(<HostContext.Provider value={host}><OptionsForm />
  <LazySection load={() => webmails(host.lang, state.profile.webmails)} />
  <LazySection load={() => calendarFeeds(host.lang)} /></HostContext.Provider>, document.body);
// The page's words are picked once: choosing another language redraws the page in it.
onProfileStateChange((next) => { if (uiLang(next, browserLanguages()) !== host.lang) location.reload(); });
