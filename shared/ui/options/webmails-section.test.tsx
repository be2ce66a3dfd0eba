// The options page's webmail section rendered by preact into jsdom on an in-memory host: it shows
// only where the host can add webmails (not in the Outlook task pane), lists the organisation's
// webmails read-only, adds (a refused origin keeps what was typed and says why, in the user's
// language), removes.
import { afterEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import type { Messages } from '../../core/i18n/translate.ts';
import type { AddedWebmailEntry, Host, HostResult } from '../host.ts';

const dom = new JSDOM('<!doctype html><html><body></body></html>', { url: 'chrome-extension://test/options.html' });
Object.assign(globalThis, { window: dom.window, document: dom.window.document, Event: dom.window.Event, HTMLElement: dom.window.HTMLElement, Node: dom.window.Node });

const { render } = await import('preact');
const { act } = await import('preact/test-utils');
const { HostContext } = await import('../host-context.ts');
const { WebmailsSection } = await import('./webmails-section.tsx');

const ERRORS: Messages<'invalidOrigin'> = {
  fr: { invalidOrigin: '« {value} » refusée' }, en: { invalidOrigin: '“{value}” refused' },
  de: { invalidOrigin: '„{value}“ abgelehnt' }, nl: { invalidOrigin: '“{value}” geweigerd' },
};

function memoryHost(withWebmails: boolean) {
  let list: AddedWebmailEntry[] = [];
  const calls: string[] = [];
  const base = { kind: withWebmails ? 'extension' : 'outlook', lang: 'fr' } as unknown as Host;
  if (!withWebmails) return { host: base, calls };
  const host: Host = {
    ...base,
    addedWebmails: async () => list,
    addWebmail: async (kind, origin): Promise<HostResult> => {
      calls.push(`add ${kind} ${origin}`);
      if (!origin.startsWith('https://') || origin.includes('/SOGo')) return { ok: false, error: { key: 'invalidOrigin', params: { value: origin } } };
      list = [...list, { kind, origin }];
      return { ok: true };
    },
    removeWebmail: async (webmail) => { calls.push(`remove ${webmail.origin}`); list = list.filter((entry) => entry.origin !== webmail.origin); },
  };
  return { host, calls };
}

const mounted: HTMLElement[] = [];
async function show(host: Host, lang: 'fr' | 'nl' = 'fr'): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  mounted.push(root);
  await act(async () => {
    render(<HostContext.Provider value={host}><WebmailsSection lang={lang} errorMessages={ERRORS}
      organisation={[{ kind: 'sogo', origin: 'https://mail.ministere.example' }]} /></HostContext.Provider>, root);
  });
  await settle();
  return root;
}
async function settle(): Promise<void> { await act(async () => { await new Promise((resolve) => setTimeout(resolve, 0)); }); }
async function type(input: HTMLInputElement, value: string): Promise<void> {
  await act(async () => { input.value = value; input.dispatchEvent(new dom.window.Event('input', { bubbles: true })); });
}
async function submit(root: HTMLElement): Promise<void> {
  await act(async () => { root.querySelector('form')!.dispatchEvent(new dom.window.Event('submit', { bubbles: true, cancelable: true })); });
  await settle();
}
afterEach(() => { for (const root of mounted.splice(0)) { render(null, root); root.remove(); } });

