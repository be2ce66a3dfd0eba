import { anchorTexts, type AnchorText } from './anchors.ts';
import { instanceParts, type InstanceParts } from '../profile/instance-url.ts';
import type { Profile } from '../profile/profile.ts';
import { parseHttpUrl } from './http-url.ts';
import { DEFAULT_JITSI_HOSTS, otherProvider, type Provider } from './providers.ts';
import { cleanText, inputSpan, looksLikeIcs, type TextFormat } from './scan-text.ts';
import { normalizeSlug } from './slug.ts';
import { unwrapRedirects } from './unwrap.ts';

/**
 * Meeting links in an event's text: plain text, HTML (attributes and text) or iCalendar.
 *
 * Visio links count only on an exact scheme + host + port + path-prefix match with one of the
 * organisation's instances, followed by exactly one room segment in Meet's strict or flexible form.
 * Their `url` is the canonical room address (`https://host/abc-defg-hij`): the query and fragment
 * are tolerated but dropped, since Meet rooms carry nothing in them (no PIN, no password;
 * notes/visio-meet.md §1.5) and one room must compare equal however it was written.
 * Other services keep their query: Zoom's `pwd`, Teams' `context` and `p` are needed to join.
 *
 * Lookalikes never count: other hosts (`visio.numerique.gouv.fr.example.net`), credentials
 * (`https://visio.numerique.gouv.fr@evil.example/…`), non-ASCII or other punycode hosts, `http:`,
 * addresses inside `javascript:`/`data:` URLs, reserved or non-room paths.
 *
 * In HTML, an address in an anchor's visible text counts only when the anchor's href opens the
 * same meeting (after unwrapping SafeLinks and similar, compared canonically): a click follows the
 * href, so `<a href="https://evil.example/x">https://visio…/abc-defg-hij</a>` or an address shown
 * over a `javascript:` href is not a meeting link. An anchor without href is plain text. The href
 * itself is read like any other address.
 */
export interface FoundLink {
  readonly provider: Provider;
  /** Canonical for Visio, unwrapped and trimmed for the others. */
  readonly url: string;
  /** Where the link starts in the input (the wrapper's start when it was wrapped). */
  readonly index: number;
  /** Just after the link in the input: `input.slice(index, end)` is the link as written. */
  readonly end: number;
}

export interface VisioRoom {
  /** The instance it belongs to, normalised. */
  readonly instanceUrl: string;
  readonly slug: string;
  readonly url: string;
}

export interface DetectOptions {
  /** `auto` (default) reads iCalendar when the input has a BEGIN:VCALENDAR or BEGIN:VEVENT line. */
  readonly format?: TextFormat | 'auto';
  /** Self-hosted Jitsi servers whose links count as Jitsi; meet.jit.si by default. */
  readonly jitsiHosts?: readonly string[];
}

/** The instances whose links are Visio links for an organisation. */
export function profileInstances(profile: Pick<Profile, 'instanceUrl' | 'extraInstances'>): string[] {
  return [profile.instanceUrl, ...profile.extraInstances];
}

/**
 * Characters an address is made of (RFC 3986), minus the quote that ends HTML attributes.
 * No regex lookbehind or other ES2018+ feature here: Outlook's event runtime bundle targets ES2017.
 */
