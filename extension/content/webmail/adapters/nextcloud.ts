// Nextcloud Calendar (Vue). Facts: nextcloud/calendar src/router.js (edit/new popover and sidebar
// routes), Editor/Properties PropertyTextLocation.vue (class property-text-location, textarea
// with @input) and PropertyText.vue (class property-text), read 2026-12 through the code index;
// notes/webmail-extensions.md §3.8. Vue's v-model/@input hears the input event.
// Talk's "Add Talk conversation" writes `<origin>[/index.php]/call/<token>` into location or
// description: that counts as an existing meeting (Join, no second link).
import type { NativeMeeting, WebmailAdapter } from '../adapter.ts';

const ROOTS = '.event-popover, .app-sidebar';
const LOCATION = '.property-text-location textarea';
const TEXT = '.property-text textarea';
const TALK = /https?:\/\/[^\s/]+(?:\/[^\s/]+)*?\/call\/[a-z0-9]{4,}/i;

export const nextcloudAdapter: WebmailAdapter = {
  kind: 'nextcloud',
  name: 'Nextcloud Calendar',
  hostedMatches: [],
  selfHostedPaths: ['/apps/calendar/*', '/index.php/apps/calendar/*'],
  hooks: [ROOTS, LOCATION, TEXT],
  findEditors(doc) {
    const editors = [];
    for (const root of doc.querySelectorAll(ROOTS)) {
      const location = root.querySelector<HTMLTextAreaElement>(LOCATION);
      const texts = [...root.querySelectorAll<HTMLTextAreaElement>(TEXT)].filter((area) => area !== location);
      const description = texts[texts.length - 1] ?? null; // the description is the last text property
      if (!location && !description) continue;
      const anchor = (location ?? description)!.closest('.property-text-location, .property-text') ?? (location ?? description)!;
      const nativeMeetings: NativeMeeting[] = [];
      for (const field of [location, description]) {
        const talk = field ? TALK.exec(field.value) : null;
        if (talk) nativeMeetings.push({ url: talk[0], provider: 'Nextcloud Talk' });
      }
      editors.push({
        root, location,
        description: description ? { element: description, format: 'text' as const } : null,
        mount: { parent: anchor.parentElement!, before: anchor.nextSibling },
        nativeMeetings,
      });
    }
    return editors;
  },
};