describe('webmails section', () => {
  it('is absent where the host cannot add webmails (Outlook task pane)', async () => {
    const root = await show(memoryHost(false).host);
    assert.equal(root.querySelector('[data-visio-webmails]'), null);
  });

  it('lists the organisation\'s webmails read-only and none added yet', async () => {
    const root = await show(memoryHost(true).host);
    const org = root.querySelector('[data-visio-webmails-org]')!;
    assert.match(org.textContent!, /SOGo — https:\/\/mail\.ministere\.example \(Défini par votre organisation\)/);
    assert.equal(org.querySelector('button, input'), null);
    assert.equal(root.querySelector('[data-visio-no-webmails]')!.textContent, 'Aucune messagerie ajoutée.');
  });

  it('a refused origin is worded in the user\'s language and what was typed stays', async () => {
    const { host, calls } = memoryHost(true);
    const root = await show({ ...host, lang: 'nl' }, 'nl');
    const input = root.querySelector<HTMLInputElement>('#visio-webmail-origin')!;
    await type(input, 'https://mail.example.fr/SOGo');
    await submit(root);
    assert.equal(root.querySelector('[data-visio-field-message="webmailOrigin"]')!.textContent, '“https://mail.example.fr/SOGo” geweigerd');
    assert.equal(input.value, 'https://mail.example.fr/SOGo');
    assert.equal(input.getAttribute('aria-invalid'), 'true');
    assert.deepEqual(calls, ['add sogo https://mail.example.fr/SOGo']);
  });

  it('an empty origin is refused without asking the host', async () => {
    const { host, calls } = memoryHost(true);
    const root = await show(host);
    await submit(root);
    assert.match(root.querySelector('[data-visio-field-message="webmailOrigin"]')!.textContent!, /Indiquez l’adresse du serveur/);
    assert.deepEqual(calls, []);
  });

  it('adds the chosen kind and origin, lists it, then removes it', async () => {
    const { host, calls } = memoryHost(true);
    const root = await show(host);
    const select = root.querySelector<HTMLSelectElement>('#visio-webmail-kind')!;
    assert.deepEqual([...select.options].map((option) => option.value), ['sogo', 'roundcube', 'zimbra', 'owa', 'nextcloud', 'ox', 'bluemind']);
    await act(async () => { select.value = 'roundcube'; select.dispatchEvent(new dom.window.Event('change', { bubbles: true })); });
    await type(root.querySelector<HTMLInputElement>('#visio-webmail-origin')!, 'https://webmail.example.fr/');
    await submit(root);
    assert.deepEqual(calls, ['add roundcube https://webmail.example.fr/']);
    assert.match(root.querySelector('[data-visio-webmails-status]')!.textContent!, /Bouton Visio activé sur https:\/\/webmail\.example\.fr\./);
    const item = root.querySelector('[data-visio-webmail]')!;
    assert.match(item.textContent!, /Roundcube — https:\/\/webmail\.example\.fr\//);
    assert.equal(root.querySelector<HTMLInputElement>('#visio-webmail-origin')!.value, '');
    const remove = item.querySelector<HTMLButtonElement>('[data-visio-action="remove-webmail"]')!;
    assert.equal(remove.getAttribute('aria-label'), 'Retirer Roundcube sur https://webmail.example.fr/');
    await act(async () => { remove.click(); });
    await settle();
    assert.equal(root.querySelector('[data-visio-webmail]'), null);
    assert.match(root.querySelector('[data-visio-webmails-status]')!.textContent!, /Bouton Visio retiré de/);
  });

  it('a removal the browser refuses is said, in the user\'s language, and the entry stays listed', async () => {
    const { host } = memoryHost(true);
    await host.addWebmail!('sogo', 'https://agenda.example.fr');
    const failing: Host = { ...host, removeWebmail: async () => { throw new Error('Could not unregister'); } };
    const root = await show(failing);
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      await act(async () => { root.querySelector<HTMLButtonElement>('[data-visio-action="remove-webmail"]')!.click(); });
      await settle();
    } finally { console.warn = warn; }
    const status = root.querySelector('[data-visio-webmails-status]')!;
    assert.equal(status.getAttribute('role'), 'alert');
    assert.equal(status.textContent, 'Le bouton Visio n’a pas pu être retiré de https://agenda.example.fr. Rechargez cette page et réessayez.');
    assert.ok(root.querySelector('[data-visio-webmail="https://agenda.example.fr"]'), 'still listed: it was not removed');
  });
});
