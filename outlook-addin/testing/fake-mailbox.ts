// A typed fake of the Office.js mailbox subset the add-in uses (office/item-api.ts), with the
// client behaviours that break naive add-ins (client-quirks.ts). Our own, not office-addin-mock:
// that package has no Outlook object model (notes/outlook-addin.md §5.1). It counts every call and
// every round trip (a round trip = a wait on Office with nothing else in flight).
import type {
  AsyncCallback, AsyncResultLike, BodyApi, BodyFormat, CommandEvent, ComposeItem, CustomPropertiesLike,
  EnhancedLocationApi, LocationApi, LocationDetailsLike, LocationIdentifierLike, MailboxContext,
  NotificationMessageLike, NotificationsApi, OfficeErrorLike, RoamingSettingsLike,
} from '../office/item-api.ts';
import { supportsMailbox, type ClientQuirks } from './client-quirks.ts';

export type Operation =
  | 'body.getTypeAsync' | 'body.getAsync' | 'body.setAsync' | 'body.setSelectedDataAsync'
  | 'location.getAsync' | 'location.setAsync'
  | 'enhancedLocation.getAsync' | 'enhancedLocation.addAsync' | 'enhancedLocation.removeAsync'
  | 'loadCustomPropertiesAsync' | 'customProperties.saveAsync' | 'notificationMessages.replaceAsync'
  | 'roamingSettings.saveAsync';

const INTERNAL_ERROR: OfficeErrorLike = { code: 5001, name: 'Internal Error', message: 'An internal error has occurred.' };

function ok<T>(value: T): AsyncResultLike<T> {
  return { status: 'succeeded', value, error: null };
}

function failed<T>(error: OfficeErrorLike): AsyncResultLike<T> {
  return { status: 'failed', value: undefined as T, error };
}

export interface FakeAppointmentSeed {
  /** The body as the client holds it (already in the client's own HTML dialect). */
  readonly body: string;
  readonly location?: string;
  /** Enhanced-location entries (Mailbox 1.8 clients); a room here is a real room resource. */
  readonly rooms?: readonly string[];
  readonly customProperties?: Readonly<Record<string, string>>;
  readonly itemType?: 'appointment' | 'message';
}

/** Counts calls and round trips; fails or withholds answers as the client profile says. */
class CallLog {
  readonly calls: Operation[] = [];
  roundTrips = 0;
  private inFlight = 0;
  private readonly failuresLeft = new Map<Operation, number>();

  constructor(private readonly quirks: ClientQuirks) {
    for (const [operation, count] of Object.entries(quirks.transientFailures ?? {})) this.failuresLeft.set(operation as Operation, count ?? 0);
  }

  /** Runs `work` as Office would: later, on a callback, unless this client fails or hangs. */
  call<T>(operation: Operation, callback: AsyncCallback<T> | undefined, work: () => AsyncResultLike<T>): void {
    this.calls.push(operation);
    if (this.inFlight === 0) this.roundTrips++;
    this.inFlight++;
    if (this.quirks.hang?.includes(operation)) return; // Outlook never answers: the command's timeout must act.
    setTimeout(() => {
      this.inFlight--;
      const left = this.failuresLeft.get(operation) ?? 0;
      if (left > 0) {
        this.failuresLeft.set(operation, left - 1);
        callback?.(failed(INTERNAL_ERROR));
        return;
      }
      const refused = this.quirks.refuse?.[operation];
      callback?.(refused ? failed(refused) : work());
    }, 0);
  }

  count(operation: Operation): number {
    return this.calls.filter((call) => call === operation).length;
  }
}

class FakeCustomProperties implements CustomPropertiesLike {
  private pending: Record<string, string>;
  constructor(private readonly owner: FakeAppointment) {
    this.pending = { ...owner.savedProperties };
  }
  get(name: string): unknown {
    return this.pending[name];
  }
  set(name: string, value: string): void {
    this.pending[name] = value;
  }
  remove(name: string): void {
    delete this.pending[name];
  }
  saveAsync(callback: AsyncCallback<void>): void {
    this.owner.log.call('customProperties.saveAsync', callback, () => {
      if (JSON.stringify(this.pending).length > 2500) return failed({ code: 9057, name: 'SizeLimit', message: 'Custom properties exceed 2500 characters.' });
      this.owner.savedProperties = { ...this.pending };
      return ok(undefined);
    });
  }
}

export class FakeAppointment implements ComposeItem {
  readonly itemType: string;
  readonly log: CallLog;
  /** What Outlook holds now (the next non-stale read returns it). */
  bodyContent: string;
  locationText: string;
  /** Enhanced entries: rooms from the seed, then whatever the add-in adds. */
  enhancedEntries: LocationDetailsLike[];
  savedProperties: Record<string, string>;
  readonly notices: NotificationMessageLike[] = [];
  private staleBody: string | null = null;
  private staleReadsLeft = 0;

  readonly body: BodyApi;
  readonly location: LocationApi;
  readonly enhancedLocation?: EnhancedLocationApi;
  readonly notificationMessages?: NotificationsApi;

