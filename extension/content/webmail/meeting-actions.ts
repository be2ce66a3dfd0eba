// What Add, Remove and the button state mean for one editor, in terms of the core's contract:
// the location gets the link merged with any room already there, the description gets the
// invitation block; every write is read back, and a value the webmail did not keep is an error.
import type { Lang } from '../../../shared/core/i18n/lang.ts';
import { translate, type LocalizedMessage } from '../../../shared/core/i18n/translate.ts';
import { findExistingMeeting, insertInvite, removeInvite } from '../../../shared/core/invite/block.ts';
import { mergeLocation, removeFromLocation } from '../../../shared/core/invite/location.ts';
import { renderInvite } from '../../../shared/core/invite/render.ts';
import { findMeetingLinks, profileInstances } from '../../../shared/core/meeting/detect.ts';
import { PROVIDER_NAMES } from '../../../shared/core/meeting/providers.ts';
import { newMeeting, type Meeting } from '../../../shared/core/meeting/room.ts';
import type { Profile } from '../../../shared/core/profile/profile.ts';
import type { DescriptionField, EventEditor } from './adapter.ts';
import type { MeetingState } from './button-group.ts';
import { insertRich, isPlain, readDescription, removeRichNodes, writePlain } from './fields.ts';
import { fieldNames, type WebmailMessageKey } from './messages.ts';

export interface MeetingContext {
  readonly profile: Profile;
  readonly lang: Lang;
  /** The organisation's policy exists but is unreadable or invalid: no new link (fail closed). */
  readonly blocked?: boolean;
  /** Blocked because the settings could not be had from the background at all (context.ts). */
  readonly unanswered?: boolean;
}

export type WrittenField = 'location' | 'description';

/** What one Add wrote, for the second read-back. */
export interface Added {
  readonly url: string;
  readonly fields: readonly WrittenField[];
}

export type ActionResult =
  | { readonly ok: true; readonly added?: Added; readonly already?: true }
  | { readonly ok: false; readonly error: LocalizedMessage<WebmailMessageKey> };

/**
 * Links Add wrote on this page. With placement "location" there is no block in the description to
 * recognise: the link we wrote is still ours to Remove until the page goes (after Save and a
 * reload, it is a link like any other, and Join alone is offered).
 */
const addedOnThisPage = new Set<string>();

const instancesByProfile = new WeakMap<Profile, string[]>();

/** The profile's Visio instances, parsed once per profile (the buttons ask on every change of a field). */
export function instancesOf(profile: Profile): string[] {
  let instances = instancesByProfile.get(profile);
  if (!instances) { instances = profileInstances(profile); instancesByProfile.set(profile, instances); }
  return instances;
}

/** Our block, Meet's add-in block, a Visio link someone typed, or another provider's link. */
export function readState(editor: EventEditor, context: MeetingContext): MeetingState {
  const instances = instancesOf(context.profile);
  if (editor.description) {
    const found = findExistingMeeting(readDescription(editor.description), editor.description.format, instances);
    if (found) return { kind: 'existing', url: found.url, removable: found.kind === 'ours', provider: 'visio' };
  }
  const texts = [editor.location?.value ?? ''];
  if (editor.description) texts.push(readDescription(editor.description));
  for (const [index, text] of texts.entries()) {
    const [link] = findMeetingLinks(text, instances);
    if (!link) continue;
    const visio = link.provider === 'visio';
    const inLocation = index === 0;
    const removable = visio && inLocation && addedOnThisPage.has(link.url);
    return { kind: 'existing', url: link.url, removable, provider: visio ? 'visio' : PROVIDER_NAMES[link.provider] };
  }
  const [native] = editor.nativeMeetings ?? [];
  if (native) return { kind: 'existing', url: native.url, removable: false, provider: native.provider };
  return { kind: 'none' };
}

function notStored(context: MeetingContext, field: WrittenField, url: string): ActionResult {
  return { ok: false, error: { key: 'notStored', params: { field: translate(fieldNames, context.lang, field), url } } };
}

function notRemoved(context: MeetingContext, field: WrittenField): ActionResult {
  return { ok: false, error: { key: 'notRemoved', params: { field: translate(fieldNames, context.lang, field) } } };
}

