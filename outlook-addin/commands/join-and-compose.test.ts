// "Rejoindre la réunion Visio" (attendee and meeting-request views) and the mail compose button.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_PROFILE } from '../../shared/core/profile/default-profile.ts';
import type { ReadItem } from '../office/item-api.ts';
import { PLAIN_CLIENT, type ClientQuirks } from '../testing/client-quirks.ts';
import { FakeAppointment, FakeEvent, FakeMailboxContext } from '../testing/fake-mailbox.ts';
import { meetingSequence, USER_HTML } from '../testing/scenario.ts';
import { insertVisioInvitation, joinVisioMeeting, type CommandHost } from './handlers.ts';

/** An item being read: body through getAsync, location as a plain string, as Outlook gives it. */
function readItem(body: string, location: string, quirks: ClientQuirks = PLAIN_CLIENT) {
  const compose = new FakeAppointment(quirks, { body, location });
  const item: ReadItem = { itemType: 'appointment', body: compose.body, location, notificationMessages: compose.notificationMessages };
  return { item, compose };
}

function hostFor(item: unknown, quirks: ClientQuirks = PLAIN_CLIENT, lang: 'fr' | 'en' = 'fr') {
  const context = new FakeMailboxContext(quirks);
  const host: CommandHost = { item: () => item, context, profile: DEFAULT_PROFILE, lang, makeMeeting: meetingSequence(), timeoutMs: 2_000 };
  return { host, context };
}

describe('join button', () => {
  test('opens the Visio link found in the body', async () => {
    const { item } = readItem(`${USER_HTML}<p><a href="https://visio.numerique.gouv.fr/abc-defg-hij?x=1">Rejoindre</a></p>`, 'Salle 4');
    const { host, context } = hostFor(item);
    const event = new FakeEvent();
    await joinVisioMeeting(host, event);
    assert.deepEqual(context.opened, ['https://visio.numerique.gouv.fr/abc-defg-hij']);
    assert.equal(event.completions.length, 1);
  });

  test('finds it in the location too, and ignores lookalike hosts', async () => {
    const { item } = readItem('<p>https://visio.numerique.gouv.fr.example.net/abc-defg-hij</p>', 'Salle 4; https://visio.numerique.gouv.fr/klm-nopq-rst');
    const { host, context } = hostFor(item);
    await joinVisioMeeting(host, new FakeEvent());
    assert.deepEqual(context.opened, ['https://visio.numerique.gouv.fr/klm-nopq-rst']);
  });

  test('says clearly, in the user\'s language, that there is none', async () => {
    const { item, compose } = readItem(`${USER_HTML}<p>https://teams.microsoft.com/l/meetup-join/abc</p>`, 'Salle 4');
    const { host, context } = hostFor(item, PLAIN_CLIENT, 'en');
    const event = new FakeEvent();
    await joinVisioMeeting(host, event);
    assert.deepEqual(context.opened, []);
    assert.match(compose.notices.at(-1)?.message ?? '', /No Visio meeting link in this item/);
    assert.equal(event.completions.length, 1);
  });

  test('without a way to open the browser, shows the link instead', async () => {
    const quirks: ClientQuirks = { ...PLAIN_CLIENT, noBrowserWindow: true };
    const { item, compose } = readItem('<p>https://visio.numerique.gouv.fr/abc-defg-hij</p>', '', quirks);
    const { host } = hostFor(item, quirks);
    await joinVisioMeeting(host, new FakeEvent());
    assert.match(compose.notices.at(-1)?.message ?? '', /abc-defg-hij/);
  });
});

describe('mail compose button', () => {
  test('inserts the HTML invitation at the cursor of an HTML mail', async () => {
    const mail = new FakeAppointment(PLAIN_CLIENT, { body: '<p>Bonjour,</p>', itemType: 'message' });
    const { host } = hostFor(mail);
    const event = new FakeEvent();
    await insertVisioInvitation(host, event);
    assert.equal(mail.log.count('body.setSelectedDataAsync'), 1);
    assert.match(mail.visibleBody, /href="https:\/\/visio\.numerique\.gouv\.fr\/abc-defg-hij"/);
    assert.match(mail.visibleBody, /<p>Bonjour,<\/p>$/, 'the mail text stays');
    assert.equal(event.completions.length, 1);
  });

  test('inserts plain text into a text mail', async () => {
    const quirks: ClientQuirks = { ...PLAIN_CLIENT, textBody: true };
    const mail = new FakeAppointment(quirks, { body: 'Bonjour,', itemType: 'message' });
    const { host } = hostFor(mail, quirks);
    await insertVisioInvitation(host, new FakeEvent());
    assert.match(mail.visibleBody, /https:\/\/visio\.numerique\.gouv\.fr\/abc-defg-hij/);
    assert.doesNotMatch(mail.visibleBody, /<a |<p>/);
  });
});
