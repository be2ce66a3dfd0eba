// The settings form rendered by preact into jsdom on a fake host: its words follow the build
// (branded name, own instance) and the host (Outlook's language), its errors go once fixed, and
// values it echoes stay short.
import { afterEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import { DEFAULT_PROFILE } from '../../core/profile/default-profile.ts';
import type { Host, ProfileState } from '../host.ts';

const dom = new JSDOM('<!doctype html><html><body></body></html>', { url: 'chrome-extension://test/options.html' });
Object.assign(globalThis, {
  window: dom.window, document: dom.window.document, Event: dom.window.Event, HTMLElement: dom.window.HTMLElement,
  HTMLInputElement: dom.window.HTMLInputElement, Node: dom.window.Node,
});

const { render } = await import('preact');
const { act } = await import('preact/test-utils');
const { HostContext } = await import('../host-context.ts');
const { OptionsForm } = await import('./options-form.tsx');

const branded = { ...DEFAULT_PROFILE, appName: 'Webconf', instanceUrl: 'https://webconf.example.fr' };
const state: ProfileState = { profile: branded, settings: {}, locked: new Set(), policyErrors: [] };

function fakeHost(kind: Host['kind'] = 'extension'): Host {
  return { kind, lang: 'fr', getProfile: async () => state, saveSettings: async () => state, copy: async () => ({ ok: true }), openUrl: async () => undefined };
}

const mounted: HTMLElement[] = [];
async function show(host: Host): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  mounted.push(root);
  await act(async () => { render(<HostContext.Provider value={host}><OptionsForm /></HostContext.Provider>, root); });
  await act(async () => { await new Promise((resolve) => setTimeout(resolve, 0)); });
  return root;
}

async function typeAddress(root: HTMLElement, value: string) {
  const field = root.querySelector<HTMLInputElement>('#visio-instance');
  assert.ok(field);
  await act(async () => { field.value = value; field.dispatchEvent(new dom.window.Event('input', { bubbles: true })); });
}

/** A host whose saves are recorded and answer `after` (default: the state it shows). */
function recordingHost(shown: ProfileState, saves: unknown[], after: ProfileState = shown): Host {
  return { ...fakeHost(), getProfile: async () => shown, saveSettings: async (settings) => { saves.push(settings); return after; } };
}

const invalidPolicy: ProfileState = {
  profile: branded, settings: { instanceUrl: 'https://visio.suite.anct.gouv.fr', placement: 'location' },
  locked: new Set(['instanceUrl', 'lang', 'placement', 'blockPosition', 'autoVisio']),
  policyErrors: [{ key: 'instanceUrl.http', params: { field: 'instanceUrl' } }],
};

describe('OptionsForm', () => {
  afterEach(() => { for (const root of mounted.splice(0)) render(null, root); document.body.textContent = ''; });

  it('names the branded build’s service and its own instance as the example', async () => {
    const root = await show(fakeHost());
    assert.equal(root.querySelector('label[for="visio-instance"]')?.textContent, 'Adresse de votre instance Webconf');
    assert.equal(root.querySelector('#visio-instance-help')?.textContent, 'Par exemple https://webconf.example.fr');
  });

  it('« Corrigez l’adresse avant d’enregistrer » goes as soon as the address is valid again', async () => {
    const root = await show(fakeHost());
    await typeAddress(root, 'pas une adresse');
    await act(async () => { root.querySelector('form')?.dispatchEvent(new dom.window.Event('submit', { bubbles: true, cancelable: true })); });
    const status = root.querySelector('[data-visio-status]');
    assert.equal(status?.textContent, 'Corrigez l’adresse avant d’enregistrer.');
    await typeAddress(root, 'https://visio.numerique.gouv.fr');
    assert.equal(status?.textContent, '');
  });

  it('under an invalid policy, says why and offers no Save (it would erase the stored settings)', async () => {
    const saves: unknown[] = [];
    const root = await show(recordingHost(invalidPolicy, saves));
    assert.match(root.querySelector('[data-visio-policy-error]')?.textContent ?? '', /^La configuration imposée par votre organisation est invalide : instanceUrl/);
    const button = root.querySelector<HTMLButtonElement>('[data-visio-action="save-settings"]');
    assert.equal(button?.disabled, true);
    // Enter in a field submits the form even so: still nothing saved, and it says so.
    await act(async () => { root.querySelector('form')?.dispatchEvent(new dom.window.Event('submit', { bubbles: true, cancelable: true })); });
    assert.deepEqual(saves, []);
    assert.equal(root.querySelector('[data-visio-status]')?.textContent, 'Rien n’a été enregistré : la configuration imposée par votre organisation est invalide.');
  });

  it('when the policy turned invalid after the page opened, the refused save is not « Réglages enregistrés »', async () => {
    const saves: unknown[] = [];
    const root = await show(recordingHost(state, saves, invalidPolicy));
    await act(async () => { root.querySelector<HTMLButtonElement>('[data-visio-action="save-settings"]')?.click(); });
    await act(async () => { await new Promise((resolve) => setTimeout(resolve, 0)); });
    assert.equal(saves.length, 1);
    assert.equal(root.querySelector('[data-visio-status]')?.textContent, 'Rien n’a été enregistré : la configuration imposée par votre organisation est invalide.');
  });

  it('echoes at most 60 characters of a pasted 3000-character address', async () => {
    const root = await show(fakeHost());
    await typeAddress(root, `https://${'a'.repeat(3000)} b.fr`);
    const message = root.querySelector('[data-visio-field-message="instanceUrl"]')?.textContent ?? '';
    assert.ok(message.length > 0 && message.length < 250, `message of ${message.length} characters`);
    assert.ok(message.includes('…'));
  });

  it('in Outlook, the automatic language is Outlook’s, in the browser the browser’s', async () => {
    const outlook = await show(fakeHost('outlook'));
    assert.equal(outlook.querySelector('#visio-lang option[value="auto"]')?.textContent, 'Celle d’Outlook');
    render(null, outlook);
    const extension = await show(fakeHost('extension'));
    assert.equal(extension.querySelector('#visio-lang option[value="auto"]')?.textContent, 'Celle du navigateur');
  });
});
