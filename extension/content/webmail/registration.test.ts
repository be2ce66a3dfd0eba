// Runtime-added webmail origins against a fake of the three WebExtension APIs involved, faithful
// to their documented behaviour (MDN permissions.request/remove/contains, scripting.
// registerContentScripts/getRegisteredContentScripts/unregisterContentScripts, storage.local).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addWebmail, ADDED_WEBMAILS_KEY, listAddedWebmails, removeWebmail, restoreWebmailRegistrations, type RegistrationApi } from './registration.ts';

interface Script { id: string; matches: string[]; js: string[] }

function fakeBrowser(options: { grant: boolean }) {
  const granted = new Set<string>();
  const scripts = new Map<string, Script>();
  const store: Record<string, unknown> = {};
  const api = {
    permissions: {
      async request({ origins }: { origins: string[] }) { if (!options.grant) return false; origins.forEach((o) => granted.add(o)); return true; },
      async remove({ origins }: { origins: string[] }) { origins.forEach((o) => granted.delete(o)); return true; },
      async contains({ origins }: { origins: string[] }) { return origins.every((o) => granted.has(o)); },
    },
    scripting: {
      async registerContentScripts(list: Script[]) {
        for (const script of list) {
          if (scripts.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
          scripts.set(script.id, script);
        }
      },
      async getRegisteredContentScripts(filter?: { ids?: string[] }) { return [...scripts.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id)); },
      async unregisterContentScripts(filter?: { ids?: string[] }) { for (const id of filter?.ids ?? [...scripts.keys()]) scripts.delete(id); },
    },
    storage: { local: {
      async get(key: string) { return key in store ? { [key]: structuredClone(store[key]) } : {}; },
      async set(items: Record<string, unknown>) { Object.assign(store, structuredClone(items)); },
    } },
  };
  return { api: api as unknown as RegistrationApi, granted, scripts, store };
}

describe('runtime-added webmails', () => {
  it('asks for the one host, registers the kind’s content script on its calendar paths, remembers it', async () => {
    const fake = fakeBrowser({ grant: true });
    const result = await addWebmail('sogo', 'https://mail.ministere.example/', fake.api);
    assert.deepEqual(result, { ok: true, webmail: { kind: 'sogo', origin: 'https://mail.ministere.example' } });
    assert.deepEqual([...fake.granted], ['https://mail.ministere.example/*']);
    assert.deepEqual([...fake.scripts.values()].map((s) => ({ matches: s.matches, js: s.js })), [
      { matches: ['https://mail.ministere.example/SOGo/*'], js: ['content/webmail-sogo.js'] },
    ]);
    assert.deepEqual(await listAddedWebmails(fake.api), [{ kind: 'sogo', origin: 'https://mail.ministere.example' }]);
    // Adding it again changes nothing.
    assert.equal((await addWebmail('sogo', 'https://mail.ministere.example', fake.api)).ok, true);
    assert.equal(fake.scripts.size, 1);
  });

  it('removing unregisters, forgets and gives the permission back', async () => {
    const fake = fakeBrowser({ grant: true });
    await addWebmail('roundcube', 'https://webmail.ministere.example', fake.api);
    await removeWebmail({ kind: 'roundcube', origin: 'https://webmail.ministere.example' }, fake.api);
    assert.equal(fake.scripts.size, 0);
    assert.equal(fake.granted.size, 0);
    assert.deepEqual(fake.store[ADDED_WEBMAILS_KEY], []);
  });

  it('a refused permission or a bad address registers nothing and says why', async () => {
    const refused = fakeBrowser({ grant: false });
    assert.deepEqual(await addWebmail('ox', 'https://ox.ministere.example', refused.api),
      { ok: false, error: { key: 'permissionRefused', params: { value: 'https://ox.ministere.example' } } });
    assert.equal(refused.scripts.size, 0);
    const fake = fakeBrowser({ grant: true });
    for (const bad of ['mail.example.fr', 'ftp://mail.example.fr', 'https://mail.example.fr/SOGo', 'https://user@mail.example.fr']) {
      const result = await addWebmail('sogo', bad, fake.api);
      assert.equal(result.ok ? 'ok' : result.error.key, 'invalidOrigin', bad);
    }
    assert.equal((await addWebmail('lotus', 'https://mail.example.fr', fake.api)).ok, false);
    assert.equal(fake.granted.size, 0);
  });

  it('at start-up, re-registers granted origins and forgets revoked ones', async () => {
    const fake = fakeBrowser({ grant: true });
    await addWebmail('sogo', 'https://a.example', fake.api);
    await addWebmail('nextcloud', 'https://b.example', fake.api);
    fake.scripts.clear(); // a browser update dropped the dynamic scripts
    fake.granted.delete('https://b.example/*'); // the user revoked b in the browser's settings
    assert.deepEqual(await restoreWebmailRegistrations(fake.api), [{ kind: 'sogo', origin: 'https://a.example' }]);
    assert.deepEqual([...fake.scripts.keys()], ['visio-webmail:sogo:https://a.example']);
  });
});
