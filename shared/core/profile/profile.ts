import type { Lang } from '../i18n/lang.ts';

/** Where the meeting link goes in an event. */
export type LinkPlacement = 'location' | 'description' | 'both';
/** Where the invitation block goes in a description/body. */
export type BlockPosition = 'top' | 'bottom';
/**
 * How rooms are made. `random`: a slug drawn on the client (Meet accepts it, see
 * notes/visio-meet.md §1.6). Server-side creation through Meet's APIs may come later.
 */
export type RoomMode = 'random';
/** Webmail calendars that have an adapter in extension/content/adapters. */
export const WEBMAIL_KINDS = ['sogo', 'roundcube', 'zimbra', 'owa', 'google', 'nextcloud', 'ox', 'bluemind'] as const;
export type WebmailKind = (typeof WEBMAIL_KINDS)[number];

/** An organisation's invitation wording for one language; `{placeholders}` are filled by the core. */
export interface InviteTemplate {
  readonly text: string;
  readonly html?: string;
}

export interface WebmailOrigin {
  readonly kind: WebmailKind;
  /** `https://mail.ministere.example`, no path. */
  readonly origin: string;
}

export interface OutlookSettings {
  /** The add-in's GUID; changing it makes Outlook see a different add-in. */
  readonly addinId: string;
  /** HTTPS base URL where dist/outlook-addin/ is served, no trailing slash. */
  readonly hostUrl: string;
  /** `cdn`: office.js from Microsoft's CDN (recommended); `self`: the @microsoft/office-js copy on hostUrl. */
  readonly officeJs: 'cdn' | 'self';
  /** Default for "add Visio to every new meeting"; the user may change it unless locked by IT. */
  readonly autoVisio: boolean;
  /** Automatic Visio leaves a meeting alone when it already holds a Teams block. */
  readonly skipTeamsMeetings: boolean;
  readonly providerName: string;
}

/**
 * One organisation's configuration. The default lives in profiles/default.json; IT builds
 * branded packages with `npm run build -- --profile file.json`; at run time user settings and
 * managed policies are layered on top (see resolve-profile.ts).
 */
export interface Profile {
  /** Product name shown in stores, menus and the add-in ribbon. */
  readonly productName: string;
  /** Reverse-DNS id; Firefox's gecko id is derived from it unless `geckoId` is set. */
  readonly geckoId: string;
  /** Normalised by normalizeInstanceUrl: `https://host[:port][/prefix]`, no trailing slash. */
  readonly instanceUrl: string;
  /** Other instances whose links also count as Visio links (e.g. visio.suite.anct.gouv.fr). */
  readonly extraInstances: readonly string[];
  /** The meeting service's name in invitations: "Visio". */
  readonly appName: string;
  /** Languages offered, first one is the default. */
  readonly languages: readonly Lang[];
  /** Organisation wording; a language without one uses the built-in invitation. */
  readonly templates: Readonly<Partial<Record<Lang, InviteTemplate>>>;
  readonly placement: LinkPlacement;
  readonly blockPosition: BlockPosition;
  readonly roomMode: RoomMode;
  /** Instance-wide dial-in number (Meet has one per instance), or null. */
  readonly dialInNumber: string | null;
  readonly helpUrl: string | null;
  /** A line every invitation must carry (e.g. a recording/AI-transcription notice), per language. */
  readonly notice: Readonly<Partial<Record<Lang, string>>> | null;
  /** Self-hosted webmails to enable without a click (manifest host permissions + content scripts). */
  readonly webmails: readonly WebmailOrigin[];
  readonly outlook: OutlookSettings;
}
