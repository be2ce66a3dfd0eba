import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ICAL } from './ical.ts';
import { meetingToIcs, type MeetingIcsInput } from './write-ics.ts';

const meeting = { url: 'https://visio.numerique.gouv.fr/abc-defg-hij', slug: 'abc-defg-hij' };
const base: MeetingIcsInput = {
  title: 'Point hebdo',
  start: '2027-01-15T10:00',
  durationMinutes: 60,
  timeZone: 'Europe/Paris',
  meeting,
  invite: { text: `Rejoindre la réunion : ${meeting.url}`, html: `<p><a href="${meeting.url}">Rejoindre</a></p>` },
  profile: { appName: 'Visio', dialInNumber: null },
  lang: 'fr',
  now: new Date('2026-12-03T17:00:00.000Z'),
  uid: 'test-uid@visio-scheduler',
};

function parseEvent(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown as unknown[]);
  const event = calendar.getFirstSubcomponent('vevent');
  assert.ok(event, 'the file holds a VEVENT');
  return { calendar, event };
}

describe('meetingToIcs', () => {
  const zones: Array<[string, string, string, string]> = [
    // zone, local start, UTC start, UTC end (one hour later)
    ['Europe/Paris', '2027-01-15T10:00', '2027-01-15T09:00:00.000Z', '2027-01-15T10:00:00.000Z'],
    ['Europe/Paris', '2027-07-15T10:00', '2027-07-15T08:00:00.000Z', '2027-07-15T09:00:00.000Z'],
    ['Europe/Paris', '2027-03-28T10:00', '2027-03-28T08:00:00.000Z', '2027-03-28T09:00:00.000Z'],
    ['Europe/Paris', '2027-10-31T01:30', '2027-10-30T23:30:00.000Z', '2027-10-31T01:30:00.000Z'],
    ['America/New_York', '2027-01-15T10:00', '2027-01-15T15:00:00.000Z', '2027-01-15T16:00:00.000Z'],
    ['America/New_York', '2027-07-15T10:00', '2027-07-15T14:00:00.000Z', '2027-07-15T15:00:00.000Z'],
    ['Asia/Kolkata', '2027-01-15T10:00', '2027-01-15T04:30:00.000Z', '2027-01-15T05:30:00.000Z'],
    ['Australia/Sydney', '2027-01-15T10:00', '2027-01-14T23:00:00.000Z', '2027-01-15T00:00:00.000Z'],
    ['Australia/Sydney', '2027-07-15T10:00', '2027-07-15T00:00:00.000Z', '2027-07-15T01:00:00.000Z'],
    ['UTC', '2027-01-15T10:00', '2027-01-15T10:00:00.000Z', '2027-01-15T11:00:00.000Z'],
  ];
  for (const [timeZone, start, utcStart, utcEnd] of zones) {
    it(`puts ${start} ${timeZone} at ${utcStart} when read back by ical.js`, () => {
      const { event } = parseEvent(meetingToIcs({ ...base, timeZone, start }));
      const read = new ICAL.Event(event, { exceptions: [] });
      assert.equal(read.startDate.toJSDate().toISOString(), utcStart);
      assert.equal(read.endDate.toJSDate().toISOString(), utcEnd);
      if (timeZone !== 'UTC') {
        assert.equal(event.getFirstProperty('dtstart')?.getParameter('tzid'), timeZone);
      }
    });
  }

  it('writes a VTIMEZONE whose yearly rules also hold for the following year', () => {
    const text = meetingToIcs({ ...base, timeZone: 'America/New_York', start: '2027-03-14T12:00' });
    const { calendar } = parseEvent(text);
    const zone = calendar.getTimeZoneByID('America/New_York');
    assert.ok(zone);
    // 2028: DST starts on 12 March; a time two days later is in EDT (UTC-4).
    const later = ICAL.Time.fromData({ year: 2028, month: 3, day: 14, hour: 12, minute: 0, second: 0 }, zone);
    assert.equal(later.toJSDate().toISOString(), '2028-03-14T16:00:00.000Z');
    const before = ICAL.Time.fromData({ year: 2028, month: 3, day: 10, hour: 12, minute: 0, second: 0 }, zone);
    assert.equal(before.toJSDate().toISOString(), '2028-03-10T17:00:00.000Z');
  });

  it('has METHOD:PUBLISH, a UTC DTSTAMP, the link in LOCATION, URL, DESCRIPTION and CONFERENCE', () => {
    const { calendar, event } = parseEvent(meetingToIcs(base));
    assert.equal(calendar.getFirstPropertyValue('method'), 'PUBLISH');
    const stamp = event.getFirstPropertyValue('dtstamp') as InstanceType<typeof ICAL.Time>;
    assert.equal(stamp.zone?.tzid, 'UTC');
    assert.equal(stamp.toJSDate().toISOString(), '2026-12-03T17:00:00.000Z');
    assert.equal(event.getFirstPropertyValue('uid'), 'test-uid@visio-scheduler');
    assert.equal(event.getFirstPropertyValue('summary'), 'Point hebdo');
    assert.equal(event.getFirstPropertyValue('location'), meeting.url);
    assert.equal(event.getFirstPropertyValue('url'), meeting.url);
    assert.equal(event.getFirstPropertyValue('description'), base.invite.text);
    const html = event.getFirstProperty('x-alt-desc');
    assert.equal(html?.getParameter('fmttype'), 'text/html');
    assert.equal(html?.getFirstValue(), base.invite.html);
    const conferences = event.getAllProperties('conference');
    assert.equal(conferences.length, 1);
    assert.equal(conferences[0]?.getFirstValue(), meeting.url);
  });

  it('writes CONFERENCE exactly as RFC 7986 shows it, plus a tel: one when the room has a PIN to dial', () => {
    const profile = { appName: 'Visio', dialInNumber: '+33 1 84 88 00 00' };
    const text = meetingToIcs({ ...base, meeting: { ...base.meeting, pin: '0123456789' }, profile, lang: 'en' });
    const unfolded = text.replace(/\r\n[ \t]/g, '');
    assert.match(unfolded, /\r\nCONFERENCE;FEATURE=AUDIO,VIDEO;LABEL=Join the Visio meeting;VALUE=URI:https:\/\/visio\.numerique\.gouv\.fr\/abc-defg-hij\r\n/);
    assert.match(unfolded, /\r\nCONFERENCE;FEATURE=PHONE;LABEL=Join by phone \(PIN 0123456789#\);VALUE=URI:tel:\+33184880000\r\n/);
    const withoutPin = meetingToIcs({ ...base, profile, lang: 'en' }).replace(/\r\n[ \t]/g, '');
    assert.doesNotMatch(withoutPin, /tel:/, 'a client-made room has no PIN: the number alone would not let anyone in');
  });

  it('ends every line with CRLF, folds at 75 octets and never inside a UTF-8 character', () => {
    const title = `Réunion « été » 🌍🇫🇷 ${'é'.repeat(60)} ${'字'.repeat(40)} 👩‍👩‍👧 fin`;
    const html = `<p>${'<b>gras</b> '.repeat(30)}</p>`;
    const text = meetingToIcs({ ...base, title, invite: { text: `ligne 1\nligne 2, avec; ponctuation\\ ${'x'.repeat(200)}`, html } });
    assert.ok(text.endsWith('\r\n'));
    assert.doesNotMatch(text.replace(/\r\n/g, ''), /[\r\n]/, 'no bare CR or LF');
    const bytes = Buffer.from(text, 'utf8');
    let lineStart = 0;
    for (let i = 0; i < bytes.length - 1; i += 1) {
      if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
        const line = bytes.subarray(lineStart, i);
        assert.ok(line.length <= 75, `line of ${line.length} octets: ${line.toString()}`);
        assert.equal(Buffer.from(line.toString('utf8'), 'utf8').compare(line), 0, 'each line is whole UTF-8');
        lineStart = i + 2;
      }
    }
    const { event } = parseEvent(text);
    assert.equal(event.getFirstPropertyValue('summary'), title);
    assert.equal(event.getFirstPropertyValue('x-alt-desc'), html);
  });

  it('gives each file its own UID when none is asked for', () => {
    const a = parseEvent(meetingToIcs({ ...base, uid: undefined })).event.getFirstPropertyValue('uid');
    const b = parseEvent(meetingToIcs({ ...base, uid: undefined })).event.getFirstPropertyValue('uid');
    assert.notEqual(a, b);
  });

  it('refuses an unknown zone, an impossible date and a non-positive duration', () => {
    assert.throws(() => meetingToIcs({ ...base, timeZone: 'Mars/Olympus' }), RangeError);
    assert.throws(() => meetingToIcs({ ...base, start: '2027-02-30T10:00' }), RangeError);
    assert.throws(() => meetingToIcs({ ...base, durationMinutes: 0 }), RangeError);
  });
});
