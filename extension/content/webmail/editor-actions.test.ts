// What Add and Remove promise when the webmail misbehaves or the settings are unusual (jsdom, the
// real runner and editor functions on the team's fixtures): all or nothing, every written field
// read back on its own, a link Add wrote stays removable, and no message outlives its meeting.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findExistingMeeting } from '../../../shared/core/invite/block.ts';
import { DEFAULT_PROFILE } from '../../../shared/core/profile/default-profile.ts';
import { owaAdapter } from './adapters/owa.ts';
import { roundcubeAdapter } from './adapters/roundcube.ts';
import { sogoAdapter } from './adapters/sogo.ts';
import { loadFixture, press, settle, settleUntil, visibleActions } from './testing/fixture-dom.ts';

const SOGO = 'sogo/editor-new.html';
const SOGO_LOCATION = 'input[ng-model="editor.component.location"]';
const SOGO_COMMENT = 'textarea[ng-model="editor.component.comment"]';
const instances = [DEFAULT_PROFILE.instanceUrl];
const message = (doc: Document) => doc.querySelector<HTMLElement>('[data-visio-message]')!;
const shownMessage = (doc: Document) => (message(doc).hidden ? null : message(doc).textContent);

describe('webmail Add and Remove, when things go wrong', () => {
  it('a webmail that drops only the location a moment later is reported, naming that field', async () => {
    const loaded = loadFixture(SOGO, sogoAdapter, { lang: 'en' });
    const location = loaded.doc.querySelector<HTMLInputElement>(SOGO_LOCATION)!;
    const comment = loaded.doc.querySelector<HTMLTextAreaElement>(SOGO_COMMENT)!;
    press(loaded.doc, 'add');
    assert.ok(findExistingMeeting(comment.value, 'text', instances), 'the invitation is in the description');
    location.value = ''; // reverted by the host's own model, no event
    await settleUntil(loaded, () => message(loaded.doc).getAttribute('role') === 'alert', 'the late read-back error');
    assert.match(shownMessage(loaded.doc) ?? '', /could not be written into the “Location” field/);
    loaded.controller.abort();
  });

  it('when the description refuses the invitation, the location gets its old value back', () => {
    const loaded = loadFixture(SOGO, sogoAdapter);
    const location = loaded.doc.querySelector<HTMLInputElement>(SOGO_LOCATION)!;
    const comment = loaded.doc.querySelector<HTMLTextAreaElement>(SOGO_COMMENT)!;
    location.value = 'Salle Jean Moulin';
    comment.addEventListener('input', () => { comment.value = ''; });
    press(loaded.doc, 'add');
    assert.equal(location.value, 'Salle Jean Moulin', 'no half meeting left in the event');
    assert.match(shownMessage(loaded.doc) ?? '', /champ « Description »/);
    assert.deepEqual(visibleActions(loaded.doc), ['add']);
    loaded.controller.abort();
  });

  it('with the link in the location only, what Add wrote can be removed, byte for byte', () => {
    const profile = { ...DEFAULT_PROFILE, placement: 'location' as const };
    const loaded = loadFixture(SOGO, sogoAdapter, { profile });
    const location = loaded.doc.querySelector<HTMLInputElement>(SOGO_LOCATION)!;
    const comment = loaded.doc.querySelector<HTMLTextAreaElement>(SOGO_COMMENT)!;
    location.value = 'Salle 2';
    comment.value = 'Ordre du jour';
    press(loaded.doc, 'add');
    assert.match(location.value, /^Salle 2; https:\/\/visio\.numerique\.gouv\.fr\/[a-z-]+$/);
    assert.equal(comment.value, 'Ordre du jour');
    assert.deepEqual(visibleActions(loaded.doc), ['join', 'remove']);
    press(loaded.doc, 'remove');
    assert.equal(location.value, 'Salle 2');
    assert.deepEqual(visibleActions(loaded.doc), ['add']);
    loaded.controller.abort();
  });

  it('an Add made stale by the host adds nothing and says the event already has a meeting', () => {
    const loaded = loadFixture(SOGO, sogoAdapter);
    const location = loaded.doc.querySelector<HTMLInputElement>(SOGO_LOCATION)!;
    // A link arrives without any event the runner could hear (the host's model, a script).
    location.value = 'https://visio.numerique.gouv.fr/abc-defg-hij';
    press(loaded.doc, 'add');
    assert.equal(location.value, 'https://visio.numerique.gouv.fr/abc-defg-hij');
    assert.match(shownMessage(loaded.doc) ?? '', /déjà une réunion/);
    assert.doesNotMatch(shownMessage(loaded.doc) ?? '', /ajoutée/);
    assert.deepEqual(visibleActions(loaded.doc), ['join']);
    loaded.controller.abort();
  });

  it('a Remove the webmail refuses says so without an empty "copy it" link', () => {
    const loaded = loadFixture(SOGO, sogoAdapter);
    const location = loaded.doc.querySelector<HTMLInputElement>(SOGO_LOCATION)!;
    press(loaded.doc, 'add');
    const written = location.value;
    location.addEventListener('input', () => { location.value = written; });
    press(loaded.doc, 'remove');
    const text = shownMessage(loaded.doc) ?? '';
    assert.match(text, /n’a pas pu être retirée du champ « Lieu »/);
    assert.doesNotMatch(text, /Copiez-le/);
    loaded.controller.abort();
  });

  it('another provider is named as people know it on the Join button', async () => {
    const loaded = loadFixture(SOGO, sogoAdapter, { lang: 'en' });
    const location = loaded.doc.querySelector<HTMLInputElement>(SOGO_LOCATION)!;
    location.value = 'https://meet.google.com/abc-defg-hij';
    location.dispatchEvent(new loaded.dom.window.Event('input', { bubbles: true }));
    await settleUntil(loaded, () => visibleActions(loaded.doc).includes('join'), 'Join');
    assert.equal(loaded.doc.querySelector('[data-visio-action="join"]')?.textContent, 'Join the meeting (Google Meet)');
    loaded.controller.abort();
  });

  it('an empty rich editor takes the invitation at the top without a false error', () => {
    const profile = { ...DEFAULT_PROFILE, blockPosition: 'top' as const };
    const loaded = loadFixture('owa/calendar-compose.html', owaAdapter, {
      profile, beforeStart: (doc) => { doc.querySelector('[role="textbox"][contenteditable]')!.innerHTML = '<br>'; },
    });
    const body = loaded.doc.querySelector<HTMLElement>('[role="textbox"][contenteditable]')!;
    press(loaded.doc, 'add');
    assert.equal(message(loaded.doc).getAttribute('role'), 'status', shownMessage(loaded.doc) ?? '');
    assert.ok(findExistingMeeting(body.innerHTML, 'html', instances), 'the block is in the body');
    assert.ok(body.innerHTML.endsWith('<br>'), 'the editor’s own line is still after it');
    loaded.controller.abort();
  });

  it('a dialog the webmail reuses for the next event does not keep the previous event’s message', async () => {
    const loaded = loadFixture('roundcube/eventedit-elastic.html', roundcubeAdapter);
    const location = loaded.doc.querySelector<HTMLInputElement>('#edit-location')!;
    const description = loaded.doc.querySelector<HTMLTextAreaElement>('#edit-description')!;
    press(loaded.doc, 'add');
    await settle(loaded); // the second read-back is done
    assert.match(shownMessage(loaded.doc) ?? '', /ajoutée/);
    // Roundcube fills the same dialog with the next event (jQuery .val(), then shows it).
    location.value = 'Bureau 12';
    description.value = 'Autre réunion';
    loaded.doc.querySelector<HTMLElement>('#eventedit')!.style.display = 'block';
    await settleUntil(loaded, () => visibleActions(loaded.doc).includes('add'), 'Add for the next event');
    assert.equal(shownMessage(loaded.doc), null);
    loaded.controller.abort();
  });

  it('the quick-add hand-over that cannot open the full editor withdraws its request and says so', async () => {
    const { googleAdapter } = await import('./adapters/google.ts');
    const loaded = loadFixture('google/quick-add.html', googleAdapter);
    assert.deepEqual(visibleActions(loaded.doc), ['add']);
    // Google redesigns the bubble: nothing left that opens the full editor.
    for (const control of loaded.doc.querySelectorAll('button[jsname], [role="button"][jsname]')) {
      if (!control.closest('[data-visio-group]')) control.remove();
    }
    press(loaded.doc, 'add');
    assert.equal(loaded.pending.queued, false, 'no meeting will be added to an editor opened later by hand');
    assert.match(shownMessage(loaded.doc) ?? '', /L’éditeur complet n’a pas pu être ouvert/);
    loaded.controller.abort();
  });
});
