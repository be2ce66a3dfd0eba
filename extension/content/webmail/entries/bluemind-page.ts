// BlueMind's page script: injected by the background when the watcher (bluemind.ts) sees an event editor.
import { bluemindAdapter } from '../adapters/bluemind.ts';
import { bootWebmail } from '../boot.ts';

void bootWebmail(bluemindAdapter);
