// The subset of Office.js the add-in uses, typed structurally. The real objects (Office.context.*)
// satisfy it; so does our fake mailbox (outlook-addin/testing/), which is how every path here is
// tested without Outlook. Status and coercion values are Office's own strings ("succeeded", "html").

export type BodyFormat = 'html' | 'text';

export interface OfficeErrorLike {
  readonly code: number;
  readonly name: string;
  readonly message: string;
}

export interface AsyncResultLike<T> {
  readonly status: string;
  readonly value: T;
  readonly error?: OfficeErrorLike | null;
}

export type AsyncCallback<T> = (result: AsyncResultLike<T>) => void;

export interface BodyApi {
  getTypeAsync(callback: AsyncCallback<string>): void;
  getAsync(coercionType: BodyFormat, callback: AsyncCallback<string>): void;
  setAsync(data: string, options: { coercionType: BodyFormat }, callback: AsyncCallback<void>): void;
  setSelectedDataAsync(data: string, options: { coercionType: BodyFormat }, callback: AsyncCallback<void>): void;
}

/** Compose-mode `item.location` (Mailbox 1.1). */
export interface LocationApi {
  getAsync(callback: AsyncCallback<string>): void;
  setAsync(location: string, callback: AsyncCallback<void>): void;
}

export interface LocationIdentifierLike {
  readonly id: string;
  /** Office.MailboxEnums.LocationType: "custom" or "room". */
  readonly type: string;
}

export interface LocationDetailsLike {
  readonly locationIdentifier: LocationIdentifierLike;
  readonly displayName: string;
}

/** Compose-mode `item.enhancedLocation` (Mailbox 1.8). */
export interface EnhancedLocationApi {
  getAsync(callback: AsyncCallback<readonly LocationDetailsLike[]>): void;
  addAsync(locations: LocationIdentifierLike[], callback: AsyncCallback<void>): void;
  removeAsync(locations: LocationIdentifierLike[], callback: AsyncCallback<void>): void;
}

export interface CustomPropertiesLike {
  get(name: string): unknown;
  set(name: string, value: string): void;
  remove(name: string): void;
  saveAsync(callback: AsyncCallback<void>): void;
}

export interface NotificationMessageLike {
  /** "informationalMessage" (needs icon + persistent) or "errorMessage". */
  readonly type: string;
  readonly message: string;
  readonly icon?: string;
  readonly persistent?: boolean;
}

export interface NotificationsApi {
  replaceAsync(key: string, message: NotificationMessageLike, callback?: AsyncCallback<void>): void;
}

/** An appointment (or mail) being composed. */
export interface ComposeItem {
  readonly itemType: string;
  readonly body: BodyApi;
  readonly location?: LocationApi;
  readonly enhancedLocation?: EnhancedLocationApi;
  loadCustomPropertiesAsync(callback: AsyncCallback<CustomPropertiesLike>): void;
  readonly notificationMessages?: NotificationsApi;
}

/** An item being read: location is a plain string (attendee view, meeting request). */
export interface ReadItem {
  readonly itemType: string;
  readonly body: Pick<BodyApi, 'getAsync'>;
  readonly location?: string;
  readonly notificationMessages?: NotificationsApi;
}

export interface RoamingSettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: AsyncCallback<void>): void;
}

/** What the add-in reads from `Office.context` besides the item. */
export interface MailboxContext {
  readonly displayLanguage: string;
  readonly roamingSettings: RoamingSettingsLike;
  isSetSupported(name: string, version: string): boolean;
  /** `Office.context.ui.openBrowserWindow` where the client has it; absent otherwise. */
  readonly openBrowserWindow?: (url: string) => void;
}

/** Function-command and launch-event event object. */
export interface CommandEvent {
  completed(options?: { allowEvent?: boolean }): void;
}
