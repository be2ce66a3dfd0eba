// Checks on the BUILT add-in (dist/outlook-addin, made by `npm test`'s build): the XML schema, then
// what the schema cannot see (shared/schemas/office-addin/README.md "What these schemas do NOT check").
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { JSDOM } from 'jsdom';
import { pngSize } from './png.ts';

const root = resolve(import.meta.dirname, '../..');
const dist = join(root, 'dist/outlook-addin');
const schemas = resolve(root, '../shared/schemas/office-addin');
const CI = process.env.CI === 'true';
const built = existsSync(join(dist, 'manifest.xml'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

const xml = built ? readFileSync(join(dist, 'manifest.xml'), 'utf8') : '';
const doc = new JSDOM(xml || '<x/>', { contentType: 'application/xml' }).window.document;
const all = (name: string, scope: Document | Element = doc) => [...scope.getElementsByTagName(name)] as Element[];
const hostUrl = all('SourceLocation')[0]?.getAttribute('DefaultValue')?.replace(/\/[^/]*$/, '') ?? '';

/** Skip with the reason when a tool is missing; under CI a missing tool is a failure. */
function need(ok: boolean, reason: string, t: { skip(message: string): void }): boolean {
  if (ok) return true;
  if (CI) assert.fail(`${reason} (required under CI)`);
  t.skip(reason);
  return false;
}

/** The names a built bundle registers, found by running it against a recording Office. */
function associatedNames(file: string, sandbox: Record<string, unknown> = {}): string[] {
  const names: string[] = [];
  const Office = {
    onReady: () => Promise.resolve({}),
    actions: { associate: (name: string) => { names.push(name); } },
    context: {},
  };
  runInNewContext(readFileSync(join(dist, file), 'utf8'), { Office, console, setTimeout, clearTimeout, ...sandbox }, { filename: file });
  return names;
}

/** Elements under a VersionOverrides node that belong to it (not to the nested V1_1 node). */
function own(node: Element, name: string): Element[] {
  return all(name, node).filter((element) => element.closest('VersionOverrides') === node);
}

describe('Outlook manifest (dist/outlook-addin/manifest.xml)', () => {
  test('was built', () => assert.ok(built, 'run npm run build (npm test builds first)'));

  test('validates against the Office add-in XML schemas (xmllint)', (t) => {
    const xmllint = spawnSync('xmllint', ['--version']);
    if (!need(existsSync(join(schemas, 'OfficeAppManifestV1_1.xsd')), `schemas not found at ${schemas} (../shared beside the repository)`, t)) return;
    if (!need(xmllint.status === 0, 'xmllint is not installed (Debian package libxml2-utils)', t)) return;
    const run = spawnSync('xmllint', ['--nonet', '--noout', '--schema', join(schemas, 'OfficeAppManifestV1_1.xsd'), join(dist, 'manifest.xml')], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
  });

  test('carries package.json version, and the profile id and host', () => {
    assert.equal(all('Version')[0]?.textContent, pkg.version);
    assert.match(all('Id')[0]?.textContent ?? '', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    assert.equal(all('DefaultLocale')[0]?.textContent, 'fr-FR');
  });

  test('every ribbon FunctionName is registered by commands.js, the launch event by launchevent.js', () => {
    const commandNames = new Set(all('FunctionName').map((element) => element.textContent ?? ''));
    const eventNames = new Set(all('LaunchEvent').map((element) => element.getAttribute('FunctionName') ?? ''));
    assert.ok(commandNames.size >= 3 && eventNames.size === 1);
    const registered = associatedNames('commands.js', { window: {}, document: {} });
    for (const name of commandNames) assert.ok(registered.includes(name), `${name} not associated in commands.js`);
    // No window, document, localStorage or navigator: classic Outlook's JavaScript-only runtime.
    const inEventRuntime = associatedNames('launchevent.js');
    for (const name of eventNames) assert.ok(inEventRuntime.includes(name), `${name} not associated in launchevent.js`);
  });

  test('launchevent.js is self-contained: no import, no require, no Office.onReady', () => {
    const code = readFileSync(join(dist, 'launchevent.js'), 'utf8');
    assert.doesNotMatch(code, /\bimport\s*\(|(^|[;\n])\s*import\s|\brequire\s*\(/);
    assert.doesNotMatch(code, /onReady|localStorage/);
  });

  test('only known launch events', () => {
    const known = new Set(['OnNewAppointmentOrganizer', 'OnAppointmentOrganizer', 'OnAppointmentSend', 'OnAppointmentTimeChanged', 'OnAppointmentAttendeesChanged']);
    for (const event of all('LaunchEvent')) assert.ok(known.has(event.getAttribute('Type') ?? ''), event.getAttribute('Type') ?? '');
  });

  test('every resid resolves in its own VersionOverrides, to a resource of the right kind', () => {
    const kindOf: Record<string, string> = {
      Label: 'bt:ShortStrings', Title: 'bt:ShortStrings', Description: 'bt:LongStrings',
      'bt:Image': 'bt:Images', SourceLocation: 'bt:Urls', FunctionFile: 'bt:Urls', Runtime: 'bt:Urls', Override: 'bt:Urls',
    };
    const nodes = all('VersionOverrides');
    assert.equal(nodes.length, 2);
    for (const node of nodes) {
      const resources = own(node, 'Resources')[0];
      assert.ok(resources, 'each VersionOverrides has its own Resources');
      for (const element of [...node.querySelectorAll('[resid]')].filter((e) => e.closest('VersionOverrides') === node)) {
        const resid = element.getAttribute('resid') ?? '';
        const group = kindOf[element.tagName];
        assert.ok(group, `unexpected resid holder ${element.tagName}`);
        const target = [...(resources.getElementsByTagName(group)[0]?.children ?? [])].find((child) => child.getAttribute('id') === resid);
        assert.ok(target, `${element.tagName} resid="${resid}" does not resolve in ${group} of ${node.getAttribute('xsi:type')}`);
      }
    }
  });

  test('every string has a French default and en-US, de-DE, nl-NL overrides', () => {
    const localized = [...all('bt:String'), ...all('DisplayName'), ...all('Description').filter((e) => e.hasAttribute('DefaultValue'))];
    assert.ok(localized.length > 10);
    for (const element of localized) {
      const locales = [...element.children].map((child) => child.getAttribute('Locale')).sort();
      assert.deepEqual(locales, ['de-DE', 'en-US', 'nl-NL'], `${element.getAttribute('id') ?? element.tagName}`);
      assert.ok((element.getAttribute('DefaultValue') ?? '').length > 0);
    }
    const insert = all('bt:String').find((e) => e.getAttribute('id') === 'InsertButton.Label');
    assert.equal(insert?.getAttribute('DefaultValue'), 'Ajouter une réunion Visio');
  });

  test('every URL is https', () => {
    const values = [...doc.querySelectorAll('*')].flatMap((element) => [
      ...[...element.attributes].map((attr) => attr.value),
      ...(element.children.length === 0 ? [element.textContent ?? ''] : []),
    ]).filter((value) => /^[a-z][a-z0-9+.-]*:\/\//i.test(value) && !value.startsWith('http://schemas.microsoft.com/') && !value.startsWith('http://www.w3.org/'));
    assert.ok(values.length > 10);
    for (const value of values) assert.ok(value.startsWith('https://'), value);
  });

  test('every icon exists as a PNG of each declared size (size × scale on mobile)', () => {
    const fileOf = (url: string) => join(dist, url.slice(hostUrl.length + 1));
    for (const node of all('VersionOverrides')) {
      const images = new Map(own(node, 'bt:Image').filter((e) => e.hasAttribute('id')).map((e) => [e.getAttribute('id'), e.getAttribute('DefaultValue') ?? '']));
      for (const use of own(node, 'bt:Image').filter((e) => e.hasAttribute('resid'))) {
        const url = images.get(use.getAttribute('resid')) ?? '';
        const pixels = Number(use.getAttribute('size')) * Number(use.getAttribute('scale') ?? 1);
        const file = fileOf(url);
        assert.ok(existsSync(file), `${url} missing`);
        assert.deepEqual(pngSize(readFileSync(file)), { width: pixels, height: pixels }, url);
      }
    }
    for (const [name, pixels] of [['IconUrl', 64], ['HighResolutionIconUrl', 128]] as const) {
      const url = all(name)[0]?.getAttribute('DefaultValue') ?? '';
      assert.deepEqual(pngSize(readFileSync(fileOf(url))), { width: pixels, height: pixels }, name);
    }
  });

  test('the organizer surface has exactly one function command (meeting-provider rule)', () => {
    for (const surface of all('ExtensionPoint').filter((e) => e.getAttribute('xsi:type') === 'AppointmentOrganizerCommandSurface')) {
      const functions = all('Action', surface).filter((action) => action.getAttribute('xsi:type') === 'ExecuteFunction');
      assert.equal(functions.length, 1);
    }
  });

  test('the mobile toggle and the launch event live in VersionOverridesV1_1 only', () => {
    const v1_1 = all('VersionOverrides').find((e) => e.getAttribute('xsi:type') === 'VersionOverridesV1_1');
    assert.ok(v1_1);
    const types = all('ExtensionPoint', v1_1).map((e) => e.getAttribute('xsi:type'));
    assert.ok(types.includes('MobileOnlineMeetingCommandSurface') && types.includes('LaunchEvent'));
    assert.equal(all('SupportsSharedFolders', v1_1)[0]?.textContent, 'true');
  });
});
