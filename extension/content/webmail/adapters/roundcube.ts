// Roundcube with Kolab's calendar plugin (and forks such as Bnum/Mél). Facts: kolab calendar
// plugin, skins/elastic/templates/eventedit.html (kolab-roundcube-plugins-mirror/calendar, read
// 2026-12 through the code index; notes/webmail-extensions.md §3.4). Human-chosen stable ids;
// the #eventedit dialog stays in the page and is shown/hidden, so it is always "open" here.
// jQuery reads .val(): a value set with input/change events is what Save sends.
import type { EventEditor, WebmailAdapter } from '../adapter.ts';

const DIALOG = '#eventedit';
const LOCATION = '#edit-location';
const DESCRIPTION = '#edit-description';

export const roundcubeAdapter: WebmailAdapter = {
  kind: 'roundcube',
  name: 'Roundcube (Kolab calendar)',
  hostedMatches: [],
  // Roundcube lives at any path; the calendar is `?_task=calendar` (queries are not matchable).
  selfHostedPaths: ['/*'],
  hooks: [DIALOG, LOCATION, DESCRIPTION],
  present: (doc) => doc.getElementById('eventedit') !== null,
  findEditors(doc) {
    const dialog = doc.querySelector(DIALOG);
    if (!dialog) return [];
    const location = dialog.querySelector<HTMLInputElement>(LOCATION);
    const description = dialog.querySelector<HTMLTextAreaElement>(DESCRIPTION);
    const anchor = location ?? description;
    if (!anchor?.parentElement) return [];
    const editor: EventEditor = {
      root: dialog,
      location,
      description: description ? { element: description, format: 'text' } : null,
      // Right under the location input, inside its form row.
      mount: { parent: anchor.parentElement, before: anchor.nextSibling },
    };
    return [editor];
  },
};
