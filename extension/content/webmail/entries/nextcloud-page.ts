// Nextcloud Calendar's page script: injected by the background when the watcher (nextcloud.ts) sees an event editor.
import { nextcloudAdapter } from '../adapters/nextcloud.ts';
import { bootWebmail } from '../boot.ts';

void bootWebmail(nextcloudAdapter);
