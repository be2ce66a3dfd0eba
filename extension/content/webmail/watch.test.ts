// The watcher every webmail page gets at load (jsdom, the real SOGo fixture and adapter): it asks
// for the page script only when an event editor shows, once, then steps aside; a refusal is said
// in the editor and tried again with the next editor, not on every frame; a frame gets one watcher, and none once a
// runner is there. The real injection by the background runs in Chromium and Firefox in
// scripts/e2e/sogo/sogo.e2e.test.ts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { JSDOM } from 'jsdom';
import { DEFAULT_PROFILE } from '../../../shared/core/profile/default-profile.ts';

Object.assign(globalThis, { __VISIO_PROFILE__: DEFAULT_PROFILE }); // what the build defines
const { sogoAdapter } = await import('./adapters/sogo.ts');
const { STARTED, STATS } = await import('./boot-symbols.ts');
const { WEBMAIL_ADAPTERS } = await import('./registry.ts');
const { FIXTURE_CASES } = await import('./testing/fixture-cases.ts');
const { FIXTURES } = await import('./testing/fixture-dom.ts');
const { watchForEditor } = await import('./watch.ts');

const WATCHING = Symbol.for('visio-scheduler.webmail-watcher');

function page() {
  const dom = new JSDOM(readFileSync(join(FIXTURES, 'sogo/editor-new.html'), 'utf8'), { url: 'https://mail.ministere.example/SOGo/', pretendToBeVisual: true });
  // As $mdDialog does (SOGo's ComponentController.js): the whole dialog container comes and goes as a child of <body>.
  const doc = dom.window.document;
  const dialog = doc.querySelector('form[name="eventForm"]')!.closest('.md-dialog-container')!;
  assert.equal(dialog.parentElement, doc.body, 'the fixture has SOGo\'s dialog container in <body>');
  dialog.remove();
  return { dom, doc, open: () => doc.body.append(dialog), close: () => dialog.remove() };
}

const frames = (dom: JSDOM, count = 3) => new Promise((resolve) => dom.window.setTimeout(resolve, 20 * count));

afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[WATCHING];
  delete (globalThis as Record<symbol, unknown>)[STARTED];
  delete (globalThis as Record<symbol, unknown>)[STATS];
});

describe('webmail watcher', () => {
  it('asks for nothing while the calendar changes without an editor; one request when the editor opens', async () => {
    const { dom, doc, open } = page();
    const asked: string[] = [];
    assert.equal(watchForEditor(sogoAdapter, { doc, load: async (kind) => { asked.push(kind); } }), true);
    for (let change = 0; change < 5; change += 1) doc.body.append(doc.createElement('div'));
    await frames(dom);
    assert.deepEqual(asked, [], 'a calendar that is only read gets no page script');
    open();
    await frames(dom);
    doc.body.append(doc.createElement('div'));
    await frames(dom);
    assert.deepEqual(asked, ['sogo'], 'one request, then the page script\'s runner takes over');
  });

  it('on SOGo, whose editors come as dialogs appended to <body>, the calendar\'s own rendering does not wake the watcher', async () => {
    const { dom, doc, open } = page();
    const asked: string[] = [];
    watchForEditor(sogoAdapter, { doc, load: async (kind) => { asked.push(kind); } });
    const stats = (globalThis as Record<symbol, { runner: { batches: number } }>)[STATS]!.runner;
    const calendar = doc.body.appendChild(doc.createElement('main'));
    for (let change = 0; change < 5; change += 1) {
      calendar.append(doc.createElement('div'));
      calendar.setAttribute('style', `opacity:${change / 5}`);
      await frames(dom, 1); // one mutation batch each
    }
    await frames(dom);
    assert.equal(stats.batches, 1, 'only the <main> put into <body> was seen, not the changes inside it');
    open();
    await frames(dom);
    assert.deepEqual(asked, ['sogo']);
  });

  it('an editor already open at load is seen at once', async () => {
    const { dom, doc, open } = page();
    open();
    const asked: string[] = [];
    watchForEditor(sogoAdapter, { doc, load: async (kind) => { asked.push(kind); } });
    assert.deepEqual(asked, ['sogo']);
    await frames(dom);
  });

  it('after a refusal, tries again with the next editor, not on every change of the open one', async (t) => {
    const warned = t.mock.method(console, 'warn', () => undefined);
    const { dom, doc, open, close } = page();
    let calls = 0;
    watchForEditor(sogoAdapter, { doc, load: async () => { calls += 1; if (calls === 1) throw new Error('Cannot access contents of the page'); } });
    open();
    await frames(dom);
    assert.equal(calls, 1);
    assert.match(String(warned.mock.calls[0]?.arguments[0]), /SOGo page script could not be loaded/);
    const alert = doc.querySelector('form[name="eventForm"] [data-visio-message][role="alert"]');
    assert.equal(alert?.textContent, 'The Visio buttons could not be loaded into this editor. Close the event and open it again to retry.', 'said in the editor, in the page\'s language (<html lang="en">)');
    for (let change = 0; change < 3; change += 1) { doc.body.append(doc.createElement('div')); await frames(dom, 1); }
    assert.equal(calls, 1, 'the open editor does not retry on every mutation');
    close();
    await frames(dom);
    open();
    await frames(dom);
    assert.equal(calls, 2, 'the next editor tries again');
  });

  it('one watcher per frame, and none where a runner already runs', () => {
    const { doc } = page();
    assert.equal(watchForEditor(sogoAdapter, { doc, load: async () => undefined }), true);
    assert.equal(watchForEditor(sogoAdapter, { doc, load: async () => undefined }), false, 'a registered script matching too');
    delete (globalThis as Record<symbol, unknown>)[WATCHING];
    (globalThis as Record<symbol, unknown>)[STARTED] = new AbortController();
    assert.equal(watchForEditor(sogoAdapter, { doc, load: async () => undefined }), false);
  });

  it('every adapter\'s watcher sees the editor (or Google\'s quick-add) of each of its fixtures and asks for its own page script', () => {
    for (const testCase of FIXTURE_CASES) {
      delete (globalThis as Record<symbol, unknown>)[WATCHING];
      const html = readFileSync(join(FIXTURES, testCase.file), 'utf8');
      const dom = new JSDOM(html, { url: /name="visio-fixture-url" content="([^"]+)"/.exec(html)?.[1] ?? 'https://webmail.example/', pretendToBeVisual: true });
      // Rich editors in iframes (TinyMCE) write their body at run time: so does the test (as fixture-dom.ts).
      for (const frame of dom.window.document.querySelectorAll<HTMLIFrameElement>('iframe[data-fixture-body]')) {
        frame.contentDocument!.body.setAttribute('contenteditable', 'true');
      }
      const asked: string[] = [];
      watchForEditor(WEBMAIL_ADAPTERS[testCase.kind], { doc: dom.window.document, load: async (kind) => { asked.push(kind); } });
      assert.deepEqual(asked, [testCase.kind], testCase.file);
      dom.window.close();
    }
  });
});