export function addMeeting(editor: EventEditor, context: MeetingContext): ActionResult {
  // Never a second link: a click on an Add the host's last change made stale adds nothing.
  if (readState(editor, context).kind === 'existing') return { ok: true, already: true };
  if (context.blocked) return { ok: false, error: { key: context.unanswered ? 'settingsUnavailable' : 'policyBlocked' } };
  const { profile } = context;
  const wantsLocation = profile.placement !== 'description';
  const wantsDescription = profile.placement !== 'location';
  // A missing preferred field sends the link to the other one rather than nowhere.
  const toLocation = editor.location !== null && (wantsLocation || editor.description === null);
  const toDescription = editor.description !== null && (wantsDescription || editor.location === null);
  if (!toLocation && !toDescription) return { ok: false, error: { key: 'noField' } };

  const meeting = newMeeting(profile);
  const instances = instancesOf(profile);
  const fields: WrittenField[] = [];
  const locationBefore = editor.location?.value ?? '';
  if (toLocation && editor.location) {
    const next = mergeLocation(locationBefore, meeting.url, instances);
    if (!writePlain(editor.location, next, editor.plainWrite)) return notStored(context, 'location', meeting.url);
    fields.push('location');
  }
  if (toDescription && editor.description && !writeInvite(editor.description, editor.plainWrite, context, meeting)) {
    // All or nothing: a link in the location without its invitation would leave the event with a
    // meeting that is neither complete nor removable.
    if (fields.length > 0 && editor.location) writePlain(editor.location, locationBefore, editor.plainWrite);
    return notStored(context, 'description', meeting.url);
  }
  if (toDescription) fields.push('description');
  addedOnThisPage.add(meeting.url);
  return { ok: true, added: { url: meeting.url, fields } };
}

/** The invitation into the description, read back; false when the editor did not keep it. */
function writeInvite(description: DescriptionField, plainWrite: EventEditor['plainWrite'], context: MeetingContext, meeting: Meeting): boolean {
  const { profile, lang } = context;
  const invite = renderInvite(profile, lang, meeting);
  const { element, format } = description;
  if (isPlain(element)) return writePlain(element, insertInvite(element.value, 'text', invite, profile.blockPosition), plainWrite);
  const before = element.innerHTML;
  const next = insertInvite(before, format, invite, profile.blockPosition);
  // Only our block is inserted, as nodes before or after the user's; their HTML is never re-parsed.
  const start = next.endsWith(before) ? next.slice(0, next.length - before.length) : null;
  const end = next.startsWith(before) ? next.slice(before.length) : null;
  if (profile.blockPosition === 'top' && start !== null) insertRich(element, start, 'start');
  else if (end !== null) insertRich(element, end, 'end');
  else if (start !== null) insertRich(element, start, 'start');
  else return false;
  return findExistingMeeting(element.innerHTML, 'html', instancesOf(profile))?.url === meeting.url;
}

/** The smallest run of top-level nodes whose removal leaves exactly `target`. */
function blockNodes(editor: HTMLElement, target: string): Node[] | null {
  const nodes = [...editor.childNodes];
  const html = nodes.map((node) => (node.nodeType === 1 ? (node as Element).outerHTML : node.nodeType === 3 ? escapeText(node.textContent ?? '') : ''));
  for (let length = 1; length <= nodes.length; length += 1) {
    for (let start = 0; start + length <= nodes.length; start += 1) {
      const rest = [...html.slice(0, start), ...html.slice(start + length)].join('');
      if (rest === target) return nodes.slice(start, start + length);
    }
  }
  return null;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&nbsp;');
}

export function removeMeeting(editor: EventEditor, context: MeetingContext): ActionResult {
  const instances = instancesOf(context.profile);
  if (editor.description) {
    const { element, format } = editor.description;
    if (isPlain(element)) {
      const next = removeInvite(element.value, 'text');
      if (!writePlain(element, next, editor.plainWrite)) return notRemoved(context, 'description');
    } else {
      const target = removeInvite(element.innerHTML, format);
      if (target !== element.innerHTML) {
        const nodes = blockNodes(element, target);
        if (!nodes) return notRemoved(context, 'description');
        removeRichNodes(element, nodes);
      }
    }
  }
  if (editor.location) {
    // The core undoes its own merge byte for byte (invite/location.ts).
    const next = removeFromLocation(editor.location.value, instances);
    if (!writePlain(editor.location, next, editor.plainWrite)) return notRemoved(context, 'location');
  }
  return { ok: true };
}

/**
 * Second read-back, a moment after Add: some webmails revert a value asynchronously (Nextcloud
 * #6627, jidesha #45), and sometimes one field only: each field Add wrote is checked on its own.
 */
export function verifyStillThere(editor: EventEditor, context: MeetingContext, added: Added): LocalizedMessage<WebmailMessageKey> | null {
  const instances = instancesOf(context.profile);
  const kept = (field: WrittenField): boolean => {
    if (field === 'location') return editor.location !== null && findMeetingLinks(editor.location.value, instances).some((link) => link.url === added.url);
    if (!editor.description) return false;
    return findExistingMeeting(readDescription(editor.description), editor.description.format, instances)?.url === added.url;
  };
  const lost = added.fields.find((field) => !kept(field));
  return lost ? { key: 'notStored', params: { field: translate(fieldNames, context.lang, lost), url: added.url } } : null;
}
