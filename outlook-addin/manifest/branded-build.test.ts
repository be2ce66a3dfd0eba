// An organisation's own build: another host, names, id and the self-hosted office.js copy.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEFAULT_PROFILE } from '../../shared/core/profile/default-profile.ts';
import type { Profile } from '../../shared/core/profile/profile.ts';
import { buildOutlookAddin } from '../../scripts/build/outlook.ts';

const root = resolve(import.meta.dirname, '../..');
const schema = resolve(root, '../shared/schemas/office-addin/OfficeAppManifestV1_1.xsd');
const profile: Profile = {
  ...DEFAULT_PROFILE,
  productName: 'Webconf Ministère',
  appName: 'Webconf',
  instanceUrl: 'https://webconf.ministere.example',
  helpUrl: 'https://aide.ministere.example/webconf',
  outlook: { ...DEFAULT_PROFILE.outlook, addinId: '0b7f3c1e-2a4d-4e6f-8a9b-1c2d3e4f5a6b', hostUrl: 'https://outils.ministere.example/webconf-outlook', officeJs: 'self', providerName: 'Ministère' },
};

let out = '';
before(async () => {
  out = await mkdtemp(join(tmpdir(), 'visio-outlook-'));
  await buildOutlookAddin({ root, out, profile, version: '2.3.1', quiet: true, log: () => undefined });
});
after(async () => { if (out) await rm(out, { recursive: true, force: true }); });

describe('branded Outlook build (another profile, self-hosted office.js)', () => {
  test('the manifest carries the profile: id, version, host, names, support page', () => {
    const xml = readFileSync(join(out, 'outlook-addin/manifest.xml'), 'utf8');
    assert.match(xml, /<Id>0b7f3c1e-2a4d-4e6f-8a9b-1c2d3e4f5a6b<\/Id>/);
    assert.match(xml, /<Version>2\.3\.1<\/Version>/);
    assert.match(xml, /<ProviderName>Ministère<\/ProviderName>/);
    assert.match(xml, /<DisplayName DefaultValue="Webconf Ministère">/);
    assert.match(xml, /DefaultValue="Ajouter une réunion Webconf"/);
    assert.match(xml, /Locale="de-DE" Value="Webconf-Besprechung hinzufügen"/);
    assert.match(xml, /<SupportUrl DefaultValue="https:\/\/aide\.ministere\.example\/webconf"/);
    const urls = [...xml.matchAll(/DefaultValue="(https:[^"]+)"/g)].map((match) => match[1] ?? '');
    const own = urls.filter((url) => url.includes('outils.ministere.example'));
    assert.ok(own.length > 10 && own.every((url) => url.startsWith('https://outils.ministere.example/webconf-outlook/')));
    assert.doesNotMatch(xml, /localhost/);
  });

  test('it validates against the schemas', (t) => {
    if (!existsSync(schema) || spawnSync('xmllint', ['--version']).status !== 0) {
      if (process.env.CI === 'true') assert.fail('schemas (../shared) or xmllint missing under CI');
      t.skip('schemas in ../shared or xmllint (libxml2-utils) missing');
      return;
    }
    const run = spawnSync('xmllint', ['--nonet', '--noout', '--schema', schema, join(out, 'outlook-addin/manifest.xml')], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
  });

  test('pages load office.js from the add-in host, with Outlook\'s files and nothing for other hosts', () => {
    const dir = join(out, 'outlook-addin');
    for (const page of ['taskpane.html', 'commands.html', 'launchevent.html']) {
      const html = readFileSync(join(dir, page), 'utf8');
      assert.match(html, /<script src="assets\/office-js\/office\.js"><\/script>/);
      assert.doesNotMatch(html, /appsforoffice\.microsoft\.com/);
    }
    const copy = join(dir, 'assets/office-js');
    for (const file of ['office.js', 'outlook-web-16.01.js', 'outlook-win32-16.02.js', 'fr-fr/outlook_strings.js', 'fr-fr/office_strings.js']) {
      assert.ok(existsSync(join(copy, file)), file);
    }
    const top = readdirSync(copy);
    assert.ok(!top.some((name) => /^(excel|word|powerpoint)/.test(name)), 'no other Office host scripts');
    assert.ok(!readdirSync(join(copy, 'fr-fr')).some((name) => /excel|word/i.test(name)));
  });

  test('the bundles carry the branded profile', () => {
    const code = readFileSync(join(out, 'outlook-addin/commands.js'), 'utf8');
    assert.match(code, /webconf\.ministere\.example/);
  });
});
