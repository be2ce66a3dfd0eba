// Popup shell: the shared meeting panel on the extension host, then the upcoming meetings of the
// calendar feeds (loaded once the link is shown).
import { render } from 'preact';
import { pickLang, type Lang } from '../../shared/core/i18n/lang.ts';
import { HostContext } from '../../shared/ui/host-context.ts';
import { MeetingPanel } from '../../shared/ui/meeting/meeting-panel.tsx';
import { MeetingPanelSkeleton } from '../../shared/ui/meeting/panel-skeleton.tsx';
import { createExtensionHost } from '../platform/extension-host.ts';
import { loadLanguage } from '../platform/load-language.ts';
import { lastShownLang, rememberShownLang } from '../platform/ui-lang.ts';
import { LazySection } from './lazy-section.tsx';

async function upcoming(lang: Lang) {
  const [{ UpcomingMeetings }, { createCalendarPort }] = await Promise.all([
    import('../../shared/ui/upcoming/upcoming-meetings.tsx'), import('../background/calendar/page-port.ts'),
  ]);
  return <div class="panel"><UpcomingMeetings calendar={createCalendarPort()} lang={lang} /></div>;
}

// Drawn before the settings and policy are read (that read takes ~2 s on the first opening after the
// browser starts): never a blank popup. In the language the popup last showed, else the browser's;
// its words (a local chunk, nothing for French) come first so no other language flashes.
const firstLang = lastShownLang() ?? pickLang(navigator.languages);
await loadLanguage(firstLang, { invite: false });
render(<MeetingPanelSkeleton lang={firstLang} />, document.body);
const { host, state } = await createExtensionHost();
await loadLanguage(host.lang, { invite: false }); // the invitation's words load after the link (useAfterLink)
rememberShownLang(host.lang);
document.documentElement.lang = host.lang;
document.title = state.profile.appName;
render(<HostContext.Provider value={host}><MeetingPanel /><LazySection load={() => upcoming(host.lang)} /></HostContext.Provider>, document.body);
