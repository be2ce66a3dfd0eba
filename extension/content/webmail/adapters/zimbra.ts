// Zimbra, Classic (Ajax) and Modern (Preact) UIs, one adapter.
// Classic facts: Zimbra/zm-web-client WebRoot/templates/calendar/Appointment.template (read
// 2026-12 through the code index; notes/webmail-extensions.md §3.3): the appointment view's id
// `${id}` prefixes its cells `${id}_subject`, `${id}_location`, `${id}_notes`; notes are a
// ZmHtmlEditor: a textarea in text mode, a same-origin TinyMCE iframe in HTML mode.
// Modern facts: the editor route `…/calendar/event/(new|edit)…` (zimlet sources, same notes).
// Its field markup is not public: the Modern hooks below (`name` attributes) are ASSUMED and
// must be checked on a live Zimbra Modern before relying on them (docs/webmails.md says so).
import type { EventEditor, WebmailAdapter } from '../adapter.ts';
import { descriptionField } from './editable.ts';

const CLASSIC_NOTES = '[id$="_notes"]';
const MODERN_ROUTE = /\/calendar\/event\/(?:new|edit)/;
const MODERN_LOCATION = 'input[name="location"]';
const MODERN_NOTES = 'textarea[name="notes"], [name="notes"][contenteditable="true"]';

function classicEditors(doc: Document): EventEditor[] {
  const editors: EventEditor[] = [];
  for (const notes of doc.querySelectorAll(CLASSIC_NOTES)) {
    const prefix = notes.id.slice(0, -'_notes'.length);
    const subject = doc.getElementById(`${prefix}_subject`);
    const locationCell = doc.getElementById(`${prefix}_location`);
    if (!subject || !locationCell) continue;
    const location = (locationCell.tagName === 'INPUT' ? locationCell : locationCell.querySelector('input')) as HTMLInputElement | null;
    const anchor = location ?? locationCell;
    editors.push({
      root: notes.parentElement?.closest(`[id="${prefix}"]`) ?? subject.closest('table') ?? notes.parentElement!,
      location,
      description: descriptionField(notes),
      mount: { parent: anchor.parentElement!, before: anchor.nextSibling },
    });
  }
  return editors;
}

function modernEditors(doc: Document): EventEditor[] {
  if (!MODERN_ROUTE.test(doc.location?.pathname ?? '')) return [];
  const location = doc.querySelector<HTMLInputElement>(MODERN_LOCATION);
  const description = descriptionField(doc.querySelector(MODERN_NOTES));
  if (!location && !description) return [];
  const anchor = (location ?? description!.element) as Element;
  return [{
    root: anchor.closest('form') ?? anchor.parentElement!.parentElement ?? anchor.parentElement!,
    location,
    description,
    mount: { parent: anchor.parentElement!, before: anchor.nextSibling },
  }];
}

export const zimbraAdapter: WebmailAdapter = {
  kind: 'zimbra',
  name: 'Zimbra (Classic and Modern)',
  hostedMatches: [],
  selfHostedPaths: ['/*'],
  hooks: [CLASSIC_NOTES, '[id$="_subject"]', '[id$="_location"]', MODERN_LOCATION, MODERN_NOTES],
  findEditors(doc) {
    const classic = classicEditors(doc);
    return classic.length > 0 ? classic : modernEditors(doc);
  },
};
