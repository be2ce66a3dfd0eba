import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatCoreMessage } from '../i18n/core-messages.ts';
import { instanceParts, normalizeInstanceUrl } from './instance-url.ts';

function accepted(input: string): string {
  const result = normalizeInstanceUrl(input);
  assert.ok(result.ok, `${input} should be accepted, got ${result.ok ? '' : result.error.key}`);
  return result.url;
}

function rejected(input: unknown): string {
  const result = normalizeInstanceUrl(input);
  assert.ok(!result.ok, `${String(input)} should be rejected, got ${result.ok ? result.url : ''}`);
  return result.error.key;
}

describe('normalizeInstanceUrl accepts what people type', () => {
  const cases: Array<[string, string]> = [
    ['visio.numerique.gouv.fr', 'https://visio.numerique.gouv.fr'],
    ['https://visio.numerique.gouv.fr', 'https://visio.numerique.gouv.fr'],
    ['https://visio.numerique.gouv.fr/', 'https://visio.numerique.gouv.fr'],
    ['https://visio.numerique.gouv.fr///', 'https://visio.numerique.gouv.fr'],
    ['visio.example.org:8443', 'https://visio.example.org:8443'],
    ['https://visio.example.org:8443/', 'https://visio.example.org:8443'],
    ['https://example.org/visio', 'https://example.org/visio'],
    ['https://example.org/outils/visio/', 'https://example.org/outils/visio'],
    ['  https://visio.example.org  ', 'https://visio.example.org'],
    ['HTTPS://Visio.Example.ORG', 'https://visio.example.org'],
    ['https://visio.example.org:443', 'https://visio.example.org'],
    ['https://visio.example.org:08443', 'https://visio.example.org:8443'],
    ['http://localhost:3000', 'http://localhost:3000'],
    ['http://127.0.0.1:8080/meet', 'http://127.0.0.1:8080/meet'],
    ['localhost:3443', 'https://localhost:3443'],
    ['https://xn--visio-lsa.example.org', 'https://xn--visio-lsa.example.org'],
    ['https://10.0.0.5', 'https://10.0.0.5'],
  ];
  for (const [input, url] of cases) it(`${input} → ${url}`, () => assert.equal(accepted(input), url));

  it('is idempotent', () => {
    for (const [, url] of cases) assert.equal(accepted(url), url);
  });
});

describe('normalizeInstanceUrl rejects, saying why', () => {
  const cases: Array<[unknown, string]> = [
    ['', 'instanceUrl.empty'],
    ['   ', 'instanceUrl.empty'],
    [undefined, 'instanceUrl.empty'],
    [42, 'instanceUrl.empty'],
    ['http://visio.example.org', 'instanceUrl.http'],
    ['http://visio.example.org:80', 'instanceUrl.http'],
    ['ftp://visio.example.org', 'instanceUrl.scheme'],
    ['javascript:alert(1)', 'instanceUrl.scheme'],
    ['data:text/html,hello', 'instanceUrl.scheme'],
    ['https://user:secret@visio.example.org', 'instanceUrl.credentials'],
    ['https://visio.example.org@evil.example', 'instanceUrl.credentials'],
    ['https://visio.example.org/?from=outlook', 'instanceUrl.query'],
    ['https://visio.example.org/#room', 'instanceUrl.fragment'],
    ['https://visio.example.org/a?b#c', 'instanceUrl.query'],
    ['https://visio example.org', 'instanceUrl.spaces'],
    ['visio.example.org/mon instance', 'instanceUrl.spaces'],
    ['not a url', 'instanceUrl.spaces'],
    ['visio', 'instanceUrl.host'],
    ['https://visio..example.org', 'instanceUrl.host'],
    ['https://-visio.example.org', 'instanceUrl.host'],
    ['https://visio.exämple.org', 'instanceUrl.host'],
    ['https://visio_example.org', 'instanceUrl.host'],
    ['https://', 'instanceUrl.invalid'],
    ['https:visio.example.org', 'instanceUrl.invalid'],
    ['https://visio.example.org:0', 'instanceUrl.port'],
    ['https://visio.example.org:65536', 'instanceUrl.port'],
    ['https://visio.example.org:https', 'instanceUrl.port'],
    ['https://example.org/a/../admin', 'instanceUrl.path'],
    ['https://example.org/a//b', 'instanceUrl.path'],
    ['https://example.org/a<b>', 'instanceUrl.path'],
  ];
  for (const [input, key] of cases) it(`${JSON.stringify(input)} → ${key}`, () => assert.equal(rejected(input), key));

  it('words every rejection in the four languages, with the offending part', () => {
    const result = normalizeInstanceUrl('https://visio.example.org:99999');
    assert.ok(!result.ok);
    assert.match(formatCoreMessage('fr', result.error), /port « 99999 »/);
    assert.match(formatCoreMessage('en', result.error), /port "99999"/);
    assert.match(formatCoreMessage('de', result.error), /Port „99999“/);
    assert.match(formatCoreMessage('nl', result.error), /poort "99999"/);
  });
});

describe('instanceParts', () => {
  it('splits a normalised instance for exact comparisons', () => {
    assert.deepEqual(instanceParts('https://Example.org:8443/visio/'), { scheme: 'https', host: 'example.org', port: '8443', pathPrefix: '/visio' });
    assert.deepEqual(instanceParts('visio.numerique.gouv.fr'), { scheme: 'https', host: 'visio.numerique.gouv.fr', port: '', pathPrefix: '' });
    assert.equal(instanceParts('http://visio.example.org'), null);
  });
});
