// Outlook on the web: outlook.office.com, outlook.office365.com, outlook.live.com and on-premises
// Exchange `/owa/`. Facts: notes/webmail-extensions.md §3.2 (toggl/track-extension outlook.js,
// jidesha, an OWA logging extension; 2016–2026): class names are hashed and rot within months;
// the event body is a contenteditable `[role=textbox]` (a rich editor); the location is a
// combobox input. The primary hook is the body's role + contenteditable inside the calendar
// route; the location combobox is told apart from the attendee picker by its accessible name,
// a secondary hint only (fr/en/de/nl), so an unknown language still gets the description.
// Meet's own Outlook add-in is the recommended route for OWA; this adapter is the fallback.
import type { WebmailAdapter } from '../adapter.ts';

const BODY = 'div[role="textbox"][contenteditable="true"]';
const COMBOBOX = 'input[role="combobox"]';
const LOCATION_NAMES = /^(?:add a location|location|search for a room or location|ajouter un lieu|lieu|emplacement|ort hinzufügen|ort|locatie toevoegen|locatie)\b/i;
const CALENDAR_ROUTE = /\/calendar\b|[#?&]path=\/calendar/;

export const owaAdapter: WebmailAdapter = {
  kind: 'owa',
  name: 'Outlook on the web',
  hostedMatches: ['https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*'],
  selfHostedPaths: ['/owa/*'],
  hooks: [BODY, COMBOBOX],
  findEditors(doc) {
    if (!CALENDAR_ROUTE.test(doc.location?.href ?? '')) return [];
    const editors = [];
    for (const body of doc.querySelectorAll<HTMLElement>(BODY)) {
      const root = body.closest('[role="dialog"], [role="main"], form') ?? body.parentElement!;
      const location = [...root.querySelectorAll<HTMLInputElement>(COMBOBOX)]
        .find((input) => LOCATION_NAMES.test(input.getAttribute('aria-label') ?? input.placeholder ?? '')) ?? null;
      editors.push({
        root, location,
        description: { element: body, format: 'html' as const },
        mount: { parent: body.parentElement!, before: body },
        plainWrite: 'insertText' as const,
      });
    }
    return editors;
  },
};
