// The popup's meeting panel rendered by preact into jsdom on a fake extension host: what a user sees
// while settings load, what the empty link slot tells them to do, and where schedule errors appear
// and go.
import { afterEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import { DEFAULT_PROFILE } from '../../core/profile/default-profile.ts';
import type { Host, ProfileState } from '../host.ts';

const dom = new JSDOM('<!doctype html><html><body></body></html>', { url: 'chrome-extension://test/popup.html' });
Object.assign(globalThis, {
  window: dom.window, document: dom.window.document, Event: dom.window.Event, HTMLElement: dom.window.HTMLElement,
  HTMLInputElement: dom.window.HTMLInputElement, Node: dom.window.Node,
});

const { render } = await import('preact');
const { act } = await import('preact/test-utils');
const { HostContext } = await import('../host-context.ts');
const { MeetingPanel } = await import('./meeting-panel.tsx');

const okState: ProfileState = { profile: DEFAULT_PROFILE, settings: {}, locked: new Set(), policyErrors: [] };
const blockedState: ProfileState = { ...okState, policyErrors: [{ key: 'policyNotObject' }] };

function fakeHost(profile: Promise<ProfileState>, opened: string[] = []): Host {
  return {
    kind: 'extension', lang: 'fr', getProfile: () => profile, saveSettings: async () => okState,
    copy: async () => ({ ok: true }), openUrl: async (url) => { opened.push(url); },
  };
}

const mounted: HTMLElement[] = [];
async function show(host: Host): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  mounted.push(root);
  await act(async () => { render(<HostContext.Provider value={host}><MeetingPanel /></HostContext.Provider>, root); });
  await act(async () => { await new Promise((resolve) => setTimeout(resolve, 0)); });
  // The invitation code and the Schedule form load after the link (use-after-link.ts).
  for (let tries = 0; tries < 100 && root.querySelector('[data-visio-ready]') && !root.querySelector('[aria-labelledby="visio-schedule-heading"]'); tries += 1) {
    await act(async () => { await new Promise((resolve) => setTimeout(resolve, 20)); });
  }
  return root;
}

function input(root: HTMLElement, name: string, value: string) {
  const field = root.querySelector<HTMLInputElement>(`input[name="${name}"]`);
  assert.ok(field, name);
  field.value = value;
  field.dispatchEvent(new dom.window.Event('input', { bubbles: true }));
}

async function click(root: HTMLElement, action: string) {
  const button = root.querySelector<HTMLButtonElement>(`[data-visio-action="${action}"]`);
  assert.ok(button, action);
  await act(async () => { button.click(); await new Promise((resolve) => setTimeout(resolve, 0)); });
}

