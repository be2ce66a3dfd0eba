// OnNewAppointmentOrganizer: automatic Visio on new meetings, when the user or the organisation
// turned it on. Runs in classic Outlook's JavaScript-only runtime too: no DOM, no localStorage, no
// Office.onReady (event-based-activation.md), so nothing here (or below) may touch them.
import { findMeetingLinks, profileInstances } from '../../shared/core/meeting/detect.ts';
import type { Meeting } from '../../shared/core/meeting/room.ts';
import type { Profile } from '../../shared/core/profile/profile.ts';
import { isComposeAppointment } from '../office/item-kind.ts';
import { runCommand, type Notice } from '../commands/run-command.ts';
import type { CommandEvent, MailboxContext } from '../office/item-api.ts';
import { addMeetingToItem } from '../meeting/item-meeting.ts';
import { resolveAddinState } from '../settings/addin-state.ts';

export interface EventHost {
  item(): unknown;
  readonly context: MailboxContext;
  readonly baseProfile: Profile;
  readonly makeMeeting?: () => Meeting;
  readonly timeoutMs?: number;
}

/**
 * Whether automatic Visio must leave this body alone: it already has a Visio link (ours, the
 * official Meet add-in's, or pasted), or a Teams block while the organisation asks not to mix them.
 */
export function shouldSkip(profile: Profile, body: string): boolean {
  const links = findMeetingLinks(body, profileInstances(profile));
  if (links.some((link) => link.provider === 'visio')) return true;
  return profile.outlook.skipTeamsMeetings && links.some((link) => link.provider === 'teams');
}

export function onNewAppointmentOrganizer(host: EventHost, event: CommandEvent): Promise<void> {
  const item = host.item();
  let state: ReturnType<typeof resolveAddinState> | null = null;
  try {
    state = resolveAddinState(host.baseProfile, host.context);
  } catch (error) {
    console.error('[visio] automatic Visio: cannot read settings:', error);
  }
  if (state === null || !state.autoVisio || state.policyErrors.length > 0 || !isComposeAppointment(item)) {
    event.completed();
    return Promise.resolve();
  }
  const { profile, lang } = state;
  const notifications = item.notificationMessages;
  return runCommand({ event, notifications, lang, appName: profile.appName, timeoutMs: host.timeoutMs }, async (): Promise<Notice | null> => {
    const outcome = await addMeetingToItem(item, {
      profile, lang, makeMeeting: host.makeMeeting,
      useEnhancedLocation: Boolean(item.enhancedLocation) && host.context.isSetSupported('Mailbox', '1.8'),
    }, { skip: (body) => shouldSkip(profile, body) });
    return outcome.status === 'added' ? { kind: 'info', key: 'addedAutomatically' } : null;
  });
}
