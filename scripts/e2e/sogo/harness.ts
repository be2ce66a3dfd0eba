// Node side of the SOGo harness: start it (start.sh is idempotent), and talk CalDAV to check
// what SOGo really stored. Facts: notes/sogo-e2e.md §6.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export interface SogoServer {
  readonly baseUrl: string;
}

export type SogoStart = { ok: true; server: SogoServer; ms: number } | { ok: false; reason: string };

const here = import.meta.dirname;

/** Starts SOGo (installing its packages when missing); never throws: returns why it could not. */
export function ensureSogo(): SogoStart {
  if (process.platform !== 'linux') return { ok: false, reason: 'the SOGo harness needs Debian (Linux)' };
  if (process.getuid?.() !== 0) return { ok: false, reason: 'the SOGo harness needs root (apt-get, runuser, /etc/sogo)' };
  const started = Date.now();
  const run = spawnSync('bash', [join(here, 'start.sh')], { encoding: 'utf8', env: { ...process.env, QUIET: '1' }, timeout: 600_000 });
  if (run.status !== 0) {
    return { ok: false, reason: `scripts/e2e/sogo/start.sh failed (${run.status ?? run.signal}): ${(run.stderr || run.stdout || '').trim().slice(-600)}` };
  }
  return { ok: true, server: { baseUrl: run.stdout.trim().split('\n').pop()! }, ms: Date.now() - started };
}

function auth(user: string): string {
  return `Basic ${Buffer.from(`${user}:${user}`).toString('base64')}`;
}

export function calendarUrl(server: SogoServer, user: string): string {
  return `${server.baseUrl}/SOGo/dav/${user}/Calendar/personal/`;
}

/** PUT an event (test users' password is their name). */
export async function putEvent(server: SogoServer, user: string, uid: string, ics: string): Promise<void> {
  const response = await fetch(`${calendarUrl(server, user)}${uid}.ics`, {
    method: 'PUT', body: ics, headers: { authorization: auth(user), 'content-type': 'text/calendar; charset=utf-8' },
  });
  if (response.status !== 201 && response.status !== 204) throw new Error(`PUT ${uid}: HTTP ${response.status} ${await response.text()}`);
}

export async function getEvent(server: SogoServer, user: string, uid: string): Promise<string> {
  const response = await fetch(`${calendarUrl(server, user)}${uid}.ics`, { headers: { authorization: auth(user) } });
  if (response.status !== 200) throw new Error(`GET ${uid}: HTTP ${response.status}`);
  return response.text();
}

export async function deleteEvent(server: SogoServer, user: string, uid: string): Promise<void> {
  await fetch(`${calendarUrl(server, user)}${uid}.ics`, { method: 'DELETE', headers: { authorization: auth(user) } });
}

/** Every event of a user's personal calendar, raw iCalendar by resource name. */
export async function listEvents(server: SogoServer, user: string): Promise<Map<string, string>> {
  const body = `<?xml version="1.0" encoding="utf-8"?>
<C:calendar-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">
  <D:prop><C:calendar-data/></D:prop>
  <C:filter><C:comp-filter name="VCALENDAR"><C:comp-filter name="VEVENT"/></C:comp-filter></C:filter>
</C:calendar-query>`;
  const response = await fetch(calendarUrl(server, user), {
    method: 'REPORT', body, headers: { authorization: auth(user), depth: '1', 'content-type': 'application/xml; charset=utf-8' },
  });
  const xml = await response.text();
  const events = new Map<string, string>();
  for (const match of xml.matchAll(/<D:href>([^<]+)<\/D:href>[\s\S]*?<C:calendar-data>([\s\S]*?)<\/C:calendar-data>/g)) {
    const name = decodeURIComponent(match[1]!.split('/').pop()!.replace(/\.ics$/, ''));
    events.set(name, decodeXml(match[2]!));
  }
  return events;
}

function decodeXml(text: string): string {
  return text.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** Values of a property in every component that has it (RFC 5545 unfolded and unescaped). */
export function icsValues(ics: string, name: string): string[] {
  const unfolded = ics.replace(/\r?\n[ \t]/g, '');
  const values: string[] = [];
  for (const line of unfolded.split(/\r?\n/)) {
    const match = new RegExp(`^${name}(?:;[^:]*)?:(.*)$`, 'i').exec(line);
    if (match) values.push(match[1]!.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c)));
  }
  return values;
}

/** Escapes a TEXT value for iCalendar (for seeding events). */
export function icsText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}
