// The ready-to-adapt policy files in docs/policies/ must work as shipped: every value passes the
// same checks the extension applies at run time, every key is in Chrome's managed schema, and the
// Linux JSON, Windows registry and Firefox files all say the same thing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_PROFILE } from '../shared/core/profile/default-profile.ts';
import { resolveProfile } from '../shared/core/profile/resolve-profile.ts';

const root = resolve(import.meta.dirname, '..');
const docs = join(root, 'docs/policies');
const ID = 'REPLACE_WITH_EXTENSION_ID';
type Policy = Record<string, unknown>;

const linux = JSON.parse(readFileSync(join(docs, 'chrome-edge-linux.json'), 'utf8')) as { '3rdparty': { extensions: Record<string, Policy> } };
const firefox = JSON.parse(readFileSync(join(docs, 'firefox-policies.json'), 'utf8')) as { policies: { '3rdparty': { Extensions: Record<string, Policy> } } };
const schema = JSON.parse(readFileSync(join(root, 'manifest/extension/managed_schema.json'), 'utf8')) as { properties: Record<string, { type: string }> };

/** Reads a regedit export (UTF-16 LE) back into the object Chrome builds from it. */
function readRegPolicy(file: string, base: string): Policy {
  const text = readFileSync(join(docs, file)).toString('utf16le').replace(/^\uFEFF/, '');
  const policy: Policy = {};
  let path: string[] | null = null;
  for (const line of text.split(/\r\n/)) {
    const key = /^\[(.+)\]$/.exec(line);
    if (key) {
      path = key[1] === base ? [] : key[1]!.startsWith(`${base}\\`) ? key[1]!.slice(base.length + 1).split('\\') : null;
      continue;
    }
    const value = /^"([^"]+)"=(?:"(.*)"|dword:([0-9a-f]{8}))$/.exec(line);
    if (!path || !value) continue;
    const [, name, text, dword] = value;
    const parsed = dword === undefined ? text! : Number.parseInt(dword, 16) === 1;
    if (path.length === 0) policy[name!] = parsed;
    else {
      const holder = (policy[path[0]!] ??= /^\d+$/.test(name!) ? [] : {}) as Policy | unknown[];
      if (Array.isArray(holder)) holder[Number(name) - 1] = parsed; else holder[name!] = parsed;
    }
  }
  return policy;
}

function assertUsable(policy: Policy, where: string): void {
  const resolved = resolveProfile(DEFAULT_PROFILE, policy, {});
  assert.deepEqual(resolved.policyErrors, [], where);
  assert.ok(resolved.locked.has('instanceUrl'), `${where}: instanceUrlLocked locks the instance`);
  for (const [key, value] of Object.entries(policy)) {
    const type = schema.properties[key]?.type;
    assert.ok(type, `${where}: ${key} is not in managed_schema.json (Chrome would drop it)`);
    assert.equal(Array.isArray(value) ? 'array' : typeof value === 'object' ? 'object' : typeof value, type, `${where}: ${key}`);
  }
  // The example shows the calendar feeds key (extension/background/calendar/sources.ts), each an https:// address.
  const feeds = policy.calendarFeeds as unknown[];
  assert.ok(Array.isArray(feeds) && feeds.length > 0, `${where}: calendarFeeds example`);
  for (const feed of feeds) assert.equal(new URL(String(feed)).protocol, 'https:', `${where}: ${String(feed)}`);
}

test('Chrome/Edge Linux policy file: valid, in the schema, force-installs the extension', () => {
  assertUsable(linux['3rdparty'].extensions[ID]!, 'chrome-edge-linux.json');
  assert.equal((JSON.parse(readFileSync(join(docs, 'chrome-edge-linux.json'), 'utf8')) as { ExtensionSettings: Record<string, { installation_mode: string }> }).ExtensionSettings[ID]?.installation_mode, 'force_installed');
});

test('Windows registry files for Chrome and Edge hold the same policy as the Linux file', () => {
  const expected = linux['3rdparty'].extensions[ID]!;
  for (const [file, vendor] of [['chrome-windows.reg', 'Google\\Chrome'], ['edge-windows.reg', 'Microsoft\\Edge']] as const) {
    const policy = readRegPolicy(file, `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\${vendor}\\3rdparty\\extensions\\${ID}\\policy`);
    assert.deepEqual(policy, expected, file);
    assertUsable(policy, file);
  }
});

test('Firefox policies.json: the product gecko id, the same policy', () => {
  const extensions = firefox.policies['3rdparty'].Extensions;
  assert.deepEqual(Object.keys(extensions), [DEFAULT_PROFILE.geckoId]);
  assert.deepEqual(extensions[DEFAULT_PROFILE.geckoId], linux['3rdparty'].extensions[ID]);
  assertUsable(extensions[DEFAULT_PROFILE.geckoId]!, 'firefox-policies.json');
});

test('managed schema declares every policy key the extension reads, calendarFeeds as https:// strings', async () => {
  const { NON_PROFILE_POLICY_KEYS } = await import('../shared/core/profile/resolve-profile.ts');
  // 'calendarFeeds' is extension/background/calendar/sources.ts POLICY_FEEDS_KEY (that module needs a browser).
  for (const key of [...NON_PROFILE_POLICY_KEYS, 'calendarFeeds']) assert.ok(schema.properties[key], `${key} in managed_schema.json`);
  const feeds = schema.properties.calendarFeeds as unknown as { type: string; items: { type: string; pattern: string } };
  assert.equal(feeds.type, 'array');
  assert.equal(feeds.items.type, 'string');
  assert.ok(new RegExp(feeds.items.pattern).test('https://agenda.ministere.example/cal.ics'));
  assert.ok(!new RegExp(feeds.items.pattern).test('http://agenda.ministere.example/cal.ics'));
});
