import { findMeetingLinks } from '../../shared/core/meeting/detect.ts';
import { mergeLocation, removeFromLocation } from '../../shared/core/invite/location.ts';
import { officeCall, officeCallWithRetry } from './async.ts';
import type { ComposeItem, LocationDetailsLike, LocationIdentifierLike } from './item-api.ts';

/**
 * The appointment's location, the way this client can edit it: `enhanced` (Mailbox 1.8: separate
 * entries, so a booked room is never touched) or `text` (Mailbox 1.1: one string shared with the
 * room's name; notes/outlook-addin.md §1.7). `none` for items without a location (mail).
 */
export type LocationState =
  | { readonly mode: 'enhanced'; readonly entries: readonly LocationDetailsLike[] }
  | { readonly mode: 'text'; readonly text: string }
  | { readonly mode: 'none' };

/** A change to make, computed without Office so it can be tested and counted. */
export type LocationWrite =
  | { readonly mode: 'enhanced'; readonly add: LocationIdentifierLike[]; readonly remove: LocationIdentifierLike[] }
  | { readonly mode: 'text'; readonly text: string };

export async function readLocation(item: ComposeItem, useEnhanced: boolean): Promise<LocationState> {
  const enhanced = item.enhancedLocation;
  if (useEnhanced && enhanced) {
    const entries = await officeCallWithRetry<readonly LocationDetailsLike[]>('enhancedLocation.getAsync', (callback) => enhanced.getAsync(callback));
    return { mode: 'enhanced', entries };
  }
  const location = item.location;
  if (!location) return { mode: 'none' };
  const text = await officeCallWithRetry<string>('location.getAsync', (callback) => location.getAsync(callback));
  return { mode: 'text', text: text ?? '' };
}

function isVisioEntry(entry: LocationDetailsLike, instances: readonly string[]): boolean {
  if (entry.locationIdentifier.type.toLowerCase() === 'room') return false;
  return [entry.displayName, entry.locationIdentifier.id].some((value) =>
    findMeetingLinks(value, instances).some((link) => link.provider === 'visio'));
}

/** The link `url` in the location, without removing anything else; null when it is already there. */
export function planAddLink(state: LocationState, url: string, instances: readonly string[]): LocationWrite | null {
  if (state.mode === 'none') return null;
  if (state.mode === 'text') {
    const text = mergeLocation(state.text, url, instances);
    return text === state.text ? null : { mode: 'text', text };
  }
  const ours = state.entries.filter((entry) => isVisioEntry(entry, instances));
  if (ours.some((entry) => entry.displayName === url || entry.locationIdentifier.id === url)) return null;
  return {
    mode: 'enhanced',
    add: [{ id: url, type: 'custom' }],
    remove: ours.map((entry) => ({ ...entry.locationIdentifier })),
  };
}

/** Every Visio link out of the location; a room or any other text stays. */
export function planRemoveLinks(state: LocationState, instances: readonly string[], before?: { written: string; original: string }): LocationWrite | null {
  if (state.mode === 'none') return null;
  if (state.mode === 'text') {
    // Exact restore when the location is still what we wrote; otherwise take only our link out.
    const text = before && before.written === state.text ? before.original : removeFromLocation(state.text, instances);
    return text === state.text ? null : { mode: 'text', text };
  }
  const remove = state.entries.filter((entry) => isVisioEntry(entry, instances)).map((entry) => ({ ...entry.locationIdentifier }));
  return remove.length === 0 ? null : { mode: 'enhanced', add: [], remove };
}

export async function writeLocation(item: ComposeItem, write: LocationWrite): Promise<void> {
  if (write.mode === 'text') {
    const location = item.location;
    if (!location) return;
    await officeCall('location.setAsync', (callback) => location.setAsync(write.text, callback));
    return;
  }
  const enhanced = item.enhancedLocation;
  if (!enhanced) return;
  if (write.remove.length > 0) await officeCall('enhancedLocation.removeAsync', (callback) => enhanced.removeAsync(write.remove, callback));
  if (write.add.length > 0) await officeCall('enhancedLocation.addAsync', (callback) => enhanced.addAsync(write.add, callback));
}
