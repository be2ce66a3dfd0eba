// Locations as Outlook really holds them: a room typed or booked, text repeated by older Outlook on
// the web (it appended on every location.setAsync, office-js-docs#1192), a link pasted twice.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_PROFILE } from '../../shared/core/profile/default-profile.ts';
import { CLIENTS } from '../testing/client-quirks.ts';
import { FakeAppointment } from '../testing/fake-mailbox.ts';
import { meetingSequence, USER_HTML } from '../testing/scenario.ts';
import { addMeetingToItem, removeMeetingFromItem } from './item-meeting.ts';

const textOnly = CLIENTS.filter((client) => client.mailboxVersion === '1.5');
const env = () => ({
  profile: DEFAULT_PROFILE, lang: 'fr' as const, useEnhancedLocation: false, makeMeeting: meetingSequence(), staleReadDelayMs: 1,
});

for (const client of textOnly) {
  describe(`location text, ${client.name}`, () => {
    test('a location repeated by an older client: kept as typed, our link added once, given back exactly', async () => {
      const repeated = 'Salle 4.12; Salle 4.12';
      const item = new FakeAppointment(client, { body: client.textBody ? 'Bonjour' : USER_HTML, location: repeated });
      await addMeetingToItem(item, env());
      assert.equal(item.locationText, 'Salle 4.12; Salle 4.12; https://visio.numerique.gouv.fr/abc-defg-hij');
      await addMeetingToItem(item, env());
      assert.equal(item.locationText.split('abc-defg-hij').length, 2, 'the link is there once after a second click');
      await removeMeetingFromItem(item, env());
      assert.equal(item.locationText, repeated);
    });

    test('the same Visio link already there twice: nothing added, the room stays', async () => {
      const twice = 'https://visio.numerique.gouv.fr/abc-defg-hij; Salle 4.12; https://visio.numerique.gouv.fr/abc-defg-hij';
      const item = new FakeAppointment(client, { body: client.textBody ? 'Bonjour' : USER_HTML, location: twice });
      await addMeetingToItem(item, env());
      assert.match(item.locationText, /Salle 4\.12/);
      assert.ok(item.locationText.split('abc-defg-hij').length <= 3, 'no third copy');
    });

    test('the location changed by the user after our insert: remove takes only our link out', async () => {
      const item = new FakeAppointment(client, { body: client.textBody ? 'Bonjour' : USER_HTML, location: 'Salle 4.12' });
      await addMeetingToItem(item, env());
      item.locationText = `${item.locationText}; Visio de secours : salle 2`;
      await removeMeetingFromItem(item, env());
      assert.doesNotMatch(item.locationText, /visio\.numerique\.gouv\.fr/);
      assert.match(item.locationText, /Salle 4\.12/);
      assert.match(item.locationText, /Visio de secours : salle 2/);
    });
  });
}
