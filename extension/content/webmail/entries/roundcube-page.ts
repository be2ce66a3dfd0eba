// Roundcube (Kolab calendar)'s page script: injected by the background when the watcher (roundcube.ts) sees an event editor.
import { roundcubeAdapter } from '../adapters/roundcube.ts';
import { bootWebmail } from '../boot.ts';

void bootWebmail(roundcubeAdapter);
