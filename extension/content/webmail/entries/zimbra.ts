// The content script Zimbra (Classic and Modern) pages get at load: waits for an event editor, then asks for the page script (zimbra-page.ts).
import { zimbraAdapter } from '../adapters/zimbra.ts';
import { watchForEditor } from '../watch.ts';

watchForEditor(zimbraAdapter);
