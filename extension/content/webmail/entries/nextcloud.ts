// The content script Nextcloud Calendar pages get at load: waits for an event editor, then asks for the page script (nextcloud-page.ts).
import { nextcloudAdapter } from '../adapters/nextcloud.ts';
import { watchForEditor } from '../watch.ts';

watchForEditor(nextcloudAdapter);
