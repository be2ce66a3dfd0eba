// Popup shell: the shared meeting panel on the extension host.
import { render } from 'preact';
import { HostContext } from '../../shared/ui/host-context.ts';
import { MeetingPanel } from '../../shared/ui/meeting/meeting-panel.tsx';
import { createExtensionHost } from '../platform/extension-host.ts';

const { host, state } = await createExtensionHost();
document.documentElement.lang = host.lang;
document.title = state.profile.appName;
render(<HostContext.Provider value={host}><MeetingPanel /></HostContext.Provider>, document.body);
