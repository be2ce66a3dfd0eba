// What Add, Remove and the button state mean for one editor, in terms of the core's contract:
// the location gets the link merged with any room already there, the description gets the
// invitation block; every write is read back, and a value the webmail did not keep is an error.
import type { Lang } from '../../../shared/core/i18n/lang.ts';
import { translate, type LocalizedMessage } from '../../../shared/core/i18n/translate.ts';
import { findExistingMeeting, insertInvite, removeInvite } from '../../../shared/core/invite/block.ts';
import { mergeLocation, removeFromLocation } from '../../../shared/core/invite/location.ts';
import { renderInvite } from '../../../shared/core/invite/render.ts';
import { findMeetingLinks, profileInstances } from '../../../shared/core/meeting/detect.ts';
import { newMeeting } from '../../../shared/core/meeting/room.ts';
import type { Profile } from '../../../shared/core/profile/profile.ts';
import type { EventEditor } from './adapter.ts';
import type { MeetingState } from './button-group.ts';
import { insertRich, isPlain, readDescription, removeRichNodes, writePlain } from './fields.ts';
import { fieldNames, type WebmailMessageKey } from './messages.ts';

export interface MeetingContext {
  readonly profile: Profile;
  readonly lang: Lang;
  /** The organisation's policy exists but is unreadable or invalid: no new link (fail closed). */
  readonly blocked?: boolean;
}

export type ActionResult =
  | { readonly ok: true; readonly url?: string }
  | { readonly ok: false; readonly error: LocalizedMessage<WebmailMessageKey> };

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
  for (const text of texts) {
    const [link] = findMeetingLinks(text, instances);
    if (link) return { kind: 'existing', url: link.url, removable: false, provider: link.provider };
  }
  const [native] = editor.nativeMeetings ?? [];
  if (native) return { kind: 'existing', url: native.url, removable: false, provider: native.provider };
  return { kind: 'none' };
}

function notStored(context: MeetingContext, field: 'location' | 'description', url: string): ActionResult {
  return { ok: false, error: { key: 'notStored', params: { field: translate(fieldNames, context.lang, field), url } } };
}

export function addMeeting(editor: EventEditor, context: MeetingContext): ActionResult {
  if (readState(editor, context).kind === 'existing') return { ok: true }; // never a second link
  if (context.blocked) return { ok: false, error: { key: 'policyBlocked' } };
  const { profile, lang } = context;
  const wantsLocation = profile.placement !== 'description';
  const wantsDescription = profile.placement !== 'location';
  // A missing preferred field sends the link to the other one rather than nowhere.
  const toLocation = editor.location !== null && (wantsLocation || editor.description === null);
  const toDescription = editor.description !== null && (wantsDescription || editor.location === null);
  if (!toLocation && !toDescription) return { ok: false, error: { key: 'noField' } };

  const meeting = newMeeting(profile);
  const instances = instancesOf(profile);
  if (toLocation && editor.location) {
    const next = mergeLocation(editor.location.value, meeting.url, instances);
    if (!writePlain(editor.location, next, editor.plainWrite)) return notStored(context, 'location', meeting.url);
  }
  if (toDescription && editor.description) {
    const invite = renderInvite(profile, lang, meeting);
    const { element, format } = editor.description;
    if (isPlain(element)) {
      const next = insertInvite(element.value, 'text', invite, profile.blockPosition);
      if (!writePlain(element, next, editor.plainWrite)) return notStored(context, 'description', meeting.url);
    } else {
      const before = element.innerHTML;
      const next = insertInvite(before, format, invite, profile.blockPosition);
      // Only our block is inserted; the user's HTML is never re-parsed.
      const [start, end] = [next.indexOf(before) === next.length - before.length ? next.slice(0, next.length - before.length) : null,
        next.startsWith(before) ? next.slice(before.length) : null];
      if (profile.blockPosition === 'top' && start !== null) insertRich(element, start, 'start');
      else if (end !== null) insertRich(element, end, 'end');
      else if (start !== null) insertRich(element, start, 'start');
      else return notStored(context, 'description', meeting.url);
      const found = findExistingMeeting(element.innerHTML, 'html', instances);
      if (!found || found.url !== meeting.url) return notStored(context, 'description', meeting.url);
    }
  }
  return { ok: true, url: meeting.url };
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
      if (!writePlain(element, next, editor.plainWrite)) return notStored(context, 'description', '');
    } else {
      const target = removeInvite(element.innerHTML, format);
      if (target !== element.innerHTML) {
        const nodes = blockNodes(element, target);
        if (!nodes) return notStored(context, 'description', '');
        removeRichNodes(element, nodes);
      }
    }
  }
  if (editor.location) {
    // The core undoes its own merge byte for byte (invite/location.ts).
    const next = removeFromLocation(editor.location.value, instances);
    if (!writePlain(editor.location, next, editor.plainWrite)) return notStored(context, 'location', '');
  }
  return { ok: true };
}

/** Second read-back, a moment after Add: some webmails revert values asynchronously. */
export function verifyStillThere(editor: EventEditor, context: MeetingContext, url: string): LocalizedMessage<WebmailMessageKey> | null {
  const state = readState(editor, context);
  if (state.kind === 'existing' && state.url === url) return null;
  const field = editor.location && !editor.location.value.includes(url) ? 'location' : 'description';
  return { key: 'notStored', params: { field: translate(fieldNames, context.lang, field), url } };
}
