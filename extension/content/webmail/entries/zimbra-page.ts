// Zimbra (Classic and Modern)'s page script: injected by the background when the watcher (zimbra.ts) sees an event editor.
import { zimbraAdapter } from '../adapters/zimbra.ts';
import { bootWebmail } from '../boot.ts';

void bootWebmail(zimbraAdapter);
