// The popup list rendered by preact into jsdom, on a port holding known data: what a user reads and
// clicks (Join on Visio meetings, the other services named, the running meeting marked, empty and
// error states in words).
import { afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import type { Lang } from '../../core/i18n/lang.ts';
import type { CalendarPort } from './calendar-port.ts';
import type { CalendarSnapshot, UpcomingMeeting } from './upcoming-types.ts';

const NOW = Date.parse('2027-03-24T09:07:00Z'); // a Wednesday
const MIN = 60_000;
const dom = new JSDOM('<!doctype html><html><body></body></html>', { url: 'chrome-extension://test/popup.html' });
Object.assign(globalThis, { window: dom.window, document: dom.window.document, Event: dom.window.Event, HTMLElement: dom.window.HTMLElement, Node: dom.window.Node });

const { render } = await import('preact');
const { act } = await import('preact/test-utils');
const { UpcomingMeetings } = await import('./upcoming-meetings.tsx');

function meeting(uid: string, startInMinutes: number, minutes: number, provider: UpcomingMeeting['provider'], url: string, summary = uid): UpcomingMeeting {
  const start = NOW + startInMinutes * MIN;
  return { uid, start, end: start + minutes * MIN, summary, provider, url };
}

const VISIO = 'https://visio.numerique.gouv.fr/abc-defg-hij';
const TEAMS = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_x@thread.v2/0';

function port(snapshot: CalendarSnapshot, joined: string[] = []): CalendarPort {
  return {
    load: async () => snapshot, onChange: () => () => undefined, refresh: async () => undefined,
    addFeed: async () => ({ ok: true }), removeSource: async () => undefined, setReminderMinutes: async () => undefined,
    importFile: async () => ({ ok: true, count: 0 }), join: async (url) => { joined.push(url); }, openSettings: async () => undefined,
  };
}

const okSource = { id: 's1', kind: 'feed' as const, label: 'cal.example.fr/…/basic.ics', state: 'ok' as const, lastSuccess: NOW, meetingCount: 3 };

const mounted: HTMLElement[] = [];

async function show(snapshot: CalendarSnapshot, lang: Lang = 'fr', timeZone = 'Europe/Paris', joined: string[] = []): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  mounted.push(root);
  await act(async () => { render(<UpcomingMeetings calendar={port(snapshot, joined)} lang={lang} timeZone={timeZone} clock={() => NOW} />, root); });
  await act(async () => { await new Promise((resolve) => setTimeout(resolve, 0)); });
  return root;
}

describe('UpcomingMeetings', () => {
  before(() => { document.body.textContent = ''; });
  // Unmounting stops the components' minute timers (the test process would never end otherwise).
  afterEach(() => { for (const root of mounted.splice(0)) render(null, root); document.body.textContent = ''; });

  it('lists the week’s meetings by day in the user’s zone, Join on Visio ones, the provider named on others', async () => {
    const joined: string[] = [];
    const root = await show({
      sources: [okSource], reminderMinutes: 5,
      meetings: [
        meeting('running', -10, 60, 'visio', VISIO, 'Comité'),
        meeting('teams', 24 * 60, 60, 'teams', TEAMS, 'Prestataire'),
        meeting('next-week', 8 * 24 * 60, 30, 'visio', VISIO, 'Trop loin'),
      ],
    }, 'fr', 'Europe/Paris', joined);
    const days = [...root.querySelectorAll('[data-visio-day]')].map((day) => day.querySelector('h3')?.textContent);
    assert.deepEqual(days, ['Aujourd’hui', 'Demain']);
    const items = [...root.querySelectorAll('[data-visio-meeting]')];
    assert.deepEqual(items.map((item) => item.querySelector('[data-visio-summary]')?.textContent), ['Comité', 'Prestataire']);
    assert.equal(items[0]?.querySelector('[data-visio-when]')?.textContent, '09:57 – 10:57');
    assert.ok(items[0]?.hasAttribute('data-visio-in-progress'));
    assert.match(items[0]?.textContent ?? '', /En cours/);
    assert.ok(!items[1]?.hasAttribute('data-visio-in-progress'));
    assert.equal(items[1]?.querySelector('[data-visio-action="join"]'), null, 'no Visio Join on a Teams meeting');
    assert.equal(items[1]?.querySelector('a')?.textContent, 'Ouvrir dans Microsoft Teams');
    const join = items[0]?.querySelector<HTMLButtonElement>('[data-visio-action="join"]');
    assert.equal(join?.getAttribute('aria-label'), 'Rejoindre « Comité »');
    await act(async () => { join?.click(); });
    assert.deepEqual(joined, [VISIO]);
  });

  it('shows times in the zone it is given (Auckland is 13 hours ahead in March)', async () => {
    const root = await show({ sources: [okSource], reminderMinutes: 5, meetings: [meeting('a', 53, 30, 'visio', VISIO)] }, 'en', 'Pacific/Auckland');
    assert.equal(root.querySelector('[data-visio-when]')?.textContent, '11:00 PM – 11:30 PM');
    assert.equal(root.querySelector('h3')?.textContent, 'Today');
  });

  it('says there is nothing in the next 7 days, and asks for a calendar when there is none', async () => {
    const empty = await show({ sources: [okSource], reminderMinutes: 5, meetings: [] }, 'de');
    assert.equal(empty.querySelector('[data-visio-upcoming-empty]')?.textContent, 'Keine Besprechung mit Link in den nächsten 7 Tagen.');
    const reading = await show({ sources: [{ id: 'p', kind: 'feed', label: 'x', state: 'pending' }], reminderMinutes: 5, meetings: [] }, 'fr');
    assert.equal(reading.querySelector('[data-visio-upcoming]')?.getAttribute('data-visio-upcoming'), 'loading');
    assert.match(reading.textContent ?? '', /Lecture de vos agendas…/);
    const none = await show({ sources: [], reminderMinutes: 5, meetings: [] }, 'nl');
    assert.match(none.querySelector('[data-visio-upcoming-empty]')?.textContent ?? '', /Voeg in de instellingen het adres van uw agenda toe/);
    assert.ok(none.querySelector('[data-visio-action="calendar-settings"]'));
  });

  it('words a calendar’s error next to the meetings that could still be read', async () => {
    const root = await show({
      sources: [okSource, { id: 's2', kind: 'feed', label: 'zimbra.example.fr/…/Calendar', state: 'error', error: { key: 'feed.unauthorized', params: { status: 401 } }, retryAt: NOW + 60_000 }],
      reminderMinutes: 5, meetings: [meeting('a', 30, 30, 'visio', VISIO)],
    });
    assert.equal(root.querySelector('[data-visio-source-error="s2"]')?.textContent, "zimbra.example.fr/…/Calendar : Le serveur refuse l'accès à l'agenda (erreur 401) : l'adresse secrète a peut-être été changée ou révoquée.");
    assert.equal(root.querySelectorAll('[data-visio-meeting]').length, 1);
  });

  it('a very long title is clamped to two lines, the full title kept as its tooltip and in the Join button’s name', async () => {
    const long = `${'Comité de pilotage interministériel '.repeat(12)}fin`;
    const root = await show({ sources: [okSource], reminderMinutes: 5, meetings: [meeting('long', 60, 30, 'visio', VISIO, long)] });
    const summary = root.querySelector<HTMLElement>('[data-visio-summary]');
    assert.ok(summary?.classList.contains('clamp-2'), 'clamped by the shared stylesheet');
    assert.equal(summary?.getAttribute('title'), long);
    assert.equal(root.querySelector('[data-visio-action="join"]')?.getAttribute('aria-label'), `Rejoindre « ${long} »`);
  });
});
