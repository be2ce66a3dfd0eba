import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { UpcomingMeeting } from '../../../shared/ui/upcoming/upcoming-types.ts';
import { reminderNotification } from './reminder-notification.ts';

const START = Date.parse('2027-03-24T13:00:00Z');
const visio: UpcomingMeeting = { uid: 'a', start: START, end: START + 3_600_000, summary: 'Comité de pilotage', provider: 'visio', url: 'https://visio.numerique.gouv.fr/abc-defg-hij' };

describe('reminderNotification', () => {
  it('Chrome: the start time, a Join button, and it stays until the user acts', () => {
    const options = reminderNotification(visio, 'fr', START - 5 * 60_000, true, 'Europe/Paris');
    assert.equal(options.title, 'Comité de pilotage');
    assert.equal(options.message, 'Commence à 14:00');
    assert.deepEqual(options.buttons, [{ title: 'Rejoindre' }]);
    assert.equal(options.requireInteraction, true);
    assert.match(options.iconUrl, /^data:image\/png;base64,/);
  });

  it('Firefox: no buttons, no requireInteraction; the text says a click joins', () => {
    const options = reminderNotification(visio, 'de', START - 5 * 60_000, false, 'Europe/Berlin');
    assert.equal(options.message, 'Beginnt um 14:00 · Zum Teilnehmen klicken.');
    assert.equal('buttons' in options, false);
    assert.equal('requireInteraction' in options, false);
  });

  it('names another service, says when a meeting already started, and titles an untitled one', () => {
    const teams = { ...visio, provider: 'teams' as const, summary: '  ', url: 'https://teams.microsoft.com/l/meetup-join/x/0' };
    const options = reminderNotification(teams, 'en', START + 60_000, true, 'UTC');
    assert.equal(options.title, '(no title)');
    assert.equal(options.message, 'Started at 01:00 PM');
    assert.equal(options.contextMessage, 'On Microsoft Teams');
  });
});
