// SOGo (Alinto), AngularJS Material UI. Facts: UIxAppointmentEditorTemplate.wox of SOGo 5.8.0
// (Debian 12 package sogo 5.8.0-2+deb12u4) and Alinto/sogo ee2ebbb81 (2026-04-02); notes/sogo-e2e.md.
// The editor is an md-dialog holding form[name=eventForm]; fields carry ng-model attributes
// (generated ids and names change between renders). AngularJS hears input/change events.
// Every $mdDialog of the calendar, the editor's included, is appended to the body
// (`parent: angular.element(document.body)` in Scheduler/CalendarListController.js for a new
// event, ComponentController.js for an existing one, after its viewer dialog is hidden, and
// Mailer/MessageController.js for a mail turned into an event) in a
// `.md-dialog-container` (angular-material's own class, never localized): the lookups walk the
// body's few children instead of the whole calendar page (~0.1–0.3 ms a walk on a week view).
import type { EventEditor, WebmailAdapter } from '../adapter.ts';

const FORM = 'form[name="eventForm"]';
const DIALOG_CONTAINER = 'md-dialog-container';
const LOCATION = 'input[ng-model="editor.component.location"]';
const COMMENT = 'textarea[ng-model="editor.component.comment"]';
/** The editor's first section: location, description, attachment URLs. */
const SECTION = '.sg-form-section';
/** SOGo ≥ 2025-01 puts its own Jitsi link in an attachment URL (and the location). */
const ATTACH_URL = 'input[ng-model="attach.value"]';

/** The event forms of the open dialogs. */
function dialogForms(doc: Document): HTMLFormElement[] {
  const forms: HTMLFormElement[] = [];
  const children = doc.body?.children ?? [];
  for (let index = 0; index < children.length; index += 1) {
    const child = children[index]!;
    if (!child.classList.contains(DIALOG_CONTAINER)) continue;
    const form = child.querySelector<HTMLFormElement>(FORM);
    if (form) forms.push(form);
  }
  return forms;
}

export const sogoAdapter: WebmailAdapter = {
  kind: 'sogo',
  name: 'SOGo',
  hostedMatches: [],
  selfHostedPaths: ['/SOGo/*'],
  hooks: [`body > .${DIALOG_CONTAINER}`, FORM, SECTION, LOCATION, COMMENT, ATTACH_URL],
  present: (doc) => dialogForms(doc).length > 0,
  editorsOpenAsBodyChildren: true,
  findEditors(doc) {
    const editors: EventEditor[] = [];
    for (const form of dialogForms(doc)) {
      const location = form.querySelector<HTMLInputElement>(LOCATION);
      const comment = form.querySelector<HTMLTextAreaElement>(COMMENT);
      if (!location && !comment) continue;
      // Between the location row and the description: the description's md-input-container.
      const anchor = (comment?.closest('md-input-container') ?? location?.closest('md-input-container')) as Element;
      if (!anchor?.parentElement) continue;
      // SOGo's own Jitsi rooms are `<SOGoCalendarJitsiBaseUrl>/<SOGoCalendarJitsiRoomPrefix><uuid>`,
      // prefix `SOGo_meeting/` by default (Alinto/sogo commit 42c227bec, 2025-01).
      // In the section that holds the location and the description (UIxAppointmentEditorTemplate.wox),
      // not the whole form: its time and zone pickers make it ~4,000 elements, a walk of ~0.1 ms
      // right after AngularJS re-rendered them.
      const section = anchor.closest(SECTION) ?? form;
      const nativeMeetings = [...section.querySelectorAll<HTMLInputElement>(ATTACH_URL)]
        .map((input) => input.value.trim())
        .filter((url) => /^https:\/\/[^\s/]+\/.*SOGo_meeting/i.test(url))
        .map((url) => ({ url, provider: 'Jitsi' }));
      editors.push({
        root: form,
        location,
        description: comment ? { element: comment, format: 'text' } : null,
        mount: comment ? { parent: anchor.parentElement, before: anchor } : { parent: anchor.parentElement, before: anchor.nextSibling },
        nativeMeetings,
      });
    }
    return editors;
  },
};
