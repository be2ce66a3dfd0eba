// The runner's promises on a SOGo editor in jsdom: one button group per editor however often it
// scans, put back after the webmail re-renders or re-opens the editor, still there when a panel
// is hidden and shown, gone after teardown, and a visible error when the webmail drops a value.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sogoAdapter } from './adapters/sogo.ts';
import type { WebmailEditorApi } from './editor-api.ts';
import { EDITOR, loadFixture, press, settle, settleUntil, visibleActions } from './testing/fixture-dom.ts';

const FIXTURE = 'sogo/editor-new.html';
const groups = (doc: Document) => doc.querySelectorAll('[data-visio-group]').length;

describe('webmail runner', () => {
  it('mounts once per editor, however many scans and mutations', async () => {
    const loaded = loadFixture(FIXTURE, sogoAdapter);
    for (let i = 0; i < 5; i += 1) loaded.runner.scan();
    loaded.doc.body.append(loaded.doc.createElement('div'));
    await settle(loaded);
    assert.equal(groups(loaded.doc), 1);
    loaded.controller.abort();
  });

  it('puts the button back when the webmail re-renders the editor part that held it', async () => {
    const loaded = loadFixture(FIXTURE, sogoAdapter);
    loaded.doc.querySelector('[data-visio-group]')!.remove();
    await settle(loaded);
    assert.equal(groups(loaded.doc), 1);
    // A whole new form (Angular re-compiling the dialog) gets its own single group.
    const form = loaded.doc.querySelector('form[name="eventForm"]')!;
    const copy = form.cloneNode(true) as Element;
    copy.querySelector('[data-visio-group]')?.remove();
    form.replaceWith(copy);
    await settle(loaded);
    assert.equal(groups(loaded.doc), 1);
    assert.ok(copy.querySelector('[data-visio-group]'), 'the group is inside the new form');
    loaded.controller.abort();
  });

  it('keeps one button through hiding and showing the panel, and through closing and reopening the editor', async () => {
    const loaded = loadFixture(FIXTURE, sogoAdapter);
    const dialog = loaded.doc.querySelector('md-dialog') as HTMLElement;
    dialog.style.display = 'none';
    await settle(loaded);
    dialog.style.display = '';
    await settle(loaded);
    assert.equal(groups(loaded.doc), 1);
    // Closed and opened again as SOGo does: $mdDialog takes its container out of <body>, and puts a new one in.
    const container = dialog.parentElement!;
    container.remove();
    await settle(loaded);
    assert.equal(groups(loaded.doc), 0, 'closing the editor leaves nothing behind');
    loaded.doc.body.append(container);
    await settle(loaded);
    assert.equal(groups(loaded.doc), 1);
    assert.deepEqual(visibleActions(loaded.doc), ['add']);
    loaded.controller.abort();
  });

  it('a double-click on Add adds one meeting and does not press the Join that replaced it', async () => {
    const loaded = loadFixture(FIXTURE, sogoAdapter);
    const click = (action: string, detail: number) => loaded.doc.querySelector(`[data-visio-action="${action}"]`)!
      .dispatchEvent(new loaded.dom.window.MouseEvent('click', { bubbles: true, cancelable: true, detail }));
    click('add', 1);
    await settle(loaded);
    assert.deepEqual(visibleActions(loaded.doc), ['join', 'remove']);
    click('join', 2); // the second click of the double-click lands on Join
    click('remove', 2);
    await settle(loaded);
    assert.deepEqual(loaded.opened, [], 'no tab opened');
    assert.deepEqual(visibleActions(loaded.doc), ['join', 'remove'], 'the meeting is still there');
    click('join', 1); // a click of its own still works
    assert.equal(loaded.opened.length, 1);
    loaded.controller.abort();
  });

  it('follows what the user types: a pasted Visio link turns Add into Join', async () => {
    const loaded = loadFixture(FIXTURE, sogoAdapter);
    const location = loaded.doc.querySelector<HTMLInputElement>('input[ng-model="editor.component.location"]')!;
    location.value = 'Salle 2, https://visio.numerique.gouv.fr/abc-defg-hij';
    location.dispatchEvent(new loaded.dom.window.Event('input', { bubbles: true }));
    await settle(loaded);
    assert.deepEqual(visibleActions(loaded.doc), ['join'], 'a link typed by a person: Join, but no Remove');
    press(loaded.doc, 'join');
    assert.deepEqual(loaded.opened, ['https://visio.numerique.gouv.fr/abc-defg-hij']);
    loaded.controller.abort();
  });

  it('tears down on abort: no button, no observer, no listener', async () => {
    const loaded = loadFixture(FIXTURE, sogoAdapter);
    loaded.controller.abort();
    assert.equal(groups(loaded.doc), 0);
    const scans = loaded.runner.stats.scans;
    loaded.doc.body.append(loaded.doc.createElement('div'));
    await settle(loaded);
    assert.equal(groups(loaded.doc), 0);
    assert.equal(loaded.runner.stats.scans, scans, 'nothing scanned after teardown');
  });

  it('says so, in the user language, when the webmail does not keep the value', async () => {
    const loaded = loadFixture(FIXTURE, sogoAdapter, { lang: 'de' });
    const location = loaded.doc.querySelector<HTMLInputElement>('input[ng-model="editor.component.location"]')!;
    // A framework that puts its own model value back on every input event.
    location.addEventListener('input', () => { location.value = ''; });
    press(loaded.doc, 'add');
    const message = loaded.doc.querySelector('[data-visio-message]')!;
    assert.equal(message.getAttribute('role'), 'alert');
    assert.match(message.textContent ?? '', /Der Link konnte nicht in das Feld „Ort“ geschrieben werden/);
    assert.deepEqual(visibleActions(loaded.doc), ['add'], 'no Join for a link that is not there');
    loaded.controller.abort();
  });

  it('reports a value the webmail reverts a moment later', async () => {
    const loaded = loadFixture(FIXTURE, sogoAdapter, { lang: 'en' });
    const comment = loaded.doc.querySelector<HTMLTextAreaElement>('textarea[ng-model="editor.component.comment"]')!;
    const location = loaded.doc.querySelector<HTMLInputElement>('input[ng-model="editor.component.location"]')!;
    press(loaded.doc, 'add');
    comment.value = '';
    location.value = '';
    await settle(loaded);
    const message = loaded.doc.querySelector('[data-visio-message]')!;
    assert.equal(message.getAttribute('role'), 'alert');
    assert.match(message.textContent ?? '', /could not be written/);
    loaded.controller.abort();
  });

  it('fails closed when the organisation policy cannot be read: nothing written, the user told why', () => {
    const loaded = loadFixture(FIXTURE, sogoAdapter, { blocked: true });
    const location = loaded.doc.querySelector<HTMLInputElement>('input[ng-model="editor.component.location"]')!;
    press(loaded.doc, 'add');
    assert.equal(location.value, '');
    const message = loaded.doc.querySelector('[data-visio-message]')!;
    assert.equal(message.getAttribute('role'), 'alert');
    assert.match(message.textContent ?? '', /configuration de votre organisation est illisible/);
    loaded.controller.abort();
  });

  it('mounts nothing until the editor module is there, asks for it once, then shows the buttons', async () => {
    let requests = 0;
    let deliver: (api: WebmailEditorApi) => void = () => undefined;
    const arrival = new Promise<WebmailEditorApi>((resolve) => { deliver = resolve; });
    const loaded = loadFixture(FIXTURE, sogoAdapter, { loadEditor: () => { requests += 1; return arrival; } });
    for (let i = 0; i < 3; i += 1) loaded.runner.scan();
    loaded.doc.body.append(loaded.doc.createElement('div'));
    await settle(loaded);
    assert.equal(groups(loaded.doc), 0, 'no button before the module arrived');
    assert.equal(requests, 1, 'one request, however many scans');
    deliver(EDITOR);
    await settleUntil(loaded, () => groups(loaded.doc) === 1, 'the buttons mounted');
    assert.deepEqual(visibleActions(loaded.doc), ['add']);
    press(loaded.doc, 'add');
    assert.deepEqual(visibleActions(loaded.doc), ['join', 'remove']);
    loaded.controller.abort();
  });

  it('on SOGo, whose editors open as dialogs appended to <body>, the page\'s own changes underneath cost no lookup', async () => {
    const loaded = loadFixture(FIXTURE, sogoAdapter);
    const { doc, runner } = loaded;
    const container = doc.querySelector('form[name="eventForm"]')!.closest('.md-dialog-container')!;
    const calendar = doc.body.insertBefore(doc.createElement('main'), container);
    await settle(loaded);
    const changeCalendar = async () => {
      for (let change = 0; change < 3; change += 1) {
        calendar.append(doc.createElement('div'));
        await settle(loaded);
      }
    };
    let scans = runner.stats.scans;
    container.remove();
    await settleUntil(loaded, () => runner.stats.scans > scans, 'the runner saw the editor close');
    scans = runner.stats.scans;
    await changeCalendar();
    assert.equal(runner.stats.scans, scans, 'no editor open: the calendar re-rendering wakes no scan');
    doc.body.append(container);
    await settleUntil(loaded, () => groups(doc) === 1, 'the editor opened again');
    assert.deepEqual(visibleActions(doc), ['add']);
    // A second dialog over an intact editor is looked at with the next frame, not a second later.
    const second = container.cloneNode(true) as Element;
    second.querySelector('[data-visio-group]')?.remove();
    doc.body.append(second);
    await settle(loaded);
    assert.equal(groups(doc), 2, 'the second dialog\'s form got its buttons');
    loaded.controller.abort();
  });

  it('on SOGo, its own Jitsi meeting added or deleted while the editor is open turns Add into Join and back at once', async () => {
    const loaded = loadFixture(FIXTURE, sogoAdapter);
    const { doc } = loaded;
    assert.deepEqual(visibleActions(doc), ['add']);
    // What SOGo's "Create Jitsi meeting" adds (fixtures/sogo/editor-native-jitsi.html): a row of the attachment URLs.
    const row = doc.createElement('div');
    row.setAttribute('ng-repeat', 'attach in editor.component.attachUrls');
    const url = doc.createElement('input');
    url.type = 'url';
    url.setAttribute('ng-model', 'attach.value');
    url.value = 'https://meet.jit.si/SOGo_meeting/0b6d2f9e-5a41-4c1e-9d3b-7e8f1a2c4d5e';
    row.append(url);
    doc.querySelector('.sg-form-section')!.append(row);
    await settle(loaded);
    assert.deepEqual(visibleActions(doc), ['join'], 'Join SOGo\'s meeting, no Add that would make a second one');
    assert.match(doc.querySelector('[data-visio-action="join"]')!.textContent ?? '', /Jitsi/);
    row.remove();
    await settle(loaded);
    assert.deepEqual(visibleActions(doc), ['add'], 'the meeting deleted: Add again, no Join of a deleted room');
    loaded.controller.abort();
  });

  it('a calendar page without an open editor never asks for the editor module', async () => {
    let requests = 0;
    const loaded = loadFixture(FIXTURE, sogoAdapter, {
      loadEditor: () => { requests += 1; return EDITOR; },
      beforeStart: (doc) => doc.querySelector('form[name="eventForm"]')!.remove(),
    });
    loaded.doc.body.append(loaded.doc.createElement('div'));
    await settle(loaded);
    assert.equal(requests, 0);
    assert.equal(groups(loaded.doc), 0);
    loaded.controller.abort();
  });

  it('a failed load is said in the editor, in the user language; the next editor opened tries again', async () => {
    let requests = 0;
    const loaded = loadFixture(FIXTURE, sogoAdapter, {
      lang: 'nl',
      loadEditor: () => { requests += 1; return requests === 1 ? Promise.reject(new Error('no host permission')) : Promise.resolve(EDITOR); },
    });
    await settleUntil(loaded, () => groups(loaded.doc) === 1, 'the error mounted');
    const message = loaded.doc.querySelector('[data-visio-message]');
    assert.equal(message?.getAttribute('role'), 'alert');
    assert.match(message?.textContent ?? '', /De Visio-knoppen konden niet in deze editor worden geladen/);
    assert.deepEqual(visibleActions(loaded.doc), [], 'no button that cannot work');
    loaded.doc.body.append(loaded.doc.createElement('div'));
    await settle(loaded);
    assert.equal(requests, 1, 'the same editor does not ask again on every change');
    // The user closes the event and opens it again.
    const container = loaded.doc.querySelector('md-dialog')!.parentElement!;
    const scans = loaded.runner.stats.scans;
    container.remove();
    await settleUntil(loaded, () => loaded.runner.stats.scans > scans, 'the runner saw the editor close');
    assert.equal(groups(loaded.doc), 0);
    loaded.doc.body.append(container);
    await settleUntil(loaded, () => visibleActions(loaded.doc).length > 0, 'Add after the retry');
    assert.equal(requests, 2);
    assert.deepEqual(visibleActions(loaded.doc), ['add']);
    assert.equal(loaded.doc.querySelector('[data-visio-message]')?.hasAttribute('hidden'), true, 'the old error is gone');
    assert.equal(groups(loaded.doc), 1);
    loaded.controller.abort();
  });
});
