// Google Calendar's page script: injected by the background when the watcher (google.ts) sees an event editor.
import { googleAdapter } from '../adapters/google.ts';
import { bootWebmail } from '../boot.ts';

void bootWebmail(googleAdapter);
