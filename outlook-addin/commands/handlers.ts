// The ribbon commands, written against the typed Office subset so the fake mailbox can drive them.
import { findMeetingLinks, profileInstances } from '../../shared/core/meeting/detect.ts';
import { newMeeting, type Meeting } from '../../shared/core/meeting/room.ts';
import { renderInvite } from '../../shared/core/invite/render.ts';
import type { Lang } from '../../shared/core/i18n/lang.ts';
import type { Profile } from '../../shared/core/profile/profile.ts';
import { officeCallWithRetry } from '../office/async.ts';
import { insertAtCursor, readBodyFormat } from '../office/body.ts';
import type { CommandEvent, ComposeItem, MailboxContext, ReadItem } from '../office/item-api.ts';
import { addMeetingToItem } from '../meeting/item-meeting.ts';
import { isComposeAppointment } from '../office/item-kind.ts';
import { runCommand, type Notice } from './run-command.ts';

export interface CommandHost {
  /** `Office.context.mailbox.item` at the time of the click. */
  item(): unknown;
  readonly context: MailboxContext;
  readonly profile: Profile;
  readonly lang: Lang;
  readonly makeMeeting?: () => Meeting;
  readonly timeoutMs?: number;
  readonly staleReadDelayMs?: number;
}

function notificationsOf(item: unknown) {
  return (item as { notificationMessages?: ComposeItem['notificationMessages'] } | null)?.notificationMessages;
}

/** Appointment organizer button and mobile toggle: add the meeting (or complete the one there). */
export function insertVisioMeeting(host: CommandHost, event: CommandEvent): Promise<void> {
  const item = host.item();
  const run = { event, notifications: notificationsOf(item), lang: host.lang, appName: host.profile.appName, timeoutMs: host.timeoutMs, reportAllowEvent: true };
  return runCommand(run, async (): Promise<Notice> => {
    if (!isComposeAppointment(item)) return { kind: 'error', key: 'notAppointment' };
    const outcome = await addMeetingToItem(item, {
      profile: host.profile, lang: host.lang, makeMeeting: host.makeMeeting, staleReadDelayMs: host.staleReadDelayMs,
      useEnhancedLocation: Boolean(item.enhancedLocation) && host.context.isSetSupported('Mailbox', '1.8'),
    });
    if (outcome.status === 'reused') return { kind: 'info', key: 'alreadyThere' };
    if (outcome.status === 'foreign') return { kind: 'info', key: 'foreignBlock' };
    return { kind: 'info', key: 'added', params: { url: outcome.url } };
  });
}

/** Mail compose button: an invitation to a new meeting at the cursor (HTML into HTML, text into text). */
export function insertVisioInvitation(host: CommandHost, event: CommandEvent): Promise<void> {
  const item = host.item() as ComposeItem | null;
  const run = { event, notifications: notificationsOf(item), lang: host.lang, appName: host.profile.appName, timeoutMs: host.timeoutMs };
  return runCommand(run, async (): Promise<Notice> => {
    if (!item?.body) return { kind: 'error', key: 'unexpected' };
    const format = await readBodyFormat(item.body);
    const meeting = (host.makeMeeting ?? (() => newMeeting(host.profile)))();
    const invite = renderInvite(host.profile, host.lang, meeting);
    await insertAtCursor(item.body, format, format === 'html' ? invite.html : invite.text);
    return { kind: 'info', key: 'invitationInserted' };
  });
}

async function readItemText(item: ReadItem | ComposeItem): Promise<string> {
  const body = await officeCallWithRetry<string>('body.getAsync', (callback) => item.body.getAsync('html', callback));
  const location = item.location;
  const locationText = typeof location === 'string'
    ? location
    : location ? await officeCallWithRetry<string>('location.getAsync', (callback) => location.getAsync(callback)) : '';
  // The location first: it is where Outlook and our add-in put the link people click.
  return `${locationText ?? ''}\n${body}`;
}

/** Attendee and meeting-request button: open the Visio link found in the item, or say there is none. */
export function joinVisioMeeting(host: CommandHost, event: CommandEvent): Promise<void> {
  const item = host.item() as ReadItem | ComposeItem | null;
  const run = { event, notifications: notificationsOf(item), lang: host.lang, appName: host.profile.appName, timeoutMs: host.timeoutMs };
  return runCommand(run, async (): Promise<Notice | null> => {
    if (!item?.body) return { kind: 'error', key: 'noMeeting' };
    const text = await readItemText(item);
    const link = findMeetingLinks(text, profileInstances(host.profile)).find((found) => found.provider === 'visio');
    if (!link) return { kind: 'info', key: 'noMeeting' };
    if (!host.context.openBrowserWindow) return { kind: 'info', key: 'openFailed', params: { url: link.url } };
    try {
      host.context.openBrowserWindow(link.url);
      return null;
    } catch {
      return { kind: 'info', key: 'openFailed', params: { url: link.url } };
    }
  });
}
