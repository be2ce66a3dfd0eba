// Options page shell: the shared settings form on the extension host.
import { render } from 'preact';
import { HostContext } from '../../shared/ui/host-context.ts';
import { OptionsForm } from '../../shared/ui/options/options-form.tsx';
import { createExtensionHost } from '../platform/extension-host.ts';

const { host, state } = await createExtensionHost();
document.documentElement.lang = host.lang;
document.title = state.profile.productName;
render(<HostContext.Provider value={host}><OptionsForm /></HostContext.Provider>, document.body);
