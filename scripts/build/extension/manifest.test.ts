import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_PROFILE } from '../../../shared/core/profile/default-profile.ts';
import { extensionManifest, instanceHostPattern, mergeManifest } from './manifest.ts';

const base = { manifest_version: 3, permissions: ['storage'], action: { default_popup: 'popup.html' }, optional_host_permissions: ['https://*/*'] };

test('patches merge objects key by key and replace everything else', () => {
  assert.deepEqual(mergeManifest({ a: { x: 1, y: 2 }, list: [1] }, { a: { y: 3 }, list: [2] }), { a: { x: 1, y: 3 }, list: [2] });
});

test('the instance host permission ignores port and path (match patterns carry neither)', () => {
  assert.equal(instanceHostPattern('https://visio.numerique.gouv.fr'), 'https://visio.numerique.gouv.fr/*');
  assert.equal(instanceHostPattern('https://example.fr:8443/visio'), 'https://example.fr/*');
  assert.equal(instanceHostPattern('http://127.0.0.1:9'), 'http://127.0.0.1/*');
});

test('Firefox gets the profile gecko id; webmail content scripts and permissions are merged without duplicates', () => {
  const manifest = extensionManifest({
    base, patch: { browser_specific_settings: { gecko: { id: '' } } }, profile: { ...DEFAULT_PROFILE, geckoId: 'visio@ministere.example' },
    version: '1.2.3', browser: 'firefox',
    contentScripts: { content_scripts: [{ matches: ['https://sogo.example/*'], js: ['content/sogo.js'] }], host_permissions: ['https://sogo.example/*'], optional_host_permissions: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'] },
  });
  assert.equal((manifest.browser_specific_settings as { gecko: { id: string } }).gecko.id, 'visio@ministere.example');
  assert.equal(manifest.version, '1.2.3');
  assert.equal(manifest.name, DEFAULT_PROFILE.productName);
  assert.deepEqual(manifest.host_permissions, ['https://visio.numerique.gouv.fr/*', 'https://sogo.example/*']);
  assert.deepEqual(manifest.optional_host_permissions, ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*']);
  assert.equal((manifest.content_scripts as unknown[]).length, 1);
});

test('an invalid instance in the profile stops the build', () => {
  assert.throws(() => instanceHostPattern('ftp://x'), /invalid instance URL/);
});
