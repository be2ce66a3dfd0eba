// The three things the add-in does to an appointment (add, remove, look up its meeting), shared by
// the ribbon command, the mobile toggle, the automatic launch event and the task pane.
// Office round trips are grouped: calls that do not depend on each other go out together, so an
// insertion costs three waits (read the format, location and memory; read the body; write), four
// when Mac's stale read after a write has to be ruled out (office-js#5983).
import type { Lang } from '../../shared/core/i18n/lang.ts';
import { findExistingMeeting, insertInvite, removeInvite } from '../../shared/core/invite/block.ts';
import { renderInvite } from '../../shared/core/invite/render.ts';
import { profileInstances } from '../../shared/core/meeting/detect.ts';
import { newMeeting, type Meeting } from '../../shared/core/meeting/room.ts';
import type { Profile } from '../../shared/core/profile/profile.ts';
import { readBody, readBodyFormat, writeBody } from '../office/body.ts';
import type { ComposeItem } from '../office/item-api.ts';
import { planAddLink, planRemoveLinks, readLocation, writeLocation, type LocationState, type LocationWrite } from '../office/location.ts';
import { loadProperties, readMemory, writeMemory, type MeetingMemory } from '../office/meeting-memory.ts';

export interface MeetingEnv {
  readonly profile: Profile;
  readonly lang: Lang;
  /** Mailbox 1.8 (enhancedLocation) is available: the link gets its own location entry. */
  readonly useEnhancedLocation: boolean;
  /** Makes a new room; tests inject a deterministic one. */
  readonly makeMeeting?: () => Meeting;
  /** Wait before the second read that rules out a stale body (Mac). */
  readonly staleReadDelayMs?: number;
}

export type AddStatus = 'added' | 'reused' | 'foreign' | 'regenerated' | 'skipped';

export interface AddOutcome {
  readonly status: AddStatus;
  readonly url: string;
}

function meetingFromUrl(url: string): Meeting {
  return { url, slug: url.slice(url.lastIndexOf('/') + 1) };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Reads everything a decision needs. When we wrote a block here before (custom properties) but the
 * body does not show it, Mac may still be returning the body from before our write
 * (office-js#5983): read once more before concluding the user removed it.
 */
async function readItemState(item: ComposeItem, env: MeetingEnv) {
  const instances = profileInstances(env.profile);
  const [format, location, properties] = await Promise.all([
    readBodyFormat(item.body),
    readLocation(item, env.useEnhancedLocation),
    loadProperties(item),
  ]);
  const memory = readMemory(properties);
  let body = await readBody(item.body, format);
  let existing = findExistingMeeting(body, format, instances);
  if (!existing && memory && env.profile.placement !== 'location') {
    await sleep(env.staleReadDelayMs ?? 300);
    body = await readBody(item.body, format);
    existing = findExistingMeeting(body, format, instances);
  }
  return { format, location, properties, memory, body, existing };
}

function nextMemory(url: string, location: LocationState, write: LocationWrite | null, previous: MeetingMemory | null): MeetingMemory {
  if (location.mode !== 'text') return { url, locationMode: location.mode };
  const before = previous?.locationBefore ?? location.text;
  const after = write?.mode === 'text' ? write.text : location.text;
  return { url, locationMode: 'text', locationBefore: before, locationAfter: after };
}

function sameMemory(a: MeetingMemory | null, b: MeetingMemory): boolean {
  return a !== null && JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Adds a meeting to the item, or makes sure the one it has is complete. Never duplicates: a block of
 * ours, the official Meet add-in's block, or any Visio link already in the body is reused.
 * `regenerate` replaces our block's room with a new one instead.
 */
export interface AddOptions {
  /** Replace our block's room with a new one (task pane "regenerate"). */
  readonly regenerate?: boolean;
  /** Leave the item alone when this says so (automatic Visio: an item with a Teams block). */
  readonly skip?: (body: string, format: 'html' | 'text') => boolean;
}

export async function addMeetingToItem(item: ComposeItem, env: MeetingEnv, options: AddOptions = {}): Promise<AddOutcome> {
  const { profile } = env;
  const instances = profileInstances(profile);
  const state = await readItemState(item, env);
  if (options.skip?.(state.body, state.format)) return { status: 'skipped', url: '' };
  const { body, existing } = state;

  let status: AddStatus;
  let meeting: Meeting;
  let newBody: string | null = null;
  const wantsBody = profile.placement !== 'location';
  const wantsLocation = profile.placement !== 'description';
  if (existing && !(options.regenerate && existing.kind === 'ours')) {
    status = existing.kind === 'ours' ? 'reused' : 'foreign';
    meeting = meetingFromUrl(existing.url);
  } else {
    const remembered = state.memory && !options.regenerate ? meetingFromUrl(state.memory.url) : null;
    meeting = remembered ?? (env.makeMeeting ?? (() => newMeeting(profile)))();
    status = options.regenerate && existing ? 'regenerated' : 'added';
    if (wantsBody) newBody = insertInvite(body, state.format, renderInvite(profile, env.lang, meeting), profile.blockPosition);
  }

  const locationWrite = wantsLocation ? planAddLink(state.location, meeting.url, instances) : null;
  const memory = nextMemory(meeting.url, state.location, locationWrite, options.regenerate ? null : state.memory);
  const memoryToKeep = options.regenerate && state.memory?.locationMode === 'text'
    ? { ...memory, locationBefore: state.memory.locationBefore ?? memory.locationBefore }
    : memory;
  await Promise.all([
    newBody !== null && newBody !== body ? writeBody(item.body, state.format, newBody) : null,
    locationWrite ? writeLocation(item, locationWrite) : null,
    sameMemory(state.memory, memoryToKeep) ? null : writeMemory(state.properties, memoryToKeep),
  ]);
  return { status, url: meeting.url };
}

/** Takes our block and link back out; the body and location return to what they were. */
export async function removeMeetingFromItem(item: ComposeItem, env: MeetingEnv): Promise<'removed' | 'nothing'> {
  const instances = profileInstances(env.profile);
  const state = await readItemState(item, env);
  const newBody = removeInvite(state.body, state.format);
  const memory = state.memory;
  const restore = memory?.locationBefore !== undefined && memory.locationAfter !== undefined
    ? { written: memory.locationAfter, original: memory.locationBefore }
    : undefined;
  const locationWrite = planRemoveLinks(state.location, instances, restore);
  const changed = newBody !== state.body || locationWrite !== null;
  await Promise.all([
    newBody !== state.body ? writeBody(item.body, state.format, newBody) : null,
    locationWrite ? writeLocation(item, locationWrite) : null,
    memory ? writeMemory(state.properties, null) : null,
  ]);
  return changed || memory ? 'removed' : 'nothing';
}

/** The meeting the item's body holds now, or null. */
export async function currentMeeting(item: ComposeItem, env: MeetingEnv): Promise<{ url: string; ours: boolean } | null> {
  const format = await readBodyFormat(item.body);
  const existing = findExistingMeeting(await readBody(item.body, format), format, profileInstances(env.profile));
  return existing ? { url: existing.url, ours: existing.kind === 'ours' } : null;
}
