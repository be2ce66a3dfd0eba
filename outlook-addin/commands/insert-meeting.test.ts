// The organizer's button under every client behaviour the notes document (testing/client-quirks.ts).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { findExistingMeeting } from '../../shared/core/invite/block.ts';
import { profileInstances } from '../../shared/core/meeting/detect.ts';
import { DEFAULT_PROFILE } from '../../shared/core/profile/default-profile.ts';
import { CLIENTS, type ClientQuirks } from '../testing/client-quirks.ts';
import { FakeEvent, htmlToText, type FakeAppointment } from '../testing/fake-mailbox.ts';
import { ROOM, scenario } from '../testing/scenario.ts';
import { removeMeetingFromItem } from '../meeting/item-meeting.ts';
import { insertVisioMeeting } from './handlers.ts';

const FIRST = 'https://visio.numerique.gouv.fr/abc-defg-hij';
const instances = profileInstances(DEFAULT_PROFILE);

/** The body the way the add-in sees it on this client. */
function seen(client: ClientQuirks, item: FakeAppointment): string {
  return client.wrapOnRead ? client.wrapOnRead(item.visibleBody) : item.visibleBody;
}

function format(client: ClientQuirks) {
  return client.textBody ? 'text' as const : 'html' as const;
}

/** Where the link went: its own location entry (Mailbox 1.8) or the location text. */
function locationHolds(client: ClientQuirks, item: FakeAppointment, text: string): boolean {
  if (Number(client.mailboxVersion.split('.')[1]) >= 8) return item.enhancedEntries.some((entry) => entry.displayName === text);
  return item.locationText.includes(text);
}

for (const client of CLIENTS) {
  describe(`organizer button, ${client.name}`, () => {
    test('one click: one block with the link, the link in the location, the room kept, the room remembered', async () => {
      const { item, host } = scenario(client);
      const event = new FakeEvent();
      await insertVisioMeeting(host, event);

      assert.equal(event.completions.length, 1);
      assert.deepEqual(event.completions[0], { allowEvent: true });
      const found = findExistingMeeting(seen(client, item), format(client), instances);
      assert.deepEqual(found, { kind: 'ours', url: FIRST });
      assert.match(client.textBody ? item.visibleBody : htmlToText(item.visibleBody), /Ordre du jour : budget 2027 & note\./);
      assert.ok(locationHolds(client, item, FIRST), 'the meeting link is in the location');
      assert.ok(locationHolds(client, item, ROOM), 'the room is still in the location');
      assert.match(item.savedProperties.visioMeeting ?? '', /abc-defg-hij/);
      if (!client.noNotifications) assert.match(item.notices.at(-1)?.message ?? '', /Réunion Visio ajoutée/);
    });

    test('HTML goes into HTML bodies, text into text bodies', async () => {
      const { item, host } = scenario(client);
      await insertVisioMeeting(host, new FakeEvent());
      const calls = item.log.calls.filter((call) => call === 'body.setAsync');
      assert.equal(calls.length, 1);
      if (client.textBody) assert.doesNotMatch(item.visibleBody, /<a\s|<p>|<div/i);
      else assert.match(item.visibleBody, new RegExp(`href="${FIRST}"`));
    });

    test('a second click duplicates nothing and keeps the room', async () => {
      const { item, host } = scenario(client);
      await insertVisioMeeting(host, new FakeEvent());
      const bodyAfterFirst = item.visibleBody;
      const locationAfterFirst = item.locationText;
      const entriesAfterFirst = item.enhancedEntries.length;
      const event = new FakeEvent();
      await insertVisioMeeting(host, event);

      assert.equal(event.completions.length, 1);
      assert.equal(item.visibleBody, bodyAfterFirst);
      assert.equal(item.locationText, locationAfterFirst);
      assert.equal(item.enhancedEntries.length, entriesAfterFirst);
      assert.equal(item.visibleBody.split('abc-defg-hij').length, bodyAfterFirst.split('abc-defg-hij').length);
      assert.doesNotMatch(item.visibleBody, /klm-nopq-rst/, 'no second room was made');
    });

    test('remove after insert gives back the body and the location as they were', async () => {
      const { item, host } = scenario(client);
      const bodyBefore = seen(client, item);
      const locationBefore = item.locationText;
      const entriesBefore = structuredClone(item.enhancedEntries);
      await insertVisioMeeting(host, new FakeEvent());
      const result = await removeMeetingFromItem(item, {
        profile: host.profile, lang: 'fr', staleReadDelayMs: 1,
        useEnhancedLocation: host.context.isSetSupported('Mailbox', '1.8'),
      });

      assert.equal(result, 'removed');
      assert.equal(seen(client, item), bodyBefore);
      assert.equal(item.locationText, locationBefore);
      assert.deepEqual(item.enhancedEntries, entriesBefore);
      assert.equal(item.savedProperties.visioMeeting, undefined);
    });

    test('completed exactly once, with a French notice, when Outlook refuses the body write', async () => {
      const refusing: ClientQuirks = { ...client, refuse: { 'body.setAsync': { code: 9041, name: 'ItemNotEditable', message: 'no' } } };
      const { item, host } = scenario(refusing);
      const event = new FakeEvent();
      await insertVisioMeeting(host, event);
      assert.deepEqual(event.completions, [{ allowEvent: false }]);
      if (!client.noNotifications) {
        assert.equal(item.notices.at(-1)?.type, 'errorMessage');
        assert.match(item.notices.at(-1)?.message ?? '', /Outlook a refusé la modification \(code 9041\)/);
      }
    });

    test('completed exactly once when Outlook never answers (timeout)', async () => {
      const hanging: ClientQuirks = { ...client, hang: ['body.getAsync'] };
      const { item, host } = scenario(hanging, { timeoutMs: 30 });
      const event = new FakeEvent();
      await insertVisioMeeting(host, event);
      assert.deepEqual(event.completions, [{ allowEvent: false }]);
      if (!client.noNotifications) assert.match(item.notices.at(-1)?.message ?? '', /n’a pas répondu à temps/);
      assert.equal(item.log.count('body.setAsync'), 0, 'nothing written after giving up');
    });

    test('Office round trips per insertion stay within the budget of 4', async () => {
      const { item, host } = scenario(client);
      await insertVisioMeeting(host, new FakeEvent());
      const retries = Object.values(client.transientFailures ?? {}).reduce((sum, count) => sum + (count ?? 0), 0);
      const notice = client.noNotifications ? 0 : 1;
      assert.ok(item.log.roundTrips - notice <= 4 + retries, `${item.log.roundTrips} round trips: ${item.log.calls.join(', ')}`);
    });
  });
}
