// The content script Google Calendar pages get at load: waits for an event editor, then asks for the page script (google-page.ts).
import { googleAdapter } from '../adapters/google.ts';
import { watchForEditor } from '../watch.ts';

watchForEditor(googleAdapter);
