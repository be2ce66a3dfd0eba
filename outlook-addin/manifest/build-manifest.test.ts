// The real template (manifest/outlook/manifest.template.xml) filled for the default profile and for an
// organisation whose names and addresses are hostile to XML. No build needed: the built manifest is
// checked by manifest.test.ts.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { LANGS, type Lang } from '../../shared/core/i18n/lang.ts';
import { DEFAULT_PROFILE } from '../../shared/core/profile/default-profile.ts';
import type { Profile } from '../../shared/core/profile/profile.ts';
import { buildManifest, MANIFEST_TEMPLATE_PATH } from './build-manifest.ts';
import { MANIFEST_LOCALES, manifestString, type ManifestStringId } from './manifest-strings.ts';
import { TemplateError } from './template.ts';

const root = resolve(import.meta.dirname, '../..');
const schema = resolve(root, '../shared/schemas/office-addin/OfficeAppManifestV1_1.xsd');
const template = readFileSync(join(root, MANIFEST_TEMPLATE_PATH), 'utf8');

const hostile: Profile = {
  ...DEFAULT_PROFILE,
  productName: 'Réunions & Co <test>',
  appName: `Vi"s'io & <b>`,
  instanceUrl: 'https://meet.example.org:8443/visio',
  extraInstances: ['https://visio.suite.anct.gouv.fr'],
  helpUrl: 'https://aide.example.org/visio?lang=fr&page=outlook',
  outlook: { ...DEFAULT_PROFILE.outlook, hostUrl: 'https://addin.example.org/visio', providerName: 'DINUM</ProviderName><Id>00000000-0000-0000-0000-000000000000</Id><!--' },
};

function parse(xml: string): Document {
  const doc = new JSDOM(xml, { contentType: 'application/xml' }).window.document;
  assert.equal(doc.getElementsByTagName('parsererror').length, 0, 'the manifest is well-formed XML');
  return doc;
}

const all = (doc: Document, name: string) => [...doc.getElementsByTagName(name)];
const langOf = new Map(Object.entries(MANIFEST_LOCALES).map(([lang, locale]) => [locale, lang as Lang]));

describe('the manifest template, filled', () => {
  test('for the default profile: every placeholder is known and none is left', () => {
    const xml = buildManifest(template, DEFAULT_PROFILE, '0.1.0');
    assert.doesNotMatch(xml, /\{\{|\}\}/);
    assert.doesNotMatch(xml, /<!--#/, 'template notes are not copied');
    const doc = parse(xml);
    assert.equal(all(doc, 'Id')[0]?.textContent, DEFAULT_PROFILE.outlook.addinId);
    assert.equal(all(doc, 'Version')[0]?.textContent, '0.1.0');
  });

  test('each localized value carries the string of its locale\'s language, from manifest-strings.ts', () => {
    const doc = parse(buildManifest(template, DEFAULT_PROFILE, '0.1.0'));
    const names = { appName: DEFAULT_PROFILE.appName, productName: DEFAULT_PROFILE.productName };
    const strings = [...all(doc, 'bt:String'), ...all(doc, 'Description').filter((e) => e.hasAttribute('DefaultValue'))];
    assert.equal(strings.length, 2 * 10 + 1, 'ten resource strings in each VersionOverrides, and the description');
    for (const element of strings) {
      const id = (element.getAttribute('id') ?? 'Addin.Description') as ManifestStringId;
      assert.equal(element.getAttribute('DefaultValue'), manifestString('fr', id, names), id);
      const overrides = [...element.children];
      assert.deepEqual(overrides.map((o) => langOf.get(o.getAttribute('Locale') ?? '')).sort(), LANGS.filter((l) => l !== 'fr').sort(), id);
      for (const override of overrides) {
        const lang = langOf.get(override.getAttribute('Locale') ?? '') ?? 'fr';
        assert.equal(override.getAttribute('Value'), manifestString(lang, id, names), `${id} ${lang}`);
      }
    }
  });

  test('hostile profile values are escaped: they read back as typed and add no element', () => {
    const doc = parse(buildManifest(template, hostile, '2.3.1'));
    assert.equal(all(doc, 'ProviderName')[0]?.textContent, hostile.outlook.providerName);
    assert.equal(all(doc, 'Id').length, 1);
    assert.equal(all(doc, 'Id')[0]?.textContent, DEFAULT_PROFILE.outlook.addinId);
    const display = all(doc, 'DisplayName')[0];
    assert.equal(display?.getAttribute('DefaultValue'), 'Réunions & Co <test>');
    assert.ok([...(display?.children ?? [])].every((o) => o.getAttribute('Value') === 'Réunions & Co <test>'));
    const insert = all(doc, 'bt:String').find((e) => e.getAttribute('id') === 'InsertButton.Label');
    assert.equal(insert?.getAttribute('DefaultValue'), `Ajouter une réunion Vi"s'io & <b>`);
    assert.equal(all(doc, 'b').length, 0);
    assert.equal(all(doc, 'SupportUrl')[0]?.getAttribute('DefaultValue'), 'https://aide.example.org/visio?lang=fr&page=outlook');
    assert.deepEqual(all(doc, 'AppDomain').map((e) => e.textContent),
      ['https://addin.example.org', 'https://meet.example.org:8443', 'https://visio.suite.anct.gouv.fr']);
    const taskpane = all(doc, 'bt:Url').find((e) => e.getAttribute('id') === 'Taskpane.Url');
    assert.equal(taskpane?.getAttribute('DefaultValue'), 'https://addin.example.org/visio/taskpane.html');
  });

  test('the hostile manifest still validates against the Office schemas', async (t) => {
    if (!existsSync(schema) || spawnSync('xmllint', ['--version']).status !== 0) {
      if (process.env.CI === 'true') assert.fail('schemas (../shared) or xmllint (libxml2-utils) missing under CI');
      t.skip('schemas in ../shared or xmllint (libxml2-utils) missing');
      return;
    }
    const dir = await mkdtemp(join(tmpdir(), 'visio-manifest-'));
    try {
      await writeFile(join(dir, 'manifest.xml'), buildManifest(template, hostile, '2.3.1'));
      const run = spawnSync('xmllint', ['--nonet', '--noout', '--schema', schema, join(dir, 'manifest.xml')], { encoding: 'utf8' });
      assert.equal(run.status, 0, run.stderr);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('a template that drops a language\'s string, or names an unknown value, stops the build', () => {
    const withoutGerman = template.replace(/^.*\{\{de:Group\.Label\}\}.*\n/gm, '');
    assert.throws(() => buildManifest(withoutGerman, DEFAULT_PROFILE, '0.1.0'), (error: unknown) =>
      error instanceof TemplateError && error.problems.some((p) => p.includes('{{de:Group.Label}}')));
    const typo = template.replace('{{host:assets/icon-16.png}}', '{{host:assets/icon-17.png}}');
    assert.throws(() => buildManifest(typo, DEFAULT_PROFILE, '0.1.0'), /unknown placeholder \{\{host:assets\/icon-17\.png\}\}/);
  });

  test('a profile value XML cannot carry, or a version Office refuses, stops the build', () => {
    assert.throws(() => buildManifest(template, { ...DEFAULT_PROFILE, productName: 'Visio\u0000' }, '0.1.0'), /character XML cannot carry/);
    assert.throws(() => buildManifest(template, DEFAULT_PROFILE, '0.1.0-beta'), /cannot be an Outlook manifest <Version>/);
  });
});
