// The content script Outlook on the web pages get at load: waits for an event editor, then asks for the page script (owa-page.ts).
import { owaAdapter } from '../adapters/owa.ts';
import { watchForEditor } from '../watch.ts';

watchForEditor(owaAdapter);
