// The host port: everything a shared/ui component may ask of the page it runs in.
// The extension popup/options page and the Outlook task pane each implement it; components never
// touch browser.*, chrome.* or Office.* (the darkreader "ExtWrapper" idea, see notes/style-models.md §2).
import type { Lang } from '../core/i18n/lang.ts';
import type { LocalizedMessage } from '../core/i18n/translate.ts';
import type { Profile } from '../core/profile/profile.ts';

/**
 * What a user may change in a settings page (the core's type: every field optional, a missing field
 * takes the organisation's profile value; policies win over these, see core profile/resolve-profile.ts).
 */
export type { UserSettings } from '../core/profile/resolve-profile.ts';
import type { UserSettings } from '../core/profile/resolve-profile.ts';

export type SettingField = keyof UserSettings;

/** The profile as the user sees it now: built profile, then the user's settings, then policies. */
export interface ProfileState {
  readonly profile: Profile;
  readonly settings: UserSettings;
  /** Fields set by the organisation: shown read-only ("défini par votre organisation"). */
  readonly locked: ReadonlySet<string>;
  /**
   * Non-empty when an organisation policy exists but is invalid: the UI says so and refuses to
   * create links (fail closed), rather than silently using the defaults.
   */
  readonly policyErrors: readonly LocalizedMessage[];
}

/** An action's outcome, worded by the UI: a core message, or a UI message key with parameters. */
export type HostResult =
  | { readonly ok: true }
  | { readonly ok: false; readonly error: LocalizedMessage };

/** A link created earlier, kept on this device only (never synced), clearable by the user. */
export interface RecentLink {
  readonly url: string;
  /** ISO 8601 instant. */
  readonly createdAt: string;
}

/** A webmail on the organisation's own domain that the user enabled on this device. */
export interface AddedWebmailEntry {
  /** A `WebmailKind` of the core's profile (sogo, roundcube, …). */
  readonly kind: string;
  /** `https://host[:port]`, normalised. */
  readonly origin: string;
}

export interface Host {
  /** Which front door: lets a component hide what makes no sense there (e.g. "Schedule" in Outlook). */
  readonly kind: 'extension' | 'outlook';
  /** The UI language, already picked (settings, then browser/Outlook language, fr when unknown). */
  readonly lang: Lang;

  /**
   * The invitation's words in `lang`, when the page loads them after its first render (the
   * extension popup). Absent: they are already there.
   */
  loadInviteWords?(): Promise<void>;

  /**
   * The state the page already read before its first render (the extension pages read it to pick
   * their language): the first frame shows it instead of waiting for getProfile() and two effect
   * rounds (each one frame later), which was ~30 ms of the popup's time to its link.
   */
  readonly initialProfile?: ProfileState;
  getProfile(): Promise<ProfileState>;
  /** Saves the user's layer and returns the newly resolved state. Locked fields are ignored. */
  saveSettings(settings: UserSettings): Promise<ProfileState>;
  /** Called when settings or policies change elsewhere (another tab, IT). Returns an unsubscribe. */
  onProfileChange?(listener: (state: ProfileState) => void): () => void;

  /** Puts both flavours on the clipboard: text/plain always, text/html when given. */
  copy(text: string, html?: string): Promise<HostResult>;
  /** Opens a URL in a new tab/window (join, Google Calendar, Outlook on the web). */
  openUrl(url: string): Promise<void>;
  /** Opens the settings page (extension options page, task pane settings view). */
  openSettings?(): Promise<void>;
  /** Saves a file the user can open (the .ics). Absent where the host cannot download. */
  download?(filename: string, mimeType: string, content: string): Promise<HostResult>;

  /** Outlook task pane: puts the meeting into the item being composed (location and/or body). */
  insertIntoItem?(meeting: { readonly url: string }, invite: { readonly text: string; readonly html: string }): Promise<HostResult>;
  /** Outlook task pane: takes our block and link back out, leaving every other byte as it was. */
  removeFromItem?(): Promise<HostResult>;
  /** Outlook task pane: the Visio link already in the item, if any (the pane then offers "remove"). */
  currentItemLink?(): Promise<string | null>;

  /** Links created earlier on this device (most recent first). */
  recentLinks?(): Promise<readonly RecentLink[]>;
  rememberLink?(url: string): Promise<void>;
  clearRecentLinks?(): Promise<void>;

  /**
   * Asks for the right to talk to a self-hosted instance (optional host permission). Must be
   * called from a user gesture. Absent = nothing to ask (the host can always fetch).
   */
  requestOrigin?(origin: string): Promise<boolean>;

  /**
   * Extension only (absent = the settings page shows no webmail section): webmails on the
   * organisation's own domain the user enabled here, beyond the profile's `webmails`.
   */
  addedWebmails?(): Promise<readonly AddedWebmailEntry[]>;
  /** Must be called from the click: asks for the origin's host permission first (a user gesture). */
  addWebmail?(kind: string, origin: string): Promise<HostResult>;
  /** Disables it and gives the host permission back. */
  removeWebmail?(webmail: AddedWebmailEntry): Promise<void>;
}
