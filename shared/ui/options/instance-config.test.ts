import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wordMessage } from '../i18n/word.ts';
import { checkInstance, interpretConfig } from './instance-config.ts';

test('a Meet config with telephony gives the dial-in number and language', () => {
  const result = interpretConfig('visio.example.fr', {
    telephony: { enabled: true, default_country: 'FR', international_phone_number: '+33 9 01 02 03 04' },
    LANGUAGE_CODE: 'fr-fr', livekit: { url: 'wss://livekit.example.fr' },
  });
  assert.deepEqual(result, { ok: true, host: 'visio.example.fr', facts: { telephony: '+33 9 01 02 03 04', language: 'fr-fr' } });
});

test('telephony disabled means no number', () => {
  const result = interpretConfig('visio.example.fr', { telephony: { enabled: false } });
  assert.ok(result.ok);
  assert.equal(result.facts.telephony, null);
});

test('a JSON answer without Meet keys is not taken for an instance', () => {
  assert.deepEqual(interpretConfig('example.fr', { status: 'ok' }), { ok: false, error: { key: 'checkNotMeet', params: { host: 'example.fr' } } });
  assert.deepEqual(interpretConfig('example.fr', [1, 2]), { ok: false, error: { key: 'checkNotMeet', params: { host: 'example.fr' } } });
});

test('HTTP errors, network errors and non-JSON bodies each get their reason', async () => {
  const notFound = await checkInstance('https://example.fr', async () => new Response('nope', { status: 404, statusText: 'Not Found' }));
  assert.deepEqual(notFound, { ok: false, error: { key: 'checkHttpNotFound', params: { host: 'example.fr', status: 404 } } });
  const offline = await checkInstance('https://example.fr', async () => { throw new TypeError('Failed to fetch'); });
  assert.deepEqual(offline, { ok: false, error: { key: 'checkNetwork', params: { host: 'example.fr', reason: 'Failed to fetch' } } });
  const html = await checkInstance('https://example.fr', async () => new Response('<html>', { status: 200 }));
  assert.deepEqual(html, { ok: false, error: { key: 'checkNotMeet', params: { host: 'example.fr' } } });
});

test('the request goes to /api/v1.0/config/ under the instance prefix', async () => {
  let asked = '';
  await checkInstance('https://example.fr:8443/visio', async (input) => { asked = String(input); return Response.json({ telephony: { enabled: false } }); });
  assert.equal(asked, 'https://example.fr:8443/visio/api/v1.0/config/');
});

test('an HTTP error reads in the user’s language, from its code, never with the server’s English status text', async () => {
  const answer = async (status: number, statusText: string) => {
    const result = await checkInstance('https://example.fr', async () => new Response('nope', { status, statusText }));
    assert.ok(!result.ok);
    return result.error;
  };
  const cases = [
    [404, 'Not Found', 'fr', 'example.fr n’a pas de page de configuration Visio (erreur 404 : page introuvable) : vérifiez l’adresse de l’instance.'],
    [403, 'Forbidden', 'de', 'example.fr hat den Zugriff auf seine Konfiguration verweigert (Fehler 403): Vermutlich keine Visio-Instanz oder keine öffentliche.'],
    [503, 'Service Unavailable', 'nl', 'example.fr had een interne fout (fout 503): probeer het later opnieuw.'],
    [418, 'I\'m a teapot', 'fr', 'example.fr a répondu par l’erreur 418 : ce n’est sans doute pas une instance Visio.'],
  ] as const;
  for (const [status, statusText, lang, expected] of cases) {
    const text = wordMessage(lang, await answer(status, statusText));
    assert.equal(text, expected);
    assert.ok(!text.includes(statusText), text);
  }
});
