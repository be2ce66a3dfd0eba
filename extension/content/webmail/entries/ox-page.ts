// OX App Suite's page script: injected by the background when the watcher (ox.ts) sees an event editor.
import { oxAdapter } from '../adapters/ox.ts';
import { bootWebmail } from '../boot.ts';

void bootWebmail(oxAdapter);
