// The content script Roundcube (Kolab calendar) pages get at load: waits for an event editor, then asks for the page script (roundcube-page.ts).
import { roundcubeAdapter } from '../adapters/roundcube.ts';
import { watchForEditor } from '../watch.ts';

watchForEditor(roundcubeAdapter);
