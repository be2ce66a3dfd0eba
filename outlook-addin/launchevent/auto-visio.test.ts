// Automatic Visio on new meetings (OnNewAppointmentOrganizer): off by default, on by the user's
// roaming setting or the organisation's profile; never on an item that already has a meeting.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { findExistingMeeting } from '../../shared/core/invite/block.ts';
import { DEFAULT_PROFILE } from '../../shared/core/profile/default-profile.ts';
import type { Profile } from '../../shared/core/profile/profile.ts';
import { CLIENTS, PLAIN_CLIENT, type ClientQuirks } from '../testing/client-quirks.ts';
import { FakeEvent } from '../testing/fake-mailbox.ts';
import { meetingSequence, scenario, USER_HTML } from '../testing/scenario.ts';
import { SETTINGS_KEY } from '../settings/roaming-settings.ts';
import { onNewAppointmentOrganizer } from './auto-visio.ts';

const TEAMS_BLOCK = '<p>________________</p><p>Réunion Microsoft Teams</p>'
  + '<p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjM5%40thread.v2/0?context=%7b%22Tid%22%3a%22x%22%7d">Rejoindre la réunion</a></p>';

async function fire(client: ClientQuirks, options: { roaming?: Record<string, unknown>; profile?: Profile; body?: string; displayLanguage?: string } = {}) {
  const profile = options.profile ?? DEFAULT_PROFILE;
  const { item, context } = scenario(client, {
    roaming: options.roaming, profile, displayLanguage: options.displayLanguage,
    seed: options.body === undefined ? {} : { body: options.body },
  });
  const event = new FakeEvent();
  await onNewAppointmentOrganizer({ item: () => item, context, baseProfile: profile, makeMeeting: meetingSequence(profile), timeoutMs: 2_000 }, event);
  return { item, event };
}

const on = { [SETTINGS_KEY]: { autoVisio: true } };

describe('automatic Visio on new meetings', () => {
  test('off by default: the item is not touched, the event still completes once', async () => {
    const { item, event } = await fire(PLAIN_CLIENT);
    assert.equal(event.completions.length, 1);
    assert.deepEqual(item.log.calls, []);
  });

  for (const client of CLIENTS) {
    test(`on by the user's roaming setting: one meeting added, ${client.name}`, async () => {
      const { item, event } = await fire(client, { roaming: on });
      assert.equal(event.completions.length, 1);
      const format = client.textBody ? 'text' : 'html';
      const read = client.wrapOnRead ? client.wrapOnRead(item.visibleBody) : item.visibleBody;
      assert.equal(findExistingMeeting(read, format, [DEFAULT_PROFILE.instanceUrl])?.kind, 'ours');
      if (!client.noNotifications) assert.match(item.notices.at(-1)?.message ?? '', /ajoutée automatiquement/);
    });
  }

  test('on by the organisation profile; the user can turn it off again', async () => {
    const profile: Profile = { ...DEFAULT_PROFILE, outlook: { ...DEFAULT_PROFILE.outlook, autoVisio: true } };
    const added = await fire(PLAIN_CLIENT, { profile });
    assert.match(added.item.visibleBody, /abc-defg-hij/);
    const declined = await fire(PLAIN_CLIENT, { profile, roaming: { [SETTINGS_KEY]: { autoVisio: false } } });
    assert.doesNotMatch(declined.item.visibleBody, /abc-defg-hij/);
    assert.equal(declined.event.completions.length, 1);
  });

  test('an item that already has a Visio link is left alone', async () => {
    const body = `${USER_HTML}<p>Lien : https://visio.numerique.gouv.fr/zzz-yyyy-xxx</p>`;
    const { item, event } = await fire(PLAIN_CLIENT, { roaming: on, body });
    assert.equal(item.visibleBody, body);
    assert.equal(item.log.count('body.setAsync'), 0);
    assert.equal(event.completions.length, 1);
  });

  test('a Teams meeting is left alone when the profile says so, and gets Visio when it does not', async () => {
    const body = `${USER_HTML}${TEAMS_BLOCK}`;
    const skipped = await fire(PLAIN_CLIENT, { roaming: on, body });
    assert.equal(skipped.item.visibleBody, body);
    const mixing: Profile = { ...DEFAULT_PROFILE, outlook: { ...DEFAULT_PROFILE.outlook, skipTeamsMeetings: false } };
    const added = await fire(PLAIN_CLIENT, { roaming: on, body, profile: mixing });
    assert.match(added.item.visibleBody, /abc-defg-hij/);
    assert.match(added.item.visibleBody, /teams\.microsoft\.com/, 'the Teams block is never removed');
  });

  test('the notice follows Outlook\'s display language', async () => {
    const { item } = await fire(PLAIN_CLIENT, { roaming: on, displayLanguage: 'de-AT' });
    assert.match(item.notices.at(-1)?.message ?? '', /automatisch hinzugefügt/);
  });

  test('completed exactly once when Outlook fails the read', async () => {
    const failing: ClientQuirks = { ...PLAIN_CLIENT, refuse: { 'body.getAsync': { code: 9002, name: 'InternalFormatError', message: 'no' } } };
    const { event } = await fire(failing, { roaming: on });
    assert.equal(event.completions.length, 1);
  });
});
