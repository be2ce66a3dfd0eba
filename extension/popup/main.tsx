// Popup shell: the shared meeting panel on the extension host.
import { render } from 'preact';
import { HostContext } from '../../shared/ui/host-context.ts';
import { MeetingPanel } from '../../shared/ui/meeting/meeting-panel.tsx';
import { createExtensionHost } from '../platform/extension-host.ts';
import { UpcomingMeetings } from '../../shared/ui/upcoming/upcoming-meetings.tsx';
import { createCalendarPort } from '../background/calendar/page-port.ts';

const { host, state } = await createExtensionHost();
document.documentElement.lang = host.lang;
document.title = state.profile.appName;
render(<HostContext.Provider value={host}><MeetingPanel /><div class="panel"><UpcomingMeetings calendar={createCalendarPort()} lang={host.lang} /></div></HostContext.Provider>, document.body);
