// Where the calendar features keep their data: storage.local only. Feed addresses are secrets
// (whoever has one reads the calendar), so they never go to storage.sync, which the browser copies
// to the user's account in the cloud.
import browser from 'webextension-polyfill';
import type { LocalizedMessage } from '../../../shared/core/i18n/translate.ts';
import { DEFAULT_REMINDER_MINUTES, type UpcomingMeeting } from '../../../shared/ui/upcoming/upcoming-types.ts';
import { REMINDER_KEY, SOURCES_KEY } from '../event-names.ts';
import type { Validators } from './fetch-feed.ts';

export { REMINDER_KEY, SOURCES_KEY };
export const STATE_KEY = 'calendarState';
export const NOTIFIED_KEY = 'calendarNotified';

/** A source the user added. Policy feeds are not stored here (they are read from storage.managed). */
export type StoredSource =
  | { readonly id: string; readonly kind: 'feed'; readonly url: string; readonly addedAt: number }
  | { readonly id: string; readonly kind: 'file'; readonly name: string; readonly addedAt: number };

/** What the last reads of one source left behind. */
export interface SourceState {
  readonly meetings: readonly UpcomingMeeting[];
  /** The instants the stored meetings cover: a 304 is only trusted while they cover the popup's week. */
  readonly windowEnd?: number;
  readonly validators?: Validators;
  readonly lastSuccess?: number;
  readonly failures: number;
  readonly nextAttemptAt: number;
  readonly error?: LocalizedMessage;
  readonly skipped?: number;
}

/** A reminder already shown: never shown again for the same occurrence, even after a restart. */
export interface NotifiedReminder {
  readonly at: number;
  readonly start: number;
  readonly url: string;
}

export async function loadSources(): Promise<StoredSource[]> {
  const stored = await browser.storage.local.get(SOURCES_KEY);
  const value = stored[SOURCES_KEY];
  return Array.isArray(value) ? (value as StoredSource[]) : [];
}

export async function saveSources(sources: readonly StoredSource[]): Promise<void> {
  await browser.storage.local.set({ [SOURCES_KEY]: sources });
}

export async function loadStates(): Promise<Record<string, SourceState>> {
  const stored = await browser.storage.local.get(STATE_KEY);
  const value = stored[STATE_KEY];
  return typeof value === 'object' && value !== null ? (value as Record<string, SourceState>) : {};
}

export async function saveStates(states: Record<string, SourceState>): Promise<void> {
  await browser.storage.local.set({ [STATE_KEY]: states });
}

export async function loadReminderMinutes(): Promise<number> {
  const stored = await browser.storage.local.get(REMINDER_KEY);
  const value = stored[REMINDER_KEY];
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : DEFAULT_REMINDER_MINUTES;
}

export async function saveReminderMinutes(minutes: number): Promise<void> {
  await browser.storage.local.set({ [REMINDER_KEY]: minutes });
}

export async function loadNotified(): Promise<Record<string, NotifiedReminder>> {
  const stored = await browser.storage.local.get(NOTIFIED_KEY);
  const value = stored[NOTIFIED_KEY];
  return typeof value === 'object' && value !== null ? (value as Record<string, NotifiedReminder>) : {};
}

export async function saveNotified(notified: Record<string, NotifiedReminder>): Promise<void> {
  await browser.storage.local.set({ [NOTIFIED_KEY]: notified });
}

export function newSourceId(): string {
  return crypto.randomUUID();
}
