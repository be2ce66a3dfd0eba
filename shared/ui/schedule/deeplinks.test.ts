import { test } from 'node:test';
import assert from 'node:assert/strict';
import { googleCalendarUrl, onPremOwaOrigins, onPremOwaUrl, outlookWebUrl, type ScheduleRequest } from './deeplinks.ts';

const start = new Date(Date.UTC(2026, 11, 3, 9, 30));
const request: ScheduleRequest = {
  title: 'Point hebdo & budget',
  window: { start, end: new Date(start.getTime() + 45 * 60_000), durationMinutes: 45 },
  url: 'https://visio.numerique.gouv.fr/abc-defg-hij',
  inviteText: 'Rejoindre la réunion : https://visio.numerique.gouv.fr/abc-defg-hij\nMerci',
  placement: 'both',
};

test('Google Calendar template carries title, UTC slot, invitation and location', () => {
  const url = new URL(googleCalendarUrl(request));
  assert.equal(url.origin + url.pathname, 'https://calendar.google.com/calendar/render');
  assert.equal(url.searchParams.get('action'), 'TEMPLATE');
  assert.equal(url.searchParams.get('text'), 'Point hebdo & budget');
  assert.equal(url.searchParams.get('dates'), '20261203T093000Z/20261203T101500Z');
  assert.equal(url.searchParams.get('details'), request.inviteText);
  assert.equal(url.searchParams.get('location'), request.url);
});

test('placement "description" leaves the location empty, "location" keeps only the link in the body', () => {
  const described = new URL(googleCalendarUrl({ ...request, placement: 'description' }));
  assert.equal(described.searchParams.get('location'), null);
  assert.equal(described.searchParams.get('details'), request.inviteText);
  const located = new URL(outlookWebUrl('office', { ...request, placement: 'location' }));
  assert.equal(located.searchParams.get('location'), request.url);
  assert.equal(located.searchParams.get('body'), request.url);
});

test('Outlook deeplinks target Microsoft 365 and Outlook.com compose with ISO instants', () => {
  const office = new URL(outlookWebUrl('office', request));
  assert.equal(office.origin + office.pathname, 'https://outlook.office.com/calendar/deeplink/compose');
  assert.equal(office.searchParams.get('startdt'), '2026-12-03T09:30:00Z');
  assert.equal(office.searchParams.get('enddt'), '2026-12-03T10:15:00Z');
  assert.equal(office.searchParams.get('subject'), 'Point hebdo & budget');
  const live = new URL(outlookWebUrl('live', request));
  assert.equal(live.origin + live.pathname, 'https://outlook.live.com/calendar/0/deeplink/compose');
});

test('on-premises OWA uses the organisation origin and the compose path', () => {
  const url = new URL(onPremOwaUrl('https://mail.ministere.example', request));
  assert.equal(url.origin + url.pathname, 'https://mail.ministere.example/owa/');
  assert.equal(url.searchParams.get('path'), '/calendar/action/compose');
  assert.equal(url.searchParams.get('location'), request.url);
});

test('only self-hosted OWA origins of the profile are offered', () => {
  assert.deepEqual(onPremOwaOrigins([
    { kind: 'owa', origin: 'https://mail.ministere.example' },
    { kind: 'owa', origin: 'https://outlook.office365.com' },
    { kind: 'sogo', origin: 'https://sogo.example' },
  ]), ['https://mail.ministere.example']);
});
