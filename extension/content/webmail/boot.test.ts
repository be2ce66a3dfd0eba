// A webmail content script's life on a page (jsdom, the real boot, runner and editor functions;
// the background is a fake of the extension messaging the content script uses, answering as
// extension/background/profile-answer.ts does): nothing asked of the background while no editor
// is open; the settings come with the first editor; a change made meanwhile is not lost; a
// background that did not answer is asked again instead of blocking the page for good.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { JSDOM } from 'jsdom';
import { DEFAULT_PROFILE } from '../../../shared/core/profile/default-profile.ts';

Object.assign(globalThis, { __VISIO_PROFILE__: DEFAULT_PROFILE });
const { sogoAdapter } = await import('./adapters/sogo.ts');
const { bootWebmail } = await import('./boot.ts');
const { PROFILE_STATE_MESSAGE } = await import('./profile-message.ts');
const { EDITOR, FIXTURES, press, visibleActions } = await import('./testing/fixture-dom.ts');

const STARTED = Symbol.for('visio-scheduler.webmail-runner');
const LOCATION = 'input[ng-model="editor.component.location"]';
type Answer = (message: unknown) => Promise<unknown>;

interface FakeBackground {
  sent: unknown[];
  answer: Answer;
  change(changes: Record<string, unknown>, area: string): void;
}

function fakeBackground(answer: Answer): FakeBackground {
  const listeners: Array<(changes: unknown, area: string) => void> = [];
  const fake: FakeBackground = { sent: [], answer, change: (changes, area) => { for (const listener of listeners) listener(changes, area); } };
  (globalThis as { chrome?: unknown }).chrome = {
    runtime: { sendMessage: (message: unknown) => { fake.sent.push(message); return fake.answer(message); } },
    storage: { onChanged: { addListener: (listener: never) => listeners.push(listener), removeListener: () => undefined } },
  };
  return fake;
}

const answerWith = (instanceUrl: string) => async () => ({ profile: { ...DEFAULT_PROFILE, instanceUrl }, settings: {}, policyErrors: [] });

function page(withEditor: boolean) {
  const dom = new JSDOM(readFileSync(join(FIXTURES, 'sogo/editor-new.html'), 'utf8'), { url: 'https://mail.ministere.example/SOGo/', pretendToBeVisual: true });
  // Opened as SOGo does: $mdDialog appends the editor's dialog container to <body>.
  const doc = dom.window.document;
  const dialog = doc.querySelector('form[name="eventForm"]')!.closest('.md-dialog-container')!;
  if (!withEditor) dialog.remove();
  return { dom, doc, open: () => doc.body.append(dialog) };
}

const frames = (dom: JSDOM, count = 3) => new Promise((resolve) => dom.window.setTimeout(resolve, 20 * count));
async function until(dom: JSDOM, done: () => boolean, what: string): Promise<void> {
  for (let round = 0; round < 100 && !done(); round += 1) await frames(dom, 1);
  assert.ok(done(), what);
}

let controller: AbortController | null = null;
afterEach(() => {
  controller?.abort();
  controller = null;
  delete (globalThis as { chrome?: unknown }).chrome;
  delete (globalThis as Record<symbol, unknown>)[STARTED];
});

describe('webmail content script boot', () => {
  it('asks the background nothing while no editor is open, then the settings with the first editor', async () => {
    const background = fakeBackground(answerWith('https://visio.ministere.example'));
    const calendar = page(false);
    controller = bootWebmail(sogoAdapter, { doc: calendar.doc, loadEditor: () => EDITOR });
    calendar.doc.body.append(calendar.doc.createElement('div')); // the calendar keeps rendering
    await frames(calendar.dom);
    assert.deepEqual(background.sent, [], 'a page load costs no round trip');
    calendar.open();
    await until(calendar.dom, () => visibleActions(calendar.doc).includes('add'), 'Add shows once the settings are there');
    assert.deepEqual(background.sent, [{ type: PROFILE_STATE_MESSAGE }]);
    press(calendar.doc, 'add');
    assert.match(calendar.doc.querySelector<HTMLInputElement>(LOCATION)!.value, /^https:\/\/visio\.ministere\.example\//, 'the user’s instance, not the built one');
  });

  it('a settings change made while the first answer is on its way is not lost', async () => {
    let first: (value: unknown) => void = () => undefined;
    const background = fakeBackground(() => new Promise((resolve) => { first = resolve; }));
    const calendar = page(true);
    controller = bootWebmail(sogoAdapter, { doc: calendar.doc, loadEditor: () => EDITOR });
    await until(calendar.dom, () => background.sent.length === 1, 'the first request');
    // The user saves another instance in the options page meanwhile.
    background.answer = answerWith('https://visio.nouvelle.example');
    background.change({ settings: { newValue: {} } }, 'local');
    first(await answerWith('https://visio.ancienne.example')());
    await until(calendar.dom, () => visibleActions(calendar.doc).includes('add'), 'Add');
    await frames(calendar.dom);
    press(calendar.doc, 'add');
    assert.match(calendar.doc.querySelector<HTMLInputElement>(LOCATION)!.value, /^https:\/\/visio\.nouvelle\.example\//);
  });

  it('recent links or calendar caches changing ask nothing of the background', async () => {
    const background = fakeBackground(answerWith('https://visio.ministere.example'));
    const calendar = page(true);
    controller = bootWebmail(sogoAdapter, { doc: calendar.doc, loadEditor: () => EDITOR });
    await until(calendar.dom, () => visibleActions(calendar.doc).includes('add'), 'Add');
    background.change({ recentLinks: { newValue: [] } }, 'local');
    background.change({ calendarSnapshot: { newValue: {} } }, 'local');
    await frames(calendar.dom);
    assert.equal(background.sent.length, 1);
    background.change({}, 'managed');
    await until(calendar.dom, () => background.sent.length === 2, 'a policy change is read again');
  });

  it('a background that did not answer refuses Add with that reason, then is asked again', async () => {
    const background = fakeBackground(async () => { throw new Error('Could not establish connection. Receiving end does not exist.'); });
    const calendar = page(true);
    controller = bootWebmail(sogoAdapter, { doc: calendar.doc, loadEditor: () => EDITOR });
    await until(calendar.dom, () => visibleActions(calendar.doc).includes('add'), 'Add');
    background.answer = answerWith('https://visio.ministere.example');
    press(calendar.doc, 'add');
    const location = calendar.doc.querySelector<HTMLInputElement>(LOCATION)!;
    assert.equal(location.value, '');
    // In the page's language (this SOGo is in English), as no settings say otherwise.
    assert.match(calendar.doc.querySelector('[data-visio-message]')?.textContent ?? '', /The Visio extension’s settings could not be read/);
    await until(calendar.dom, () => background.sent.length >= 2, 'asked again');
    await frames(calendar.dom);
    press(calendar.doc, 'add');
    assert.match(location.value, /^https:\/\/visio\.ministere\.example\//);
  });
});
