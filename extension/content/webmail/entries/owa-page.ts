// Outlook on the web's page script: injected by the background when the watcher (owa.ts) sees an event editor.
import { owaAdapter } from '../adapters/owa.ts';
import { bootWebmail } from '../boot.ts';

void bootWebmail(owaAdapter);
