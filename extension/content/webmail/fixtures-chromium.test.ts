// The main flows of every adapter in real Chromium: each fixture is served at the URL it declares
// (route interception, no network), the real content-script bundles run in it (the editor module,
// which the background injects in the extension, is put in first here), and a person's clicks add,
// join and remove the meeting through Chromium's own editing (execCommand, contenteditable,
// iframes). Skips without Chromium; fails under CI=true.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';
import { DEFAULT_PROFILE } from '../../../shared/core/profile/default-profile.ts';
import { contentScriptDefines, contentScriptEntries } from '../../../scripts/build/content-scripts.ts';
import { pickLang } from '../../../shared/core/i18n/lang.ts';
import { translate } from '../../../shared/core/i18n/translate.ts';
import { WEBMAIL_EDITOR_FILE } from './editor-message.ts';
import { webmailMessages } from './messages.ts';
import { FIXTURE_CASES } from './testing/fixture-cases.ts';
import { FIXTURES } from './testing/fixture-dom.ts';

const CHROMIUM = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((path) => existsSync(path));
const ROOT = join(import.meta.dirname, '../../..');

type Browser = Awaited<ReturnType<typeof import('playwright-core')['chromium']['launch']>>;
let browser: Browser | null = null;
let bundles = '';

before(async () => {
  if (!CHROMIUM) return;
  bundles = await mkdtemp(join(tmpdir(), 'visio-webmail-bundles-'));
  await build({
    entryPoints: contentScriptEntries({ root: ROOT }), outdir: bundles, bundle: true, format: 'iife', minify: true,
    target: 'chrome120', define: contentScriptDefines({ profile: DEFAULT_PROFILE }), logLevel: 'warning',
  });
  const { chromium } = await import('playwright-core');
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
});
after(async () => {
  await browser?.close();
  if (bundles) await rm(bundles, { recursive: true, force: true });
});

function unavailable(t: { skip(reason: string): void }): boolean {
  if (browser) return false;
  const reason = 'Chromium is not installed (apt-get install chromium)';
  if (process.env.CI === 'true') throw new Error(`CI=true: ${reason}`);
  t.skip(reason);
  return true;
}

describe('webmail adapters in real Chromium', () => {
  for (const testCase of FIXTURE_CASES.filter((entry) => entry.expect !== 'quick-add')) {
    it(`${testCase.file}: ${testCase.expect === 'add' ? 'Add, Join, Remove' : 'Join the webmail’s own meeting'}`, async (t) => {
      if (unavailable(t)) return;
      const html = readFileSync(join(FIXTURES, testCase.file), 'utf8');
      const url = /name="visio-fixture-url" content="([^"]+)"/.exec(html)![1]!;
      const context = await browser!.newContext({ locale: 'fr-FR' });
      try {
        await context.route('**/*', (route) => route.request().url().split('#')[0] === url.split('#')[0]
          ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
          : route.abort());
        const page = await context.newPage();
        await page.goto(url);
        await page.evaluate(() => {
          for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-fixture-body]')) {
            const body = frame.contentDocument!.body;
            body.innerHTML = frame.dataset.fixtureBody ?? '';
            body.contentEditable = 'true';
          }
          (window as unknown as { opened: string[] }).opened = [];
          window.open = (link?: string | URL) => { (window as unknown as { opened: string[] }).opened.push(String(link)); return null; };
        });
        const fields = () => page.evaluate(() => {
          const plain = [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')]
            .filter((field) => !field.closest('[data-visio-group]')).map((field) => field.value);
          const rich = [...document.querySelectorAll('[contenteditable="true"]')].map((element) => element.innerHTML);
          const frames = [...document.querySelectorAll('iframe')].map((frame) => frame.contentDocument?.body.innerHTML ?? '');
          return JSON.stringify([plain, rich, frames]);
        });
        const before = await fields();
        await page.addScriptTag({ path: join(bundles, WEBMAIL_EDITOR_FILE) });
        await page.addScriptTag({ path: join(bundles, `content/webmail-${testCase.kind}-page.js`) });
        if (testCase.expect === 'join') {
          await page.waitForSelector('[data-visio-action="join"]:not([hidden])');
          assert.equal(await page.locator('[data-visio-action="add"]').isHidden(), true);
          await page.click('[data-visio-action="join"]');
          assert.deepEqual(await page.evaluate(() => (window as unknown as { opened: string[] }).opened), [testCase.joinUrl]);
          assert.equal(await fields(), before, 'Join changes nothing');
          return;
        }
        await page.waitForSelector('[data-visio-action="add"]:not([hidden])');
        const lang = pickLang([/<html lang="([a-z]+)"/.exec(html)?.[1] ?? '', 'fr-FR']);
        assert.equal(await page.textContent('[data-visio-action="add"]'), translate(webmailMessages, lang, 'add', { app: 'Visio' }), 'the page’s language');
        await page.click('[data-visio-action="add"]');
        await page.waitForFunction(() => !document.querySelector('[data-visio-action="remove"]')?.hasAttribute('hidden')
          || document.querySelector('[data-visio-message]')?.getAttribute('role') === 'alert', null, { timeout: 5000 });
        assert.equal(await page.getAttribute('[data-visio-message]', 'role'), 'status', await page.textContent('[data-visio-message]') ?? '');
        const link = await page.getAttribute('[data-visio-action="join"]', 'data-visio-url');
        assert.match(link ?? '', /^https:\/\/visio\.numerique\.gouv\.fr\/[a-z]{3}-[a-z]{4}-[a-z]{3}$/);
        const added = await fields();
        assert.ok(added.includes(link!), 'the link is in the fields');
        assert.equal(await page.getAttribute('[data-visio-message]', 'role'), 'status', 'no error');
        await page.waitForTimeout(500); // the second read-back
        assert.equal(await page.getAttribute('[data-visio-message]', 'role'), 'status', 'still kept after the second read-back');
        await page.click('[data-visio-action="join"]');
        assert.deepEqual(await page.evaluate(() => (window as unknown as { opened: string[] }).opened), [link]);
        assert.equal(await fields(), added, 'Join changes nothing');
        await page.click('[data-visio-action="remove"]');
        await page.waitForSelector('[data-visio-action="add"]:not([hidden])');
        assert.equal(await fields(), before, 'Remove gives back every byte');
      } finally {
        await context.close();
      }
    });
  }

  it('without the editor module, the editor says the buttons could not be loaded (no silent nothing)', async (t) => {
    if (unavailable(t)) return;
    const file = 'sogo/editor-new.html';
    const html = readFileSync(join(FIXTURES, file), 'utf8');
    const url = /name="visio-fixture-url" content="([^"]+)"/.exec(html)![1]!;
    const context = await browser!.newContext({ locale: 'fr-FR' });
    try {
      await context.route('**/*', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
      const page = await context.newPage();
      await page.goto(url);
      // Outside an extension nothing can inject the module: the same path as a refused injection.
      await page.addScriptTag({ path: join(bundles, 'content/webmail-sogo-page.js') });
      await page.waitForSelector('[data-visio-message][role="alert"]');
      const lang = pickLang([/<html lang="([a-z]+)"/.exec(html)?.[1] ?? '', 'fr-FR']);
      assert.equal(await page.textContent('[data-visio-message]'), translate(webmailMessages, lang, 'loadFailed', { app: 'Visio' }), 'in the page’s language');
      assert.equal(await page.locator('[data-visio-action]:not([hidden])').count(), 0, 'no button that could not work');
      assert.equal(await page.locator('[data-visio-group]').count(), 1);
    } finally {
      await context.close();
    }
  });
});
