// The options page's calendar section rendered by preact into jsdom, on an in-memory port: adding
// (a refused address keeps what was typed and says why), statuses per source, removing, the
// reminder delay, a file read once.
import { afterEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import type { CalendarPort } from '../upcoming/calendar-port.ts';
import type { CalendarSnapshot, SourceStatus } from '../upcoming/upcoming-types.ts';

const dom = new JSDOM('<!doctype html><html><body></body></html>', { url: 'chrome-extension://test/options.html' });
Object.assign(globalThis, { window: dom.window, document: dom.window.document, Event: dom.window.Event, HTMLElement: dom.window.HTMLElement, Node: dom.window.Node });

const { render } = await import('preact');
const { act } = await import('preact/test-utils');
const { CalendarFeedsSection } = await import('./calendar-feeds-section.tsx');

const NOW = Date.parse('2027-03-24T09:07:00Z');

/** A port over an in-memory snapshot, with the behaviours the real one has at its edges. */
function memoryPort(initial: SourceStatus[]) {
  let snapshot: CalendarSnapshot = { meetings: [], sources: initial, reminderMinutes: 5 };
  const listeners = new Set<(next: CalendarSnapshot) => void>();
  const publish = (next: CalendarSnapshot) => { snapshot = next; for (const listener of listeners) listener(next); };
  const calls: string[] = [];
  const port: CalendarPort = {
    load: async () => snapshot,
    onChange: (listener) => { listeners.add(listener); return () => listeners.delete(listener); },
    refresh: async () => { calls.push('refresh'); },
    addFeed: async (address) => {
      calls.push(`add ${address}`);
      if (!address.startsWith('https://')) return { ok: false, error: { key: 'feed.url.insecure' } };
      publish({ ...snapshot, sources: [...snapshot.sources, { id: 'new', kind: 'feed', label: 'cal.example.fr/…/new.ics', state: 'pending' }] });
      return { ok: true };
    },
    removeSource: async (id) => { calls.push(`remove ${id}`); publish({ ...snapshot, sources: snapshot.sources.filter((source) => source.id !== id) }); },
    setReminderMinutes: async (minutes) => { calls.push(`minutes ${minutes}`); publish({ ...snapshot, reminderMinutes: minutes }); },
    importFile: async (name, text) => { calls.push(`import ${name} ${text.length}`); return { ok: true, count: 2 }; },
    join: async () => undefined,
  };
  return { port, calls };
}

const mounted: HTMLElement[] = [];
async function show(port: CalendarPort, lang: 'fr' | 'en' = 'fr'): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  mounted.push(root);
  await act(async () => { render(<CalendarFeedsSection calendar={port} lang={lang} />, root); });
  await settle();
  return root;
}
async function settle(): Promise<void> {
  await act(async () => { await new Promise((resolve) => setTimeout(resolve, 0)); });
}
async function type(input: HTMLInputElement, value: string): Promise<void> {
  await act(async () => { input.value = value; input.dispatchEvent(new dom.window.Event('input', { bubbles: true })); });
}
async function click(element: Element | null): Promise<void> {
  assert.ok(element, 'element to click exists');
  await act(async () => { (element as HTMLElement).click(); });
  await settle();
}