  constructor(readonly quirks: ClientQuirks, seed: FakeAppointmentSeed) {
    this.itemType = seed.itemType ?? 'appointment';
    this.log = new CallLog(quirks);
    this.bodyContent = quirks.textBody ? seed.body : (quirks.normalizeHtml?.(seed.body) ?? seed.body);
    this.locationText = seed.location ?? '';
    this.enhancedEntries = (seed.rooms ?? []).map((room) => ({ locationIdentifier: { id: room, type: 'room' }, displayName: room }));
    this.savedProperties = { ...seed.customProperties };
    const log = this.log;

    this.body = {
      getTypeAsync: (callback) => log.call('body.getTypeAsync', callback, () => ok(quirks.textBody ? 'text' : 'html')),
      getAsync: (format, callback) => log.call('body.getAsync', callback, () => ok(this.read(format))),
      setAsync: (data, options, callback) => log.call('body.setAsync', callback, () => this.write(data, options.coercionType, 'replace')),
      setSelectedDataAsync: (data, options, callback) => log.call('body.setSelectedDataAsync', callback, () => this.write(data, options.coercionType, 'cursor')),
    };
    this.location = {
      getAsync: (callback) => log.call('location.getAsync', callback, () => ok(this.locationText)),
      setAsync: (value, callback) => log.call('location.setAsync', callback, () => {
        this.locationText = value;
        return ok(undefined);
      }),
    };
    if (supportsMailbox(quirks, '1.8')) {
      this.enhancedLocation = {
        getAsync: (callback) => log.call('enhancedLocation.getAsync', callback, () => ok(this.enhancedEntries.map((entry) => ({ ...entry })))),
        addAsync: (ids, callback) => log.call('enhancedLocation.addAsync', callback, () => {
          for (const id of ids) {
            if (!this.enhancedEntries.some((entry) => entry.locationIdentifier.id === id.id)) {
              this.enhancedEntries.push({ locationIdentifier: { id: id.id, type: id.type }, displayName: id.id });
            }
          }
          return ok(undefined);
        }),
        removeAsync: (ids: LocationIdentifierLike[], callback) => log.call('enhancedLocation.removeAsync', callback, () => {
          this.enhancedEntries = this.enhancedEntries.filter((entry) => !ids.some((id) => id.id === entry.locationIdentifier.id));
          return ok(undefined);
        }),
      };
    }
    if (!quirks.noNotifications) {
      this.notificationMessages = {
        replaceAsync: (_key, message, callback) => log.call('notificationMessages.replaceAsync', callback, () => {
          this.notices.push(message);
          return ok(undefined);
        }),
      };
    }
  }

  loadCustomPropertiesAsync(callback: AsyncCallback<CustomPropertiesLike>): void {
    this.log.call('loadCustomPropertiesAsync', callback, () => ok(new FakeCustomProperties(this)));
  }

  /** The body as the add-in would read it now (stale on Mac right after a write). */
  private read(format: BodyFormat): string {
    let content = this.bodyContent;
    if (this.staleReadsLeft > 0 && this.staleBody !== null) {
      this.staleReadsLeft--;
      content = this.staleBody;
    }
    if (format === 'text' && !this.quirks.textBody) return htmlToText(content);
    return this.quirks.wrapOnRead ? this.quirks.wrapOnRead(content) : content;
  }

  private write(data: string, format: BodyFormat, mode: 'replace' | 'cursor'): AsyncResultLike<void> {
    if (this.quirks.textBody && format === 'html') {
      return failed({ code: 9000, name: 'InvalidFormatError', message: 'The format of the specified data object is invalid.' });
    }
    const incoming = this.quirks.textBody ? data : (this.quirks.normalizeHtml?.(data) ?? data);
    this.staleBody = this.bodyContent;
    this.staleReadsLeft = this.quirks.staleReadsAfterWrite ?? 0;
    this.bodyContent = mode === 'replace' ? incoming : `${incoming}${this.bodyContent}`;
    return ok(undefined);
  }

  /** The body as a person sees it (for assertions): the stored body, never stale. */
  get visibleBody(): string {
    return this.bodyContent;
  }
}

/** Plain text of an HTML body, roughly as Outlook gives it with coercion "text". */
export function htmlToText(html: string): string {
  return html
    .replace(/<head[\s\S]*?<\/head>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h\d)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

export class FakeRoamingSettings implements RoamingSettingsLike {
  saved: Record<string, unknown>;
  private values: Record<string, unknown>;
  constructor(initial: Record<string, unknown> = {}, private readonly log?: CallLog) {
    this.saved = structuredClone(initial);
    this.values = structuredClone(initial);
  }
  get(name: string): unknown {
    return structuredClone(this.values[name]);
  }
  set(name: string, value: unknown): void {
    this.values[name] = structuredClone(value);
  }
  remove(name: string): void {
    delete this.values[name];
  }
  saveAsync(callback?: AsyncCallback<void>): void {
    const done = () => {
      this.saved = structuredClone(this.values);
      return ok(undefined);
    };
    if (this.log) this.log.call('roamingSettings.saveAsync', callback, done);
    else setTimeout(() => callback?.(done()), 0);
  }
}

export class FakeMailboxContext implements MailboxContext {
  readonly opened: string[] = [];
  readonly openBrowserWindow: ((url: string) => void) | undefined;
  constructor(
    private readonly quirks: ClientQuirks,
    readonly roamingSettings: FakeRoamingSettings = new FakeRoamingSettings(),
    readonly displayLanguage = 'fr-FR',
  ) {
    this.openBrowserWindow = quirks.noBrowserWindow ? undefined : (url) => { this.opened.push(url); };
  }
  isSetSupported(name: string, version: string): boolean {
    return name === 'Mailbox' && supportsMailbox(this.quirks, version);
  }
}

/** The event object of a function command; counts completed() calls. */
export class FakeEvent implements CommandEvent {
  readonly completions: Array<{ allowEvent?: boolean } | undefined> = [];
  completed(options?: { allowEvent?: boolean }): void {
    this.completions.push(options);
  }
}
