// BlueMind calendar (Closure library). Facts: net.bluemind.calendar.vevent.ui.Form
// (mdhender/bluemindfork mirror, read 2026-12 through the code index): ids bm-ui-form-title,
// bm-ui-form-location (goog InputHandler: hears input), bm-ui-form-url, and the description as a
// bluemind.ui.Editor (goog.editor.Field) on bm-ui-form-description, a rich editor whose
// DELAYEDCHANGE follows DOM edits. BlueMind ≥ 4.5 has its own visio button (notes §3.6): its link
// lands in the event's text, where it is detected like any other (Join, no second link).
import type { WebmailAdapter } from '../adapter.ts';
import { descriptionField } from './editable.ts';

const TITLE = '#bm-ui-form-title';
const LOCATION = '#bm-ui-form-location';
const DESCRIPTION = '#bm-ui-form-description';
const URL_FIELD = '#bm-ui-form-url';

export const bluemindAdapter: WebmailAdapter = {
  kind: 'bluemind',
  name: 'BlueMind',
  hostedMatches: [],
  selfHostedPaths: ['/cal/*'],
  hooks: [TITLE, LOCATION, DESCRIPTION, URL_FIELD],
  present: (doc) => doc.getElementById('bm-ui-form-location') !== null,
  findEditors(doc) {
    const location = doc.querySelector<HTMLInputElement>(LOCATION);
    const title = doc.querySelector(TITLE);
    if (!location || !title) return [];
    const url = doc.querySelector<HTMLInputElement>(URL_FIELD)?.value.trim() ?? '';
    return [{
      root: location.form ?? location.parentElement!.parentElement ?? location.parentElement!,
      location,
      description: descriptionField(doc.querySelector(DESCRIPTION)),
      mount: { parent: location.parentElement!, before: location.nextSibling },
      nativeMeetings: /^https:\/\/\S+$/.test(url) && /visio|video|meet|jitsi|teams|zoom/i.test(url) ? [{ url, provider: 'BlueMind' }] : [],
    }];
  },
};