describe('MeetingPanel', () => {
  afterEach(() => { for (const root of mounted.splice(0)) render(null, root); document.body.textContent = ''; });

  it('shows the link card busy with « Chargement… » while the settings and policy are still being read', async () => {
    const root = await show(fakeHost(new Promise(() => undefined)));
    const main = root.querySelector('main');
    assert.equal(main?.getAttribute('aria-busy'), 'true');
    assert.equal(root.querySelector('h2')?.textContent, 'Lien de la réunion');
    assert.equal(root.querySelector('[role="status"]')?.textContent, 'Chargement…');
  });

  it('with the state the page already read (host.initialProfile), the very first render holds the link: no frame waits for getProfile', () => {
    const root = document.createElement('div');
    document.body.append(root);
    mounted.push(root);
    const host: Host = { ...fakeHost(new Promise(() => undefined)), initialProfile: okState };
    render(<HostContext.Provider value={host}><MeetingPanel /></HostContext.Provider>, root); // synchronous, no act(): no effect has run
    assert.match(root.querySelector('[data-visio-link]')?.textContent ?? '', /^https:\/\/visio\.numerique\.gouv\.fr\/[a-z]{3}-[a-z]{4}-[a-z]{3}$/);
    assert.equal(root.querySelector('main')?.getAttribute('aria-busy'), null);
  });

  it('when the instance changes while the panel is open, the link shown (and copied) is made again on the new one', async () => {
    let changed: (state: ProfileState) => void = () => {};
    const host: Host = { ...fakeHost(new Promise(() => undefined)), initialProfile: okState, onProfileChange: (listener) => { changed = listener; return () => {}; } };
    const root = await show(host);
    const link = () => root.querySelector('[data-visio-link]')?.textContent ?? '';
    assert.match(link(), /^https:\/\/visio\.numerique\.gouv\.fr\//);
    await act(async () => { changed({ ...okState, profile: { ...okState.profile, instanceUrl: 'https://visio.interieur.gouv.fr' } }); });
    assert.match(link(), /^https:\/\/visio\.interieur\.gouv\.fr\/[a-z]{3}-[a-z]{4}-[a-z]{3}$/);
    const before = link();
    await act(async () => { changed({ ...okState, profile: { ...okState.profile, instanceUrl: 'https://visio.interieur.gouv.fr', appName: 'Visio Intérieur' } }); });
    assert.equal(link(), before, 'another change (the name) keeps the link');
  });

  it('under an invalid policy, the empty slot says creation is blocked, in prose, not « cliquez sur Nouvelle réunion »', async () => {
    const root = await show(fakeHost(Promise.resolve(blockedState)));
    const hint = root.querySelector('[data-visio-empty-hint]');
    assert.equal(hint?.textContent, 'La création de réunions est bloquée par les réglages de votre organisation.');
    assert.ok(!hint?.classList.contains('link'), 'not in the monospace, break-anywhere URL slot');
    assert.ok(!root.textContent?.includes('cliquez sur « Nouvelle réunion »'));
  });

  it('shows the link at once, with Copy link and Join usable; Copy invitation enables when the invitation words are there', async () => {
    let releaseWords = () => {};
    const wordsLoaded = new Promise<void>((resolve) => { releaseWords = resolve; });
    const root = document.createElement('div');
    document.body.append(root);
    mounted.push(root);
    const host: Host = { ...fakeHost(Promise.resolve(okState)), loadInviteWords: () => wordsLoaded };
    await act(async () => { render(<HostContext.Provider value={host}><MeetingPanel /></HostContext.Provider>, root); });
    await act(async () => { await new Promise((resolve) => setTimeout(resolve, 50)); });
    assert.match(root.querySelector('[data-visio-link]')?.textContent ?? '', /^https:\/\/visio\.numerique\.gouv\.fr\/[a-z]{3}-[a-z]{4}-[a-z]{3}$/);
    const copyInvite = root.querySelector<HTMLButtonElement>('[data-visio-action="copy-invite"]');
    assert.equal(copyInvite?.disabled, true, 'no invitation before its words are loaded');
    for (const action of ['copy-link', 'join']) {
      assert.equal(root.querySelector<HTMLButtonElement>(`[data-visio-action="${action}"]`)?.disabled, false, `${action} needs the link only`);
    }
    releaseWords();
    for (let tries = 0; tries < 100 && copyInvite?.disabled; tries += 1) {
      await act(async () => { await new Promise((resolve) => setTimeout(resolve, 20)); });
    }
    assert.equal(copyInvite?.disabled, false);
  });

  it('a failed copy says why in the user’s words, never with the host’s raw reason', async () => {
    const answers = [
      { key: 'copyNotAllowed' },
      // An older host's shape: its English reason must not reach the user.
      { key: 'clipboard', params: { reason: 'Document is not focused.' } },
    ];
    const host: Host = { ...fakeHost(Promise.resolve(okState)), copy: async () => ({ ok: false, error: answers.shift()! }) };
    const root = await show(host);
    await click(root, 'copy-link');
    const status = () => root.querySelector('[data-visio-status]')?.textContent;
    assert.equal(status(), 'Le navigateur a refusé la copie (la fenêtre n’était sans doute pas au premier plan) : cliquez dans la fenêtre, puis réessayez.');
    await click(root, 'copy-invite');
    assert.equal(status(), 'La copie a échoué. Réessayez, ou sélectionnez le lien et copiez-le avec Ctrl+C.');
  });

  it('a duration error shows next to the schedule buttons and goes once the duration is fixed', async () => {
    const opened: string[] = [];
    const root = await show(fakeHost(Promise.resolve(okState), opened));
    const schedule = root.querySelector('[aria-labelledby="visio-schedule-heading"]');
    assert.ok(schedule);
    await act(async () => { input(root, 'duration', '0'); });
    await click(root, 'schedule-google');
    assert.deepEqual(opened, []);
    const error = schedule.querySelector('[role="status"]');
    assert.match(error?.textContent ?? '', /entre 5 et 1440/);
    await act(async () => { input(root, 'duration', '7'); });
    await click(root, 'schedule-google');
    assert.equal(opened.length, 1);
    assert.match(opened[0] ?? '', /^https:\/\/calendar\.google\.com\//);
    assert.equal(error?.textContent, '', 'the duration error is gone');
    assert.ok(!root.textContent?.includes('entre 5 et 1440'));
  });
});
