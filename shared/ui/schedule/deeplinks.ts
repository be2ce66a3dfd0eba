// "Schedule" buttons: URLs that open a prefilled new event in a web calendar, so no DOM is written
// (notes/webmail-extensions.md §3.1 and §3.2). The link goes where the profile's placement says.
import type { LinkPlacement } from '../../core/profile/profile.ts';
import type { EventWindow } from './event-window.ts';

export interface ScheduleRequest {
  readonly title: string;
  readonly window: EventWindow;
  readonly url: string;
  /** The plain-text invitation (deeplinks carry text, never HTML). */
  readonly inviteText: string;
  readonly placement: LinkPlacement;
}

function locationOf(request: ScheduleRequest): string {
  return request.placement === 'description' ? '' : request.url;
}

function bodyOf(request: ScheduleRequest): string {
  return request.placement === 'location' ? request.url : request.inviteText;
}

/** `20261203T100000Z`: Google's `dates` format, in UTC so no time zone guessing happens. */
function googleInstant(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
}

/** `2026-12-03T10:00:00Z`: what Outlook's compose deeplink reads. */
function outlookInstant(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function googleCalendarUrl(request: ScheduleRequest): string {
  const url = new URL('https://calendar.google.com/calendar/render');
  url.searchParams.set('action', 'TEMPLATE');
  url.searchParams.set('text', request.title);
  url.searchParams.set('dates', `${googleInstant(request.window.start)}/${googleInstant(request.window.end)}`);
  url.searchParams.set('details', bodyOf(request));
  const location = locationOf(request);
  if (location) url.searchParams.set('location', location);
  return url.toString();
}

function outlookParams(url: URL, request: ScheduleRequest): string {
  url.searchParams.set('subject', request.title);
  url.searchParams.set('startdt', outlookInstant(request.window.start));
  url.searchParams.set('enddt', outlookInstant(request.window.end));
  url.searchParams.set('body', bodyOf(request));
  const location = locationOf(request);
  if (location) url.searchParams.set('location', location);
  return url.toString();
}

/** Microsoft 365 (`office`) or Outlook.com (`live`). */
export function outlookWebUrl(service: 'office' | 'live', request: ScheduleRequest): string {
  const base = service === 'office'
    ? 'https://outlook.office.com/calendar/deeplink/compose'
    : 'https://outlook.live.com/calendar/0/deeplink/compose';
  const url = new URL(base);
  url.searchParams.set('path', '/calendar/action/compose');
  url.searchParams.set('rru', 'addevent');
  return outlookParams(url, request);
}

/** On-premises Exchange: `https://mail.example/owa/?path=/calendar/action/compose&…`. */
export function onPremOwaUrl(origin: string, request: ScheduleRequest): string {
  const url = new URL('/owa/', origin);
  url.searchParams.set('path', '/calendar/action/compose');
  url.searchParams.set('rru', 'addevent');
  return outlookParams(url, request);
}

const MICROSOFT_HOSTED = new Set(['outlook.office.com', 'outlook.office365.com', 'outlook.live.com']);

/** The on-premises OWA origins the organisation listed in its profile (Microsoft's own hosts excluded). */
export function onPremOwaOrigins(webmails: readonly { readonly kind: string; readonly origin: string }[]): string[] {
  return webmails
    .filter((webmail) => webmail.kind === 'owa')
    .map((webmail) => webmail.origin)
    .filter((origin) => { try { return !MICROSOFT_HOSTED.has(new URL(origin).hostname); } catch { return false; } });
}
