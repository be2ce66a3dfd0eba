// The organisation's (or user's) placement: location only, description only, or both.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_PROFILE } from '../../shared/core/profile/default-profile.ts';
import type { Profile } from '../../shared/core/profile/profile.ts';
import { PLAIN_CLIENT } from '../testing/client-quirks.ts';
import { FakeAppointment } from '../testing/fake-mailbox.ts';
import { meetingSequence, USER_HTML } from '../testing/scenario.ts';
import { addMeetingToItem, removeMeetingFromItem } from './item-meeting.ts';

async function place(placement: Profile['placement']) {
  const profile: Profile = { ...DEFAULT_PROFILE, placement };
  const item = new FakeAppointment(PLAIN_CLIENT, { body: USER_HTML, location: 'Salle 4.12' });
  const env = { profile, lang: 'fr' as const, useEnhancedLocation: false, makeMeeting: meetingSequence(profile) };
  await addMeetingToItem(item, env);
  return { item, env };
}

test('placement "location": the body is not touched', async () => {
  const { item } = await place('location');
  assert.equal(item.visibleBody, USER_HTML);
  assert.equal(item.locationText, 'Salle 4.12; https://visio.numerique.gouv.fr/abc-defg-hij');
});

test('placement "description": the location is not touched', async () => {
  const { item } = await place('description');
  assert.equal(item.locationText, 'Salle 4.12');
  assert.match(item.visibleBody, /abc-defg-hij/);
});

test('placement "location": remove still gives the location back', async () => {
  const { item, env } = await place('location');
  assert.equal(await removeMeetingFromItem(item, env), 'removed');
  assert.equal(item.locationText, 'Salle 4.12');
});
