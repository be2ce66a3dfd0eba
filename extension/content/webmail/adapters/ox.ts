// OX App Suite 7.10.x calendar editor. Facts: open-xchange/appsuite-frontend,
// ui/apps/io.ox/calendar/edit/extensions.js and io.ox/conference/extensions.js (read 2026-12
// through the code index; notes/webmail-extensions.md §3.7). Backbone mini-views listen to
// change/keyup. The editor is a floating window; fields carry `name` attributes.
import type { NativeMeeting, WebmailAdapter } from '../adapter.ts';

const LOCATION = 'input[name="location"]';
const DESCRIPTION = 'textarea[name="description"]';
const SUMMARY = 'input[name="summary"]';
/** OX's own conference select ("None / Zoom Meeting / Jitsi Meeting"). */
const CONFERENCE = 'select[name="conference-type"]';

export const oxAdapter: WebmailAdapter = {
  kind: 'ox',
  name: 'OX App Suite',
  hostedMatches: [],
  selfHostedPaths: ['/appsuite/*'],
  hooks: [SUMMARY, LOCATION, DESCRIPTION, CONFERENCE],
  findEditors(doc) {
    const editors = [];
    for (const summary of doc.querySelectorAll(SUMMARY)) {
      // The smallest ancestor holding the whole form: summary, location and description.
      let root: Element | null = summary.parentElement;
      while (root && !(root.querySelector(LOCATION) && root.querySelector(DESCRIPTION))) root = root.parentElement;
      if (!root) continue;
      const location = root.querySelector<HTMLInputElement>(LOCATION)!;
      const description = root.querySelector<HTMLTextAreaElement>(DESCRIPTION)!;
      const nativeMeetings: NativeMeeting[] = [];
      const conference = root.querySelector<HTMLSelectElement>(CONFERENCE);
      if (conference && conference.value && conference.value !== 'none') {
        // The conference view shows its join link next to the select once the room exists.
        const link = conference.parentElement?.parentElement?.querySelector<HTMLAnchorElement>('a[href^="https://"]');
        if (link) nativeMeetings.push({ url: link.href, provider: conference.value === 'zoom' ? 'Zoom' : conference.value === 'jitsi' ? 'Jitsi' : conference.value });
      }
      editors.push({
        root, location,
        description: { element: description, format: 'text' as const },
        mount: { parent: location.parentElement!, before: location.nextSibling },
        nativeMeetings,
      });
    }
    return editors;
  },
};
