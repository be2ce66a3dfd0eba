// The contract between the runner (one per page) and the webmail adapters (one file per webmail).
// An adapter knows its site's DOM and nothing else: it finds open event editors and hands over
// their fields; the runner owns the button, the writing and the read-back.
import type { WebmailKind } from '../../../shared/core/profile/profile.ts';

/** How the description is edited: a plain text field, or a rich (contenteditable) editor. */
export type FieldFormat = 'text' | 'html';

/** A single-line or multi-line plain field (location, or a plain description). */
export type PlainField = HTMLInputElement | HTMLTextAreaElement;

export interface DescriptionField {
  readonly element: PlainField | HTMLElement;
  readonly format: FieldFormat;
}

/** A meeting made by the webmail's own video feature: offered as Join, never duplicated. */
export interface NativeMeeting {
  readonly url: string;
  /** Shown on the Join button: "Jitsi", "Nextcloud Talk", … */
  readonly provider: string;
}

/** Where the button group goes: before `before` inside `parent` (`before` null = at the end). */
export interface MountPoint {
  readonly parent: Element;
  readonly before: Node | null;
}

/** One open event editor, as the adapter sees it now (re-found on every scan: hosts re-render). */
export interface EventEditor {
  /** The editor's own root element; the runner keys its state on it. */
  readonly root: Element;
  readonly location: PlainField | null;
  readonly description: DescriptionField | null;
  readonly mount: MountPoint;
  /**
   * Links put in by the webmail's own video feature (SOGo's Jitsi attachment, OX's conference,
   * BlueMind's visio, Nextcloud Talk) outside location/description: the runner offers Join for
   * them instead of adding a second meeting.
   */
  readonly nativeMeetings?: readonly NativeMeeting[];
  /**
   * How a framework-bound plain field takes a value: `setter` (native value setter, then
   * input/change events: AngularJS, Vue, Backbone) or `insertText` (focus, select, execCommand:
   * React comboboxes that ignore programmatic values).
   */
  readonly plainWrite?: 'setter' | 'insertText';
}

/** A small "new event" bubble that can only hand over to the full editor (Google's quick-add). */
export interface QuickAddDialog {
  readonly root: Element;
  readonly mount: MountPoint;
  /** Opens the full editor; false when the hand-over control was not found. */
  openFullEditor(): boolean;
}

export interface WebmailAdapter {
  readonly kind: WebmailKind;
  /** Product name, for documentation and logs. */
  readonly name: string;
  /**
   * Match patterns of the vendor's own hosts (SaaS); self-hosted kinds list none and are
   * reached through the profile's `webmails` or an origin the user adds in the options page.
   */
  readonly hostedMatches: readonly string[];
  /**
   * Path patterns (match-pattern syntax, from `/`) where the calendar lives on a self-hosted
   * origin; `origin + path` gives the content-script match.
   */
  readonly selfHostedPaths: readonly string[];
  /**
   * Every selector the adapter keys on, for the consistency test and the docs: ids, `name`,
   * `ng-model`, `data-*`, roles; never localized label text alone.
   */
  readonly hooks: readonly string[];
  /**
   * Optional cheap gate (live collections, getElementById): false when no editor can be open,
   * so the runner skips findEditors on the many mutation batches of a calendar page.
   */
  present?(doc: Document): boolean;
  /** Open, editable event editors in the document (cheap: called once per coalesced mutation batch). */
  findEditors(doc: Document): EventEditor[];
  findQuickAdd?(doc: Document): QuickAddDialog[];
  /**
   * True when every event editor of this webmail comes as a new child of `<body>` (a dialog the
   * framework appends there, and takes out when it closes). Then the page load's watcher
   * (watch.ts) observes the body's children only; the runner (runner.ts) skips the lookup while no
   * editor is open and the body's children are unchanged, and for batches of attribute changes alone.
   */
  readonly editorsOpenAsBodyChildren?: boolean;
}