const CANDIDATE = /https?:\/\/[A-Za-z0-9\-._~:/?#[\]@!$&()*+,;=%]+/gi;
/** `xhttps://…` or `web+https://…` is not an https address. */
const GLUED_BEFORE = /[A-Za-z0-9+.-]/;
/** A candidate whose surrounding word starts with one of these schemes is data, not a link. */
const INSIDE_SCRIPT_OR_DATA = /(?:^|[^A-Za-z0-9+.-])(?:javascript|vbscript|data|file|blob):/i;
const TRAILING_PUNCTUATION = /[.,;:!?*]$/;
const CLOSERS: Readonly<Record<string, string>> = { ')': '(', ']': '[' };

const MAX_URL_LENGTH = 8192;
const WORD_BOUNDARY = /[\s<>"]/;

/** What is glued in front of an address, up to the previous space, tag or quote (bounded). */
function wordBefore(text: string, at: number): string {
  const limit = Math.max(at - 2048, 0);
  let start = at;
  while (start > limit && !WORD_BOUNDARY.test(text.charAt(start - 1))) start -= 1;
  return text.slice(start, at);
}

function count(text: string, char: string): number {
  let total = 0;
  for (const c of text) if (c === char) total += 1;
  return total;
}

/**
 * Drops what prose puts after an address: `.`, `,`, `;`, an unbalanced `)` or `]`, and a `%3E`
 * left where a mail client encoded the `>` of `<https://…>` (MeetingBar#727).
 */
export function trimUrlEnd(candidate: string): string {
  let url = candidate;
  for (;;) {
    const last = url.slice(-1);
    if (TRAILING_PUNCTUATION.test(last)) url = url.slice(0, -1);
    else if (/%3e$/i.test(url)) url = url.slice(0, -3);
    else if (CLOSERS[last] !== undefined && count(url, last) > count(url, CLOSERS[last] ?? '')) url = url.slice(0, -1);
    else return url;
  }
}

function parseInstances(instances: readonly string[]): Array<InstanceParts & { url: string }> {
  const parsed: Array<InstanceParts & { url: string }> = [];
  for (const url of instances) {
    const parts = instanceParts(url);
    if (parts === null) continue;
    const port = parts.port === '' ? '' : `:${parts.port}`;
    parsed.push({ ...parts, url: `${parts.scheme}://${parts.host}${port}${parts.pathPrefix}` });
  }
  return parsed;
}

function matchVisio(url: string, instances: ReadonlyArray<InstanceParts & { url: string }>): VisioRoom | null {
  const parsed = parseHttpUrl(url);
  if (parsed === null) return null;
  for (const instance of instances) {
    if (parsed.scheme !== instance.scheme || parsed.host !== instance.host || parsed.port !== instance.port) continue;
    const prefix = `${instance.pathPrefix}/`;
    if (!parsed.path.startsWith(prefix)) continue;
    // One segment; a trailing slash is what a hand-typed link may add, the room is the same.
    const slug = normalizeSlug(parsed.path.slice(prefix.length).replace(/\/$/, ''));
    if (slug !== null) return { instanceUrl: instance.url, slug, url: `${instance.url}/${slug}` };
  }
  return null;
}

/** Whether an anchor's href opens `url` (same canonical meeting); `javascript:` and other hrefs do not. */
function hrefOpens(href: string, url: string, classify: (written: string) => { url: string } | null): boolean {
  const trimmed = href.trim();
  if (!/^https?:\/\//i.test(trimmed)) return false;
  return classify(trimUrlEnd(trimmed))?.url === url;
}

/** A single address (as pasted, possibly wrapped or in `<…>`) → the Visio room it opens, or null. */
export function parseVisioUrl(url: string, instances: readonly string[]): VisioRoom | null {
  // What surrounds an address in prose or in Outlook's `<…>`; a room URL never ends with these.
  const bare = url.trim().replace(/^[<("'[«“‘]+/, '').replace(/[>)"'\]»”’.,;:!?]+$/, '');
  if (/\s/.test(bare)) return null;
  return matchVisio(unwrapRedirects(trimUrlEnd(bare), trimUrlEnd), parseInstances(instances));
}

export function findMeetingLinks(input: string, instances: readonly string[], options: DetectOptions = {}): FoundLink[] {
  const format = options.format === undefined || options.format === 'auto' ? (looksLikeIcs(input) ? 'ics' : 'html') : options.format;
  const jitsiHosts = options.jitsiHosts ?? DEFAULT_JITSI_HOSTS;
  const parsedInstances = parseInstances(instances);
  const clean = cleanText(input, format);
  const found: FoundLink[] = [];
  const seen = new Set<string>();

  const classify = (written: string): { provider: Provider; url: string } | null => {
    const target = unwrapRedirects(written, trimUrlEnd);
    const visio = matchVisio(target, parsedInstances);
    if (visio !== null) return { provider: 'visio', url: visio.url };
    const parsed = parseHttpUrl(target);
    const provider = parsed === null ? null : otherProvider(parsed, jitsiHosts);
    return provider === null ? null : { provider, url: target };
  };
  const anchors = format === 'html' ? anchorTexts(clean.text) : [];
  let anchorAt = 0;

  CANDIDATE.lastIndex = 0;
  for (let match = CANDIDATE.exec(clean.text); match !== null; match = CANDIDATE.exec(clean.text)) {
    if (match.index > 0 && GLUED_BEFORE.test(clean.text.charAt(match.index - 1))) continue;
    if (INSIDE_SCRIPT_OR_DATA.test(wordBefore(clean.text, match.index))) continue;
    // Join links are a few hundred characters; a huge one is hostile or broken, not worth trimming.
    if (match[0].length > MAX_URL_LENGTH) continue;

    const written = trimUrlEnd(match[0]);
    const link = classify(written);
    if (link === null || seen.has(link.url)) continue;
    // Candidates come in order: the anchors before this one are behind us for good.
    while (anchorAt < anchors.length && (anchors[anchorAt]?.end ?? 0) <= match.index) anchorAt += 1;
    const anchor: AnchorText | undefined = anchors[anchorAt];
    if (anchor !== undefined && anchor.start <= match.index && anchor.href !== null && !hrefOpens(anchor.href, link.url, classify)) continue;
    seen.add(link.url);
    found.push({ ...link, ...inputSpan(clean, match.index, match.index + written.length) });
  }
  // Visio first (the organisation's own service), then the others, each in reading order.
  return found.sort((a, b) => Number(b.provider === 'visio') - Number(a.provider === 'visio') || a.index - b.index);
}