describe('CalendarFeedsSection', () => {
  afterEach(() => { for (const root of mounted.splice(0)) render(null, root); });

  it('refuses an unencrypted address with the reason, keeping what was typed; adds a good one', async () => {
    const { port, calls } = memoryPort([]);
    const root = await show(port);
    assert.equal(root.querySelector('[data-visio-no-sources]')?.textContent, 'Aucun agenda pour l’instant.');
    const field = root.querySelector<HTMLInputElement>('#visio-feed-url')!;
    await type(field, 'http://zimbra.example.fr/home/me/Calendar.ics');
    await click(root.querySelector('[data-visio-action="add-feed"]'));
    assert.match(root.querySelector('[data-visio-field-message="feedUrl"]')?.textContent ?? '', /doit commencer par https:\/\/ ou webcal:\/\//);
    assert.equal(field.getAttribute('aria-invalid'), 'true');
    assert.equal(field.value, 'http://zimbra.example.fr/home/me/Calendar.ics', 'what the user typed is kept');

    await type(field, 'https://cal.example.fr/new.ics');
    assert.equal(field.getAttribute('aria-invalid'), 'false');
    await click(root.querySelector('[data-visio-action="add-feed"]'));
    assert.equal(field.value, '');
    assert.equal(root.querySelector('[data-visio-calendar-status]')?.textContent, 'Agenda ajouté. Lecture en cours…');
    assert.equal(root.querySelector('[data-visio-source="new"] [data-visio-source-status]')?.textContent, 'Lecture en cours…');
    assert.deepEqual(calls, ['add http://zimbra.example.fr/home/me/Calendar.ics', 'add https://cal.example.fr/new.ics']);
  });

  it('shows each source’s state in words; policy feeds cannot be removed, others can', async () => {
    const { port, calls } = memoryPort([
      { id: 'p', kind: 'policy', label: 'agenda.gouv.fr/…/equipe.ics', state: 'ok', lastSuccess: NOW, meetingCount: 3, skipped: 1 },
      { id: 'e', kind: 'feed', label: 'sogo.example.fr/…/perso.ics', state: 'error', error: { key: 'feed.loginPage' }, retryAt: NOW + 120_000 },
    ]);
    const root = await show(port, 'en');
    const policy = root.querySelector('[data-visio-source="p"]')!;
    assert.match(policy.textContent ?? '', /Set by your organisation/);
    assert.match(policy.querySelector('[data-visio-source-status]')?.textContent ?? '', /: 3 upcoming meetings with a link\. 1 unreadable event skipped\.$/);
    assert.equal(policy.querySelector('[data-visio-action="remove-source"]'), null);
    const failing = root.querySelector('[data-visio-source="e"] [data-visio-source-status]')?.textContent ?? '';
    assert.match(failing, /^Error: The server redirected to a sign-in page instead of the calendar/);
    assert.match(failing, /Next try around \d\d:\d\d( AM| PM)?\.$/);
    const remove = root.querySelector('[data-visio-source="e"] [data-visio-action="remove-source"]');
    assert.equal(remove?.getAttribute('aria-label'), 'Remove sogo.example.fr/…/perso.ics');
    await click(remove);
    assert.equal(root.querySelector('[data-visio-source="e"]'), null);
    assert.deepEqual(calls, ['remove e']);
  });

  it('sets the reminder delay, off included', async () => {
    const { port, calls } = memoryPort([]);
    const root = await show(port);
    const select = root.querySelector<HTMLSelectElement>('#visio-reminder-minutes')!;
    assert.equal(select.value, '5');
    assert.deepEqual([...select.options].map((option) => option.textContent), ['Pas de rappel', '1 min avant', '2 min avant', '5 min avant', '10 min avant', '15 min avant', '30 min avant']);
    await act(async () => { select.value = '0'; select.dispatchEvent(new dom.window.Event('change', { bubbles: true })); });
    await settle();
    assert.deepEqual(calls, ['minutes 0']);
    assert.equal(root.querySelector('[data-visio-calendar-status]')?.textContent, 'Rappel enregistré.');
  });

  it('reads a chosen .ics file once and says how many meetings it found', async () => {
    const { port, calls } = memoryPort([]);
    const root = await show(port);
    const input = root.querySelector<HTMLInputElement>('#visio-import-ics')!;
    const content = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n';
    const file = new dom.window.File([content], 'invitation.ics', { type: 'text/calendar' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(async () => { input.dispatchEvent(new dom.window.Event('change', { bubbles: true })); });
    await settle();
    await settle();
    assert.deepEqual(calls, [`import invitation.ics ${content.length}`], 'the whole file reaches the port');
    assert.equal(root.querySelector('[data-visio-calendar-status]')?.textContent, 'invitation.ics lu : 2 réunions avec un lien à venir.');
  });
});
