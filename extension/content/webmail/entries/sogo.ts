// The content script SOGo pages get at load: waits for an event editor, then asks for the page script (sogo-page.ts).
import { sogoAdapter } from '../adapters/sogo.ts';
import { watchForEditor } from '../watch.ts';

watchForEditor(sogoAdapter);
