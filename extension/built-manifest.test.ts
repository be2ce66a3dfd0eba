// What a reviewer (and IT) checks in the packages `npm test` built: minimal permissions, no standing
// access to every site, the right background for each browser, locales complete.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CHUNK_FILES } from './background/background-chunks.ts';
import { NON_PROFILE_POLICY_KEYS, USER_FIELDS } from '../shared/core/profile/resolve-profile.ts';
import { PROFILE_FIELDS } from '../shared/core/profile/validate-profile.ts';

const root = resolve(import.meta.dirname, '..');
const read = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as Record<string, unknown>;
const built = (browser: string) => {
  assert.ok(existsSync(join(root, `dist/${browser}/manifest.json`)), 'run `npm test` (it builds) or `npm run build` first');
  return read(`dist/${browser}/manifest.json`);
};

for (const browser of ['chrome', 'firefox']) {
  test(`${browser}: only the permissions a feature needs; no standing <all_urls>`, () => {
    const manifest = built(browser);
    // Each one earns its place: settings, the editable-field menu, insert anywhere (activeTab +
    // scripting), and the meeting reminders of the calendar feeds (alarms + notifications).
    assert.deepEqual([...(manifest.permissions as string[])].sort(), ['activeTab', 'alarms', 'contextMenus', 'notifications', 'scripting', 'storage']);
    const hosts = manifest.host_permissions as string[];
    for (const pattern of hosts) assert.ok(!['<all_urls>', '*://*/*', 'https://*/*', 'http://*/*'].includes(pattern), pattern);
    assert.ok(hosts.includes('https://visio.numerique.gouv.fr/*'), 'the instance, for "check this instance"');
    assert.equal(manifest.manifest_version, 3);
    assert.equal(manifest.default_locale, 'fr');
    assert.match(String((manifest.content_security_policy as Record<string, string>).extension_pages), /^script-src 'self'; object-src 'none'/);
  });
}

test('chrome: service worker and managed storage schema; firefox: event page, gecko id, no data collection', () => {
  const chrome = built('chrome');
  // Classic scripts: the worker loads its chunks with importScripts (background-chunks.ts).
  assert.deepEqual(chrome.background, { service_worker: 'background.js' });
  assert.equal((chrome.storage as { managed_schema: string }).managed_schema, 'managed_schema.json');
  assert.ok(existsSync(join(root, 'dist/chrome/managed_schema.json')));
  const firefox = built('firefox');
  assert.deepEqual(firefox.background, { scripts: ['background.js'] });
  const gecko = (firefox.browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
  assert.equal(gecko.id, read('profiles/default.json').geckoId);
  assert.deepEqual(gecko.data_collection_permissions, { required: ['none'] });
  assert.equal(gecko.strict_min_version, '142.0');
});

test('each background chunk is built, and Firefox\'s background imports it by its literal path', () => {
  const firefoxBackground = readFileSync(join(root, 'dist/firefox/background.js'), 'utf8');
  for (const file of Object.values(CHUNK_FILES)) {
    for (const browser of ['chrome', 'firefox']) assert.ok(existsSync(join(root, `dist/${browser}`, file)), `${browser}${file}`);
    assert.ok(firefoxBackground.includes(`import("${file}")`), `Firefox imports ${file}`);
  }
});

test('both packages carry the toolbar and store icons at the sizes browsers ask for', () => {
  for (const browser of ['chrome', 'firefox']) {
    const manifest = built(browser);
    const icons = manifest.icons as Record<string, string>;
    assert.deepEqual(Object.keys(icons).sort((a, b) => Number(a) - Number(b)), ['16', '32', '48', '128']);
    for (const [size, path] of Object.entries(icons)) {
      const png = readFileSync(join(root, `dist/${browser}`, path));
      assert.equal(png.readUInt32BE(16), Number(size), `${browser} ${path} width`);
    }
    assert.deepEqual((manifest.action as { default_icon: unknown }).default_icon, icons);
  }
});

test('every locale has the same messages, the service name filled in', () => {
  const langs = ['fr', 'en', 'de', 'nl'];
  const keys = langs.map((lang) => Object.keys(read(`dist/chrome/_locales/${lang}/messages.json`)).sort());
  for (const list of keys) assert.deepEqual(list, keys[0]);
  for (const lang of langs) assert.doesNotMatch(readFileSync(join(root, `dist/chrome/_locales/${lang}/messages.json`), 'utf8'), /\{appName\}/);
});

test('managed_schema.json lets IT set every profile field and lock every user field', () => {
  const schema = read('manifest/extension/managed_schema.json') as { type: string; properties: Record<string, { type?: string }> };
  assert.equal(schema.type, 'object');
  const expected = [...PROFILE_FIELDS, ...USER_FIELDS.map((field) => `${field}Locked`), ...NON_PROFILE_POLICY_KEYS].sort();
  assert.deepEqual(Object.keys(schema.properties).sort(), expected);
  // Chrome drops a policy whose property has no single type.
  for (const [name, property] of Object.entries(schema.properties)) assert.ok(typeof property.type === 'string', name);
});
