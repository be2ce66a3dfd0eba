// The content script BlueMind pages get at load: waits for an event editor, then asks for the page script (bluemind-page.ts).
import { bluemindAdapter } from '../adapters/bluemind.ts';
import { watchForEditor } from '../watch.ts';

watchForEditor(bluemindAdapter);
