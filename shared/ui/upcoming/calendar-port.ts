// What the calendar UI (popup list, options section) may ask of its host. The extension implements
// it over storage.local and messages to the background; components never touch browser.* directly.
import type { LocalizedMessage } from '../../core/i18n/translate.ts';
import type { CalendarSnapshot } from './upcoming-types.ts';

export type PortResult = { readonly ok: true } | { readonly ok: false; readonly error: LocalizedMessage };
export type ImportResult = { readonly ok: true; readonly count: number } | { readonly ok: false; readonly error: LocalizedMessage };

export interface CalendarPort {
  load(): Promise<CalendarSnapshot>;
  /** Called whenever the background stores new meetings or statuses. Returns an unsubscribe. */
  onChange(listener: (snapshot: CalendarSnapshot) => void): () => void;
  /** Reads every source again now (ignoring backoff). */
  refresh(): Promise<void>;
  /** Adds a feed address (webcal:// accepted). Asks for the host permission: call from a user gesture. */
  addFeed(address: string): Promise<PortResult>;
  removeSource(id: string): Promise<void>;
  setReminderMinutes(minutes: number): Promise<void>;
  /** Reads a .ics file once (no refresh later) and keeps its coming meetings. */
  importFile(name: string, text: string): Promise<ImportResult>;
  /** Opens a meeting link in a new tab. */
  join(url: string): Promise<void>;
  /** The options page, where feeds are set. Absent where there is none. */
  openSettings?(): Promise<void>;
}
