import { officeCallWithRetry } from './async.ts';
import type { ComposeItem, CustomPropertiesLike } from './item-api.ts';

/**
 * What the add-in remembers about an item, in its custom properties (per item, per add-in, ≤ 2500
 * characters of JSON; only the organizer's copy has them: office.customproperties.yml). Never
 * trusted alone: the body is always read too (notes/outlook-addin.md §4.1 item 8).
 */
export interface MeetingMemory {
  /** The room this item got; a later click reuses it, so attendees' links stay valid. */
  readonly url: string;
  /** Where our link went: the location text, or an enhancedLocation entry. */
  readonly locationMode: 'text' | 'enhanced' | 'none';
  /** Text mode: the location before we touched it, and what we wrote; remove puts the first back. */
  readonly locationBefore?: string;
  readonly locationAfter?: string;
}

const KEY = 'visioMeeting';

export function loadProperties(item: Pick<ComposeItem, 'loadCustomPropertiesAsync'>): Promise<CustomPropertiesLike> {
  return officeCallWithRetry('loadCustomPropertiesAsync', (callback) => item.loadCustomPropertiesAsync(callback));
}

export function readMemory(properties: CustomPropertiesLike): MeetingMemory | null {
  const raw = properties.get(KEY);
  if (typeof raw !== 'string') return null;
  try {
    const parsed = JSON.parse(raw) as Partial<MeetingMemory>;
    if (typeof parsed.url !== 'string' || !parsed.url.startsWith('https://')) return null;
    return {
      url: parsed.url,
      locationMode: parsed.locationMode === 'text' || parsed.locationMode === 'enhanced' ? parsed.locationMode : 'none',
      locationBefore: typeof parsed.locationBefore === 'string' ? parsed.locationBefore : undefined,
      locationAfter: typeof parsed.locationAfter === 'string' ? parsed.locationAfter : undefined,
    };
  } catch {
    return null;
  }
}

/** Drops the remembered location texts when they would overflow Office's 2500-character limit. */
export function writeMemory(properties: CustomPropertiesLike, memory: MeetingMemory | null): Promise<void> {
  if (memory === null) {
    properties.remove(KEY);
  } else {
    const full = JSON.stringify(memory);
    properties.set(KEY, full.length <= 2000 ? full : JSON.stringify({ url: memory.url, locationMode: memory.locationMode }));
  }
  // Retried on Office's internal error: new Outlook can fail the first save of a draft (office-js#6624).
  return officeCallWithRetry('customProperties.saveAsync', (callback) => properties.saveAsync(callback));
}
