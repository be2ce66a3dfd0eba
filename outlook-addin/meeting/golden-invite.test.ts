// What the add-in writes into an appointment, per language, compared with reviewed golden files
// (testing/golden/). After an intended wording change: UPDATE_GOLDEN=1 npm test -- golden, then
// review the diff. Also: every value is escaped, and the block reads well with styles stripped.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { LANGS } from '../../shared/core/i18n/lang.ts';
import { DEFAULT_PROFILE } from '../../shared/core/profile/default-profile.ts';
import type { Profile } from '../../shared/core/profile/profile.ts';
import { CLIENTS, PLAIN_CLIENT } from '../testing/client-quirks.ts';
import { FakeAppointment, htmlToText } from '../testing/fake-mailbox.ts';
import { meetingSequence, USER_HTML } from '../testing/scenario.ts';
import { addMeetingToItem } from './item-meeting.ts';

const goldenDir = join(import.meta.dirname, '../testing/golden');

async function inserted(profile: Profile, lang: (typeof LANGS)[number], body = USER_HTML, location = 'Salle 4.12'): Promise<FakeAppointment> {
  const item = new FakeAppointment(PLAIN_CLIENT, { body, location });
  await addMeetingToItem(item, { profile, lang, useEnhancedLocation: false, makeMeeting: meetingSequence(profile) });
  return item;
}

describe('golden invitation HTML per language', () => {
  for (const lang of LANGS) {
    test(`${lang}: body and location after one click`, async () => {
      const item = await inserted(DEFAULT_PROFILE, lang);
      const actual = `${item.visibleBody}\n<!-- location: ${item.locationText} -->\n`;
      const file = join(goldenDir, `appointment-${lang}.html`);
      if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, actual);
      assert.equal(actual, readFileSync(file, 'utf8'));
    });
  }
});

describe('escaping and robustness of the inserted block', () => {
  const hostile: Profile = {
    ...DEFAULT_PROFILE,
    appName: 'Visio & <b>Co</b> "x"',
    helpUrl: 'https://aide.example.fr/?a=1&b=<2>',
    notice: { fr: 'Enregistrement <script>alert(1)</script> & transcription' },
  };

  test('names, notices and URLs from the profile are escaped', async () => {
    const item = await inserted(hostile, 'fr');
    const html = item.visibleBody;
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /<b>Co<\/b>/);
    assert.match(html, /Visio &amp; &lt;b&gt;Co&lt;\/b&gt;/);
    const dom = new JSDOM(html).window.document;
    const hrefs = [...dom.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    assert.ok(hrefs.includes('https://visio.numerique.gouv.fr/abc-defg-hij'));
    assert.equal(dom.querySelectorAll('script, svg, iframe, object').length, 0);
  });

  for (const client of CLIENTS) {
    test(`escaped under ${client.name}`, async () => {
      const item = new FakeAppointment(client, { body: client.textBody ? 'Bonjour' : USER_HTML, location: 'Salle <A> & "B"' });
      await addMeetingToItem(item, { profile: hostile, lang: 'fr', useEnhancedLocation: false, makeMeeting: meetingSequence(hostile) });
      const body = item.visibleBody;
      if (client.textBody) {
        assert.match(body, /Visio & <b>Co<\/b> "x"/, 'a text body shows the name as written: there is no markup to escape');
      } else {
        assert.doesNotMatch(body, /<script|<b>Co<\/b>/i);
        assert.match(body, /Visio &amp; &lt;b&gt;Co&lt;\/b&gt;/);
      }
      assert.equal(item.locationText, 'Salle <A> & "B"; https://visio.numerique.gouv.fr/abc-defg-hij', 'the location is text: kept as typed');
    });
  }

  test('the block still reads with every style and class stripped (setAsync drops inline CSS)', async () => {
    const item = await inserted(DEFAULT_PROFILE, 'fr');
    const bare = item.visibleBody.replace(/\s(style|class)="[^"]*"/g, '');
    const text = htmlToText(bare);
    assert.match(text, /https:\/\/visio\.numerique\.gouv\.fr\/abc-defg-hij/, 'the URL is visible as text, not only in href');
    assert.match(text, /Ordre du jour : budget 2027 & note\./);
  });

  test('the user\'s own links and entities are kept byte for byte', async () => {
    const item = await inserted(DEFAULT_PROFILE, 'fr');
    assert.ok(item.visibleBody.includes('<a href="https://intranet.example.fr/doc?a=1&amp;b=2">note</a>'));
  });
});
