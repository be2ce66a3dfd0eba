// The content script OX App Suite pages get at load: waits for an event editor, then asks for the page script (ox-page.ts).
import { oxAdapter } from '../adapters/ox.ts';
import { watchForEditor } from '../watch.ts';

watchForEditor(oxAdapter);
