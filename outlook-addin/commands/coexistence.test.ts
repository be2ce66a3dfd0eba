// Other meetings already in the appointment: Meet's official add-in block, a Visio link pasted by
// hand, a Teams block. The button reuses a Visio meeting that is there and never deletes anyone's.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { PLAIN_CLIENT } from '../testing/client-quirks.ts';
import { FakeEvent } from '../testing/fake-mailbox.ts';
import { scenario, USER_HTML } from '../testing/scenario.ts';
import { insertVisioMeeting } from './handlers.ts';

const MEET_LINE = '─'.repeat(40);
const MEET_BLOCK = `<div>${MEET_LINE}</div><div>Rejoindre la réunion Visio</div><div><a href="https://visio.numerique.gouv.fr/mee-tadd-inn">https://visio.numerique.gouv.fr/mee-tadd-inn</a></div><div>${MEET_LINE}</div>`;
const TEAMS = '<p>Réunion Microsoft Teams</p><p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0">Rejoindre</a></p>';

describe('organizer button next to other meetings', () => {
  test('Meet\'s official add-in block: kept byte for byte, its room reused in the location, no second block', async () => {
    const body = `${USER_HTML}${MEET_BLOCK}`;
    const { item, host } = scenario(PLAIN_CLIENT, { seed: { body, rooms: [] } });
    await insertVisioMeeting(host, new FakeEvent());
    assert.equal(item.visibleBody, body);
    assert.deepEqual(item.enhancedEntries.map((entry) => entry.displayName), ['https://visio.numerique.gouv.fr/mee-tadd-inn']);
    assert.match(item.notices.at(-1)?.message ?? '', /déjà un lien Visio ; il a été conservé/);
  });

  test('a Visio link pasted by hand is reused, not doubled', async () => {
    const body = `${USER_HTML}<p>On se voit sur https://visio.numerique.gouv.fr/pas-tedb-yhd</p>`;
    const { item, host } = scenario(PLAIN_CLIENT, { seed: { body } });
    await insertVisioMeeting(host, new FakeEvent());
    assert.equal(item.visibleBody, body);
    assert.equal(item.log.count('body.setAsync'), 0);
  });

  test('a Teams block stays when the user adds Visio by hand', async () => {
    const body = `${USER_HTML}${TEAMS}`;
    const { item, host } = scenario(PLAIN_CLIENT, { seed: { body } });
    await insertVisioMeeting(host, new FakeEvent());
    assert.ok(item.visibleBody.includes(TEAMS), 'the Teams block is intact');
    assert.match(item.visibleBody, /abc-defg-hij/);
  });
});
