// How each Outlook client treats what an add-in writes, reproduced for the fake mailbox. Each quirk
// names the note or bug report it follows (notes/outlook-addin.md §5.2 and §6).
import type { OfficeErrorLike } from '../office/item-api.ts';
import type { Operation } from './fake-mailbox.ts';

export interface ClientQuirks {
  readonly name: string;
  /** Highest Mailbox requirement set, "1.5" … "1.14" (outlook-api-requirement-sets.md). */
  readonly mailboxVersion: string;
  /** Rewrites HTML the add-in sets, as the client stores it. */
  readonly normalizeHtml?: (html: string) => string;
  /** Wraps what getAsync returns (the stored body stays as is). */
  readonly wrapOnRead?: (html: string) => string;
  /** Phones may edit appointments as text: getTypeAsync says "text", HTML writes fail. */
  readonly textBody?: boolean;
  /** Reads that still return the body from before a write (new Outlook for Mac, office-js#5983). */
  readonly staleReadsAfterWrite?: number;
  /** How many times each operation first fails with 5001 (Mac, office-js#1842). */
  readonly transientFailures?: Partial<Record<Operation, number>>;
  /** Operations that always fail with this error. */
  readonly refuse?: Partial<Record<Operation, OfficeErrorLike>>;
  /** Operations Outlook never answers. */
  readonly hang?: readonly Operation[];
  /** No notificationMessages (Outlook on Android, office-js#1966). */
  readonly noNotifications?: boolean;
  /** No Office.context.ui.openBrowserWindow. */
  readonly noBrowserWindow?: boolean;
}

export function supportsMailbox(quirks: Pick<ClientQuirks, 'mailboxVersion'>, version: string): boolean {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  const [maxMajor = 0, maxMinor = 0] = quirks.mailboxVersion.split('.').map(Number);
  return major < maxMajor || (major === maxMajor && minor <= maxMinor);
}

/**
 * Outlook on the web / new Outlook for Windows: `class` attributes are dropped except
 * `elementToProof`, `data-*` attributes are dropped (office-js#5296, #5320), and `div`s come back as
 * `p class="elementToProof"` (office-js#5501; notes §0 item 8).
 */
export function owaNormalize(html: string): string {
  return html
    .replace(/\sclass\s*=\s*("[^"]*"|'[^']*')/gi, (whole, value: string) => (/\belementToProof\b/.test(value) ? ' class="elementToProof"' : ''))
    .replace(/\sdata-[\w-]+\s*=\s*("[^"]*"|'[^']*')/gi, '')
    .replace(/<div\b([^>]*)>/gi, (_whole, attrs: string) => `<p class="elementToProof"${attrs.replace(/\sclass="elementToProof"/, '')}>`)
    .replace(/<\/div>/gi, '</p>');
}

const WORD_HEAD = '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
  + '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
  + '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n--></style>\n</head>';

/**
 * Classic Outlook on Windows: ids come back prefixed `x_` (OpenTalk's meetingBody.ts handles it),
 * and the body is Word HTML, a whole document with MsoNormal styles in `<head>` (office-js#2045,
 * diggsweden/jitsi-outlook#31: dropping that head loses the formatting).
 */
export function classicWindowsNormalize(html: string): string {
  const prefixed = html.replace(/\sid\s*=\s*"(?!x_)([^"]*)"/gi, ' id="x_$1"');
  if (/<html[\s>]/i.test(prefixed)) return prefixed;
  return `<html>\n${WORD_HEAD}\n<body lang="FR" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n${prefixed}\n</div>\n</body>\n</html>`;
}

/** New Outlook for Mac returns a whole HTML document from getAsync (office-js#2426). */
export function macWrapOnRead(html: string): string {
  if (/<html[\s>]/i.test(html)) return html;
  return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>${html}</body></html>`;
}

/** A client that keeps HTML as given: the baseline, and the golden files' reference. */
export const PLAIN_CLIENT: ClientQuirks = { name: 'reference client (no rewriting)', mailboxVersion: '1.14' };

export const CLIENTS: readonly ClientQuirks[] = [
  PLAIN_CLIENT,
  { name: 'Outlook on the web (classes, data-* stripped, div → p.elementToProof)', mailboxVersion: '1.14', normalizeHtml: owaNormalize },
  { name: 'classic Outlook for Windows (x_ ids, Word HTML with <head>)', mailboxVersion: '1.14', normalizeHtml: classicWindowsNormalize },
  { name: 'classic Outlook for Windows on Exchange 2019 (Mailbox 1.5: location text only)', mailboxVersion: '1.5', normalizeHtml: classicWindowsNormalize },
  {
    name: 'new Outlook for Mac (whole document on read, stale read after write, transient 5001)',
    mailboxVersion: '1.14', wrapOnRead: macWrapOnRead, staleReadsAfterWrite: 1,
    transientFailures: { 'body.getAsync': 1 },
  },
  { name: 'Outlook on Android (text body, Mailbox 1.5, no notifications)', mailboxVersion: '1.5', textBody: true, noNotifications: true },
];
