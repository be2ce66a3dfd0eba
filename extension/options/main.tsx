// Options page shell: the shared settings form on the extension host.
import { render } from 'preact';
import { HostContext } from '../../shared/ui/host-context.ts';
import { OptionsForm } from '../../shared/ui/options/options-form.tsx';
import { createExtensionHost } from '../platform/extension-host.ts';
import { onProfileStateChange } from '../platform/profile-state.ts';
import { browserLanguages, uiLang } from '../platform/ui-lang.ts';
import { CalendarFeedsSection } from '../../shared/ui/options/calendar-feeds-section.tsx';
import { createCalendarPort } from '../background/calendar/page-port.ts';

const { host, state } = await createExtensionHost();
document.documentElement.lang = host.lang;
document.title = state.profile.productName;
render(<HostContext.Provider value={host}><OptionsForm /><div class="panel options"><CalendarFeedsSection calendar={createCalendarPort()} lang={host.lang} /></div></HostContext.Provider>, document.body);
// The page's words are picked once: choosing another language redraws the page in it.
onProfileStateChange((next) => { if (uiLang(next, browserLanguages()) !== host.lang) location.reload(); });
