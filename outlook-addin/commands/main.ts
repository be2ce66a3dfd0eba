/// <reference types="office-js" />
// commands.html's script: registers the ribbon functions named in the manifest. Loaded after
// office.js; Office.actions.associate runs at top level so the functions exist as soon as Outlook asks.
import { FUNCTION_NAMES } from '../manifest/addin-files.ts';
import { officeItem, officeMailboxContext } from '../office/office-context.ts';
import type { CommandEvent } from '../office/item-api.ts';
import { builtProfile } from '../settings/built-profile.ts';
import { resolveAddinState } from '../settings/addin-state.ts';
import { insertVisioInvitation, insertVisioMeeting, joinVisioMeeting, type CommandHost } from './handlers.ts';

function host(): CommandHost {
  const context = officeMailboxContext();
  const state = resolveAddinState(builtProfile(), context);
  return { item: officeItem, context, profile: state.profile, lang: state.lang };
}

/** A command must complete even when building its host throws (Office not ready, bad settings). */
function command(handler: (host: CommandHost, event: CommandEvent) => Promise<void>) {
  return (event: CommandEvent) => {
    let built: CommandHost;
    try {
      built = host();
    } catch (error) {
      console.error('[visio] cannot start command:', error);
      event.completed();
      return;
    }
    void handler(built, event);
  };
}

Office.onReady(() => undefined);
Office.actions.associate(FUNCTION_NAMES.insertMeeting, command(insertVisioMeeting));
Office.actions.associate(FUNCTION_NAMES.insertInvitation, command(insertVisioInvitation));
Office.actions.associate(FUNCTION_NAMES.joinMeeting, command(joinVisioMeeting));
