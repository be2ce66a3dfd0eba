// Link detection on real calendar files (fixtures/SOURCES.md); expectations from the corpus's EXPECTED.md.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { findMeetingLinks } from './detect.ts';

const VISIO = ['https://visio.numerique.gouv.fr', 'https://visio.suite.anct.gouv.fr'];

function read(name: string): string {
  return readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');
}

function found(name: string): Array<{ provider: string; url: string }> {
  return findMeetingLinks(read(name), VISIO).map(({ provider, url }) => ({ provider, url }));
}

const TEAMS_BYSETPOS = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGU5NWZjYTItOTFiZi00OWQyLWExYTItMWQ4ZWM0YzhlZTA4%40thread.v2/0?context=%7b%22Tid%22%3a%22f0bdbbf2-cd76-4967-8c4c-50a802746912%22%2c%22Oid%22%3a%2233e33123-f641-455f-8467-58a715c2da80%22%7d';
const TEAMS_FLE_PROPERTY = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_MGU5NmI2ZGYtOWZmOC00Y2ZmLWJlOTItNjUxNjA5YjUyYTYy%40thread.v2/0?context=%7b%22Tid%22%3a%222fd0c1c5-18e1-40c4-9f0d-a0363ca80a3c%22%2c%22Oid%22%3a%2214464d09-ceb8-458c-a61c-717f1e5c66c5%22%7d';

describe('meeting links in real .ics files', () => {
  it('Outlook 16 Teams export: the TAB-folded join link, none of the dial-in, options or help links', () => {
    // The same link is in DESCRIPTION (folded, in <…>) and in X-ALT-DESC's href: one result.
    assert.deepEqual(found('outlook16-teams-monthly-bysetpos.ics'), [{ provider: 'teams', url: TEAMS_BYSETPOS }]);
  });

  it('Exchange Teams invite: the link from the folded X-MICROSOFT-SKYPETEAMSMEETINGURL, and the DESCRIPTION copy', () => {
    const links = found('exchange-teams-invite-fle.ics');
    assert.ok(links.some((link) => link.provider === 'teams' && link.url === TEAMS_FLE_PROPERTY));
    assert.ok(links.every((link) => link.provider === 'teams' && link.url.startsWith('https://teams.microsoft.com/l/meetup-join/')));
    assert.equal(links.length, 2, 'the anonymised DESCRIPTION copy differs by one character in the tenant id');
  });

  it('Google invite: the Meet link cut by a fold, not the "view event" or example.com links', () => {
    assert.deepEqual(found('google-meet-invite-folded-url.ics'), [{ provider: 'google-meet', url: 'https://meet.google.com/pyb-ndcu-hhc' }]);
  });

  it('Google export: the Meet link, not the tel.meet dial-in page', () => {
    assert.deepEqual(found('google-export-x-google-conference.ics'), [{ provider: 'google-meet', url: 'https://meet.google.com/xxx-xxxx-xxx' }]);
  });

  it('Zoom in LOCATION and DESCRIPTION: one link, password kept, not the Google Docs link', () => {
    assert.deepEqual(found('zoom-location-biweekly-chicago.ics'), [{ provider: 'zoom', url: 'https://uchicago.zoom.us/j/6603596916?pwd=Z1E5MDRWUSt2am5XbEt4dTFkNGx6QT09' }]);
  });

  it('visio-agents.education.fr is another service: no Visio link', () => {
    assert.deepEqual(found('outlook-visio-agents-numeric-tzid.ics'), []);
  });

  it('BlueJeans is not a provider we join: nothing reported', () => {
    assert.deepEqual(found('exchange-windows-tzids-bluejeans.ics'), []);
  });

  it('cuts out exactly the written link, fold included', () => {
    const text = read('google-meet-invite-folded-url.ics');
    const [link] = findMeetingLinks(text, VISIO);
    assert.match(text.slice(link?.index, link?.end), /^https:\/\/meet\.google\.com\/pyb\r?\n -ndcu-hhc$/);
  });
});
