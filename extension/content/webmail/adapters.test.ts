// Every adapter on its fixtures (jsdom): the button shows where a person expects it, Add writes the
// link and the invitation so that they read back, Join opens the link and changes nothing, Remove
// gives back exactly what was there, and webmails' own meetings are joined, never duplicated.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findExistingMeeting } from '../../../shared/core/invite/block.ts';
import { mergeLocation } from '../../../shared/core/invite/location.ts';
import { DEFAULT_PROFILE } from '../../../shared/core/profile/default-profile.ts';
import type { WebmailKind } from '../../../shared/core/profile/profile.ts';
import { isPlain, readDescription } from './fields.ts';
import { WEBMAIL_ADAPTERS } from './registry.ts';
import { FIXTURE_CASES as cases } from './testing/fixture-cases.ts';
import { loadFixture, press, settle, visibleActions } from './testing/fixture-dom.ts';

const instances = [DEFAULT_PROFILE.instanceUrl];



function fields(kind: WebmailKind, doc: Document) {
  const [editor] = WEBMAIL_ADAPTERS[kind].findEditors(doc);
  assert.ok(editor, 'the adapter finds the open editor');
  return {
    editor,
    location: () => editor.location?.value ?? null,
    description: () => (editor.description ? readDescription(editor.description) : null),
  };
}

for (const testCase of cases.filter((entry) => entry.expect !== 'quick-add')) {
  describe(`${testCase.kind}: ${testCase.file}`, () => {
    if (testCase.expect === 'add') {
      it('offers Add once; Add writes the link and the invitation, Join opens it unchanged, Remove restores every byte', async () => {
        const loaded = loadFixture(testCase.file, WEBMAIL_ADAPTERS[testCase.kind]);
        const { editor, location, description } = fields(testCase.kind, loaded.doc);
        assert.deepEqual(visibleActions(loaded.doc), ['add']);
        assert.equal(loaded.doc.querySelectorAll('[data-visio-group]').length, 1);
        assert.equal(loaded.doc.querySelector('[data-visio-action="add"]')?.textContent, 'Ajouter une réunion Visio');
        const before = { location: location(), description: description() };

        press(loaded.doc, 'add');
        const joinButton = loaded.doc.querySelector<HTMLButtonElement>('[data-visio-action="join"]')!;
        const url = joinButton.dataset.visioUrl!;
        assert.match(url, /^https:\/\/visio\.numerique\.gouv\.fr\/[a-z]{3}-[a-z]{4}-[a-z]{3}$/);
        if (before.location !== null) assert.equal(location(), mergeLocation(before.location, url, instances));
        if (before.description !== null) {
          const found = findExistingMeeting(description()!, editor.description!.format, instances);
          assert.deepEqual(found, { kind: 'ours', url });
          if (isPlain(editor.description!.element)) assert.ok(description()!.includes(before.description), 'the user text is kept');
        }
        assert.deepEqual(visibleActions(loaded.doc), ['join', 'remove']);
        assert.match(loaded.doc.querySelector('[data-visio-message]')?.textContent ?? '', /Réunion Visio ajoutée/);

        const afterAdd = { location: location(), description: description() };
        press(loaded.doc, 'join');
        assert.deepEqual(loaded.opened, [url]);
        assert.deepEqual({ location: location(), description: description() }, afterAdd, 'Join changes nothing');

        press(loaded.doc, 'remove');
        assert.deepEqual({ location: location(), description: description() }, before);
        assert.deepEqual(visibleActions(loaded.doc), ['add']);
        await settle(loaded);
        assert.equal(loaded.doc.querySelectorAll('[data-visio-group]').length, 1);
        loaded.controller.abort();
      });

      it('a second Add (stale button) never writes a second link', () => {
        const loaded = loadFixture(testCase.file, WEBMAIL_ADAPTERS[testCase.kind]);
        const { location, description } = fields(testCase.kind, loaded.doc);
        press(loaded.doc, 'add');
        const once = { location: location(), description: description() };
        const add = loaded.doc.querySelector<HTMLButtonElement>('[data-visio-action="add"]')!;
        add.hidden = false;
        add.click();
        assert.deepEqual({ location: location(), description: description() }, once);
        loaded.controller.abort();
      });
    } else {
      it('the webmail already holds a meeting: Join only, opening that link, nothing written', () => {
        const loaded = loadFixture(testCase.file, WEBMAIL_ADAPTERS[testCase.kind]);
        const { location, description } = fields(testCase.kind, loaded.doc);
        assert.deepEqual(visibleActions(loaded.doc), ['join']);
        const before = { location: location(), description: description() };
        press(loaded.doc, 'join');
        assert.deepEqual(loaded.opened, [testCase.joinUrl]);
        const add = loaded.doc.querySelector<HTMLButtonElement>('[data-visio-action="add"]')!;
        add.hidden = false;
        add.click();
        assert.deepEqual({ location: location(), description: description() }, before, 'no second meeting link');
        loaded.controller.abort();
      });
    }
  });
}

