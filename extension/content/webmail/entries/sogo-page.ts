// SOGo's page script: injected by the background when the watcher (sogo.ts) sees an event editor.
import { sogoAdapter } from '../adapters/sogo.ts';
import { bootWebmail } from '../boot.ts';

void bootWebmail(sogoAdapter);
