/// <reference types="office-js" />
// launchevent.js: one self-contained script (IIFE, no imports at run time) for the event runtime.
// Classic Outlook on Windows loads it alone in a JavaScript-only runtime; web, new Outlook and Mac
// load it from launchevent.html. No window, document, localStorage or Office.onReady here.
import { FUNCTION_NAMES } from '../manifest/addin-files.ts';
import type { MailboxContext, RoamingSettingsLike } from '../office/item-api.ts';
import { builtProfile } from '../settings/built-profile.ts';
import { onNewAppointmentOrganizer } from './auto-visio.ts';

function eventContext(): MailboxContext {
  const context = Office.context;
  return {
    displayLanguage: context.displayLanguage ?? 'fr-FR',
    roamingSettings: context.roamingSettings as unknown as RoamingSettingsLike,
    isSetSupported: (name, version) => context.requirements?.isSetSupported(name, version) ?? false,
  };
}

Office.actions.associate(FUNCTION_NAMES.onNewAppointment, (event: { completed(): void }) => {
  let context: MailboxContext;
  try {
    context = eventContext();
  } catch (error) {
    console.error('[visio] automatic Visio: Office context unavailable:', error);
    event.completed();
    return;
  }
  void onNewAppointmentOrganizer({ item: () => Office.context.mailbox.item, context, baseProfile: builtProfile() }, event);
});