describe('google quick-add', () => {
  it('hands over to the full editor, which then adds the meeting by itself', async () => {
    const quick = loadFixture('google/quick-add.html', WEBMAIL_ADAPTERS.google);
    assert.deepEqual(visibleActions(quick.doc), ['add']);
    let moreOptions = 0;
    quick.doc.querySelector('[jsname="rhPddf"]')!.addEventListener('click', () => { moreOptions += 1; });
    press(quick.doc, 'add');
    assert.equal(moreOptions, 1, '"More options" was clicked');
    assert.equal(quick.pending.requested, 1);
    quick.controller.abort();

    const full = loadFixture('google/full-editor.html', WEBMAIL_ADAPTERS.google, { pendingAdd: true });
    assert.deepEqual(visibleActions(full.doc), ['join', 'remove']);
    const { location } = fields('google', full.doc);
    assert.match(location() ?? '', /^https:\/\/visio\.numerique\.gouv\.fr\/[a-z]{3}-[a-z]{4}-[a-z]{3}$/);
    full.controller.abort();
  });
});

describe('meetings the webmail or another tool put in the event', () => {
  it('Meet’s own Outlook add-in block in a SOGo description: Join only, never Remove, never a second link', async () => {
    // As Meet's add-in writes it (notes/visio-meet.md; the core's block.test.ts has the same block).
    const line = '─'.repeat(40);
    const meetBlock = `${line}\nRejoindre la réunion Visio\n\nhttps://visio.numerique.gouv.fr/mee-tadd-inn?from=outlook-addin\n${line}`;
    const loaded = loadFixture('sogo/editor-new.html', WEBMAIL_ADAPTERS.sogo, {
      beforeStart: (doc) => { doc.querySelector<HTMLTextAreaElement>('textarea[ng-model="editor.component.comment"]')!.value = `Bonjour,\n\n${meetBlock}`; },
    });
    assert.deepEqual(visibleActions(loaded.doc), ['join']);
    press(loaded.doc, 'join');
    assert.deepEqual(loaded.opened, ['https://visio.numerique.gouv.fr/mee-tadd-inn']);
    loaded.controller.abort();
  });

  it('BlueMind: a meeting link in the event’s URL field (its visio button) is joined; another URL is not a meeting', () => {
    const withVisio = loadFixture('bluemind/event-form.html', WEBMAIL_ADAPTERS.bluemind, {
      beforeStart: (doc) => { doc.querySelector<HTMLInputElement>('#bm-ui-form-url')!.value = 'https://video.bluemind.example/room/4f2a'; },
    });
    assert.deepEqual(visibleActions(withVisio.doc), ['join']);
    press(withVisio.doc, 'join');
    assert.deepEqual(withVisio.opened, ['https://video.bluemind.example/room/4f2a']);
    assert.match(withVisio.doc.querySelector('[data-visio-action="join"]')?.textContent ?? '', /BlueMind/);
    withVisio.controller.abort();
    const withPage = loadFixture('bluemind/event-form.html', WEBMAIL_ADAPTERS.bluemind, {
      beforeStart: (doc) => { doc.querySelector<HTMLInputElement>('#bm-ui-form-url')!.value = 'https://intranet.ministere.example/ordre-du-jour'; },
    });
    assert.deepEqual(visibleActions(withPage.doc), ['add']);
    withPage.controller.abort();
  });
});
