// The consistency rules of issue 4: every webmail kind has an adapter in the registry, fixtures
// that name their source and date, DOM tests on each fixture, its URL patterns in the manifest,
// and hooks that survive the UI being in another language.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { JSDOM } from 'jsdom';
import { WEBMAIL_KINDS, type WebmailOrigin } from '../../../shared/core/profile/profile.ts';
import { DEFAULT_PROFILE } from '../../../shared/core/profile/default-profile.ts';
import { contentScriptEntries, contentScriptManifest } from '../../../scripts/build/content-scripts.ts';
import { WEBMAIL_EDITOR_FILE } from './editor-message.ts';
import { originMatchPatterns, patternHostPermission } from './match-patterns.ts';
import { contentScriptFile, WEBMAIL_ADAPTERS } from './registry.ts';
import { FIXTURE_CASES } from './testing/fixture-cases.ts';
import { FIXTURES, fixtureFiles } from './testing/fixture-dom.ts';

const ROOT = join(import.meta.dirname, '../../..');

describe('webmail adapters: consistency', () => {
  it('every webmail kind has its adapter in the registry, and nothing else is there', () => {
    assert.deepEqual(Object.keys(WEBMAIL_ADAPTERS).sort(), [...WEBMAIL_KINDS].sort());
    for (const kind of WEBMAIL_KINDS) assert.equal(WEBMAIL_ADAPTERS[kind].kind, kind);
  });

  it('every adapter has fixtures naming their source and date, each one exercised by the DOM tests', () => {
    for (const kind of WEBMAIL_KINDS) {
      const files = fixtureFiles(kind);
      assert.ok(files.length > 0, `${kind} has fixtures`);
      for (const file of files) {
        const head = readFileSync(join(FIXTURES, file), 'utf8').slice(0, 600);
        assert.match(head, /^<!--[\s\S]*?(?:20\d\d)[\s\S]*?-->/, `${file} opens with a comment giving its source and date`);
        assert.ok(FIXTURE_CASES.some((testCase) => testCase.file === file), `${file} is tested in adapters.test.ts`);
      }
      assert.ok(FIXTURE_CASES.some((testCase) => testCase.kind === kind && testCase.expect === 'add'), `${kind}: Add is tested`);
    }
  });

  it('every adapter has a content-script entry, and its patterns (SaaS hosts, profile origins) are in the manifest', () => {
    const webmails: WebmailOrigin[] = WEBMAIL_KINDS.filter((kind) => WEBMAIL_ADAPTERS[kind].selfHostedPaths.length > 0)
      .map((kind) => ({ kind, origin: `https://${kind}.ministere.example` }));
    const manifest = contentScriptManifest({ profile: { ...DEFAULT_PROFILE, webmails } });
    const entries = contentScriptEntries({ root: ROOT });
    for (const kind of WEBMAIL_KINDS) {
      const adapter = WEBMAIL_ADAPTERS[kind];
      const file = contentScriptFile(kind);
      assert.ok(existsSync(entries[file.replace(/\.js$/, '')]!), `${kind} has an entry file`);
      const script = manifest.content_scripts.find((entry) => entry.js.includes(file));
      assert.ok(script, `${kind} is in content_scripts`);
      const origin = webmails.find((webmail) => webmail.kind === kind);
      const expected = [...adapter.hostedMatches, ...(origin ? originMatchPatterns(adapter, origin.origin)! : [])];
      assert.ok(expected.length > 0, `${kind} has at least one URL pattern`);
      for (const pattern of expected) assert.ok(script.matches.includes(pattern), `${kind}: ${pattern} matched`);
      if (origin) assert.ok(manifest.host_permissions.includes(`${origin.origin}/*`), `${kind}: host permission for its origin`);
      // The editor module is injected with scripting.executeScript: a match alone does not allow that.
      for (const pattern of adapter.hostedMatches) {
        assert.ok(manifest.host_permissions.includes(patternHostPermission(pattern)), `${kind}: host permission under ${pattern}`);
      }
    }
    assert.ok(existsSync(entries[WEBMAIL_EDITOR_FILE.replace(/\.js$/, '')]!), 'the editor module has an entry file');
    assert.ok(!manifest.content_scripts.some((entry) => entry.js.includes(WEBMAIL_EDITOR_FILE)), 'the editor module is injected on demand, not in every page');
  });

  it('the built extension (dist/) carries the SaaS webmails’ patterns', (t) => {
    const built = join(ROOT, 'dist/chrome/manifest.json');
    if (!existsSync(built)) {
      if (process.env.CI === 'true') assert.fail('dist/chrome/manifest.json is missing: npm test builds it first');
      t.skip('dist/ not built (npm test builds it; --no-build skips that)');
      return;
    }
    const manifest = JSON.parse(readFileSync(built, 'utf8')) as { content_scripts?: Array<{ matches: string[]; js: string[] }> };
    for (const kind of WEBMAIL_KINDS) {
      for (const pattern of WEBMAIL_ADAPTERS[kind].hostedMatches) {
        assert.ok(manifest.content_scripts?.some((entry) => entry.matches.includes(pattern) && entry.js.includes(contentScriptFile(kind))), `${pattern} → ${contentScriptFile(kind)}`);
      }
    }
  });

  it('no hook is label text: every adapter still finds its editor once all words on the page are in another language', () => {
    for (const hook of WEBMAIL_KINDS.flatMap((kind) => WEBMAIL_ADAPTERS[kind].hooks)) {
      assert.doesNotMatch(hook, /aria-label(?!ledby)|title=|placeholder|:contains|has-text/i, `hook ${hook} does not key on words`);
    }
    for (const testCase of FIXTURE_CASES) {
      const html = readFileSync(join(FIXTURES, testCase.file), 'utf8');
      const url = /name="visio-fixture-url" content="([^"]+)"/.exec(html)?.[1];
      const original = new JSDOM(html, { url }).window.document;
      const scrambled = new JSDOM(html, { url }).window.document;
      // Every label, button text, aria-label, title and placeholder replaced, as in a language we do not know.
      const walker = scrambled.createTreeWalker(scrambled.body, 4);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.parentElement?.closest('textarea, [contenteditable]')) node.textContent = node.textContent!.replace(/\p{L}+/gu, 'ẞǂ');
      }
      for (const element of scrambled.querySelectorAll('[aria-label], [title], [placeholder]')) {
        for (const name of ['aria-label', 'title', 'placeholder']) if (element.hasAttribute(name)) element.setAttribute(name, 'ẞǂ');
      }
      const adapter = WEBMAIL_ADAPTERS[testCase.kind];
      if (testCase.expect === 'quick-add') {
        assert.equal(adapter.findQuickAdd?.(scrambled).length, 1, `${testCase.file}: quick-add found whatever the language`);
        continue;
      }
      const before = adapter.findEditors(original);
      const after = adapter.findEditors(scrambled);
      assert.equal(after.length, before.length, `${testCase.file}: editor found whatever the language`);
      assert.ok(after.length > 0, `${testCase.file}: editor found`);
      assert.equal(Boolean(after[0]!.description), Boolean(before[0]!.description), `${testCase.file}: description found`);
      // OWA's location combobox is told from the attendee picker by its name only (secondary hint).
      if (testCase.kind !== 'owa') assert.equal(Boolean(after[0]!.location), Boolean(before[0]!.location), `${testCase.file}: location found`);
    }
  });
});
