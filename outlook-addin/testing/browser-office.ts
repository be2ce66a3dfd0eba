// A fake `Office` global for loading the built task pane in a real browser (axe-core test): the
// same fake mailbox as the unit tests, shaped like office.js' globals. Bundled by the test itself.
import { PLAIN_CLIENT } from './client-quirks.ts';
import { FakeAppointment, FakeMailboxContext, FakeRoamingSettings } from './fake-mailbox.ts';

interface FakeOfficeOptions {
  readonly displayLanguage: string;
  readonly body: string;
  readonly location: string;
}

declare global {
  interface Window {
    __fakeOfficeOptions?: FakeOfficeOptions;
    __fakeItem?: FakeAppointment;
    __fakeContext?: FakeMailboxContext;
  }
}

const options: FakeOfficeOptions = window.__fakeOfficeOptions ?? { displayLanguage: 'fr-FR', body: '<p>Bonjour</p>', location: 'Salle 4.12' };
const item = new FakeAppointment(PLAIN_CLIENT, { body: options.body, location: options.location, rooms: [options.location] });
const context = new FakeMailboxContext(PLAIN_CLIENT, new FakeRoamingSettings(), options.displayLanguage);
window.__fakeItem = item;
window.__fakeContext = context;

(window as unknown as { Office: unknown }).Office = {
  onReady: (callback?: () => void) => {
    setTimeout(() => callback?.(), 0);
    return Promise.resolve({ host: 'Outlook', platform: 'OfficeOnline' });
  },
  actions: { associate: () => undefined },
  context: {
    displayLanguage: context.displayLanguage,
    roamingSettings: context.roamingSettings,
    requirements: { isSetSupported: (name: string, version: string) => context.isSetSupported(name, version) },
    ui: { openBrowserWindow: (url: string) => context.openBrowserWindow?.(url) },
    mailbox: { item },
  },
};
