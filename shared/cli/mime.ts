// Reading a saved e-mail (.eml, RFC 5322 + MIME) for `visio detect`: the mail's readable parts
// decoded (quoted-printable, base64; utf-8, latin1, windows-1252…), so a link split by a soft
// line break or hidden in base64 is found. The CLI's concern, not the core's: the extension and
// the add-in get bodies already decoded from the mail client.

import { decodeWindows1252 } from '../core/text/windows-1252.ts';

/** One readable part of a message, decoded to text. */
export interface MessagePart {
  /** Lower case, e.g. `text/html`. */
  readonly contentType: string;
  readonly text: string;
}

interface Headers {
  readonly [name: string]: string | undefined;
}

/** Types whose text may hold a meeting link; other parts (images, PDFs…) are skipped. */
const READABLE = new Set(['text/plain', 'text/html', 'text/calendar', 'application/ics']);
const MAX_DEPTH = 8;

/**
 * True when `bytes` start with a mail's header block: only `Name: value` lines (and their folded
 * continuations) up to a blank line, one of them a MIME header. An .ics file (`BEGIN:VCALENDAR`
 * lines, no blank line, no MIME header) or an HTML page does not qualify.
 */
export function looksLikeMessage(bytes: Uint8Array): boolean {
  const head = withoutEnvelope(binary(bytes.subarray(0, 64 * 1024)));
  const blank = /\r?\n\r?\n/.exec(head);
  if (!blank) return false;
  const lines = head.slice(0, blank.index).split(/\r?\n/);
  if (!/^[!-9;-~]+:/.test(lines[0] ?? '')) return false;
  if (!lines.every((line) => /^[!-9;-~]+:/.test(line) || /^[ \t]/.test(line))) return false;
  return lines.some((line) => /^(content-type|content-transfer-encoding|mime-version):/i.test(line));
}

/** The text parts of a message (multiparts and attached messages walked), decoded. */
export function messageParts(bytes: Uint8Array): MessagePart[] {
  const parts: MessagePart[] = [];
  walk(withoutEnvelope(binary(bytes)), parts, 0);
  return parts;
}

/** A mail saved from an mbox (mutt, some webmails) starts with a `From sender date` envelope line. */
function withoutEnvelope(text: string): string {
  return text.replace(/^From [^\r\n]*\r?\n/, '');
}

/** Bytes as a string of code points 0–255, so boundaries and headers can be matched as text. */
function binary(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

function splitEntity(entity: string): { headers: Headers; body: string } {
  const blank = /\r?\n\r?\n/.exec(entity);
  // A part that starts with its blank line has no headers (text/plain us-ascii by default).
  const startsBlank = /^\r?\n/.exec(entity);
  const headerText = startsBlank ? '' : blank ? entity.slice(0, blank.index) : entity;
  const body = startsBlank ? entity.slice(startsBlank[0].length) : blank ? entity.slice(blank.index + blank[0].length) : '';
  const headers: Record<string, string> = {};
  for (const line of headerText.replace(/\r?\n(?=[ \t])/g, '').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    headers[name] ??= line.slice(colon + 1).trim();
  }
  return { headers, body };
}

/** `text/html; charset="utf-8"` → the type and its parameters (names lower case). */
function parseContentType(value: string | undefined): { type: string; params: Map<string, string> } {
  const params = new Map<string, string>();
  if (value === undefined) return { type: 'text/plain', params };
  const type = (value.split(';')[0] ?? '').trim().toLowerCase() || 'text/plain';
  const param = /;\s*([^\s=;]+)\s*=\s*("((?:[^"\\]|\\.)*)"|[^;\s]*)/g;
  for (let match = param.exec(value); match !== null; match = param.exec(value)) {
    const raw = match[3] !== undefined ? match[3].replace(/\\(.)/g, '$1') : (match[2] ?? '');
    params.set((match[1] ?? '').toLowerCase(), raw);
  }
  return { type, params };
}

function walk(entity: string, parts: MessagePart[], depth: number): void {
  if (depth > MAX_DEPTH) return;
  const { headers, body } = splitEntity(entity);
  const { type, params } = parseContentType(headers['content-type']);
  const encoding = (headers['content-transfer-encoding'] ?? '7bit').trim().toLowerCase();
  if (type.startsWith('multipart/')) {
    const boundary = params.get('boundary');
    if (boundary) for (const child of splitMultipart(body, boundary)) walk(child, parts, depth + 1);
    return;
  }
  if (type === 'message/rfc822') {
    walk(binary(decodeTransfer(body, encoding)), parts, depth + 1);
    return;
  }
  const disposition = parseContentType(`x; ${headers['content-disposition'] ?? ''}`).params;
  const names = [params.get('name'), params.get('name*'), disposition.get('filename'), disposition.get('filename*')];
  // Mailers often attach an invitation as application/octet-stream named *.ics (the name possibly
  // an encoded word, =?utf-8?Q?invitation.ics?=).
  const isIcsAttachment = names.some((name) => name !== undefined && /\.ics(\?=)?$/i.test(name));
  if (!READABLE.has(type) && !isIcsAttachment) return;
  const text = decodeCharset(decodeTransfer(body, encoding), params.get('charset'));
  parts.push({ contentType: isIcsAttachment && !READABLE.has(type) ? 'text/calendar' : type, text });
}

/** The bodies between `--boundary` lines, up to `--boundary--` (preamble and epilogue dropped). */
function splitMultipart(body: string, boundary: string): string[] {
  const escaped = boundary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const delimiter = new RegExp(`(?:^|\\r?\\n)--${escaped}(--)?[ \\t]*(?=\\r?\\n|$)`, 'g');
  const children: string[] = [];
  let start = -1;
  for (let match = delimiter.exec(body); match !== null; match = delimiter.exec(body)) {
    if (start >= 0) children.push(body.slice(start, match.index));
    if (match[1] === '--') return children;
    const afterLine = /^\r?\n/.exec(body.slice(delimiter.lastIndex));
    start = delimiter.lastIndex + (afterLine ? afterLine[0].length : 0);
  }
  // No closing delimiter (a truncated mail): keep the last part read.
  if (start >= 0) children.push(body.slice(start));
  return children;
}

function decodeTransfer(body: string, encoding: string): Uint8Array {
  if (encoding === 'base64') return Buffer.from(body.replace(/[^A-Za-z0-9+/]/g, ''), 'base64');
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(body);
  return Buffer.from(body, 'latin1');
}

/** RFC 2045 §6.7: `=XX` is a byte, `=` at the end of a line (trailing blanks allowed) joins lines. */
export function decodeQuotedPrintable(body: string): Uint8Array {
  const joined = body.replace(/=[ \t]*\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i += 1) {
    const code = joined.charCodeAt(i);
    const hex = joined.slice(i + 1, i + 3);
    if (code === 0x3d && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else {
      // A lone `=` is kept as written (RFC 2045's advice for robust decoders).
      bytes.push(code & 0xff);
    }
  }
  return Uint8Array.from(bytes);
}

/** The charset the part declares; UTF-8 when it names none or one TextDecoder does not know. */
function decodeCharset(bytes: Uint8Array, charset: string | undefined): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset?.trim() || 'utf-8');
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  // Node 20's TextDecoder reads `windows-1252` (and the latin1/us-ascii labels that mean it) as
  // ISO-8859-1, leaving 0x80–0x9F as control characters: the core's decoder follows WHATWG.
  const text = decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes);
  return text.replace(/^\uFEFF/, '');
}
