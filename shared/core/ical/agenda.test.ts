// readAgenda on small hand-written feeds, one phenomenon each (the corpus covers real producers).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readAgenda, type AgendaOptions } from './agenda.ts';

const VISIO = 'https://visio.numerique.gouv.fr';
const options = (from: string, days: number, extra: Partial<AgendaOptions> = {}): AgendaOptions =>
  ({ from: new Date(from), days, instances: [VISIO], ...extra });

function calendar(...events: string[][]): string {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//test//FR', ...events.flat(), 'END:VCALENDAR', ''].join('\r\n');
}

const event = (uid: string, ...lines: string[]) => ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20270101T000000Z', ...lines, 'END:VEVENT'];

const single = (uid: string, start: string, summary = uid) => event(uid, `DTSTART:${start}`, 'DURATION:PT1H', `SUMMARY:${summary}`);

describe('readAgenda: a damaged feed loses only the damaged event', () => {
  it('skips and counts an event with a stray line (an unescaped newline), keeps the others', () => {
    const text = calendar(
      single('a', '20270115T090000Z'),
      event('b', 'DTSTART:20270115T100000Z', 'DESCRIPTION:Ligne un', 'Jane Doe', 'SUMMARY:b'),
      single('c', '20270115T110000Z'),
    );
    const agenda = readAgenda(text, options('2027-01-15T00:00:00Z', 1));
    assert.deepEqual(agenda.occurrences.map((o) => o.uid), ['a', 'c']);
    assert.deepEqual(agenda.skipped.map((s) => [s.uid, s.reason]), [['b', 'parse-error']]);
  });

  it('keeps both events when one END:VEVENT is missing', () => {
    const text = calendar(single('a', '20270115T090000Z').slice(0, -1), single('b', '20270115T100000Z'));
    assert.deepEqual(readAgenda(text, options('2027-01-15T00:00:00Z', 1)).occurrences.map((o) => o.uid), ['a', 'b']);
  });

  it('reads bare CR line ends, a UTF-8 BOM, UTF-16 BE and LE with or without BOM', () => {
    const text = calendar(single('a', '20270115T090000Z', 'Réunion « été »'));
    const utf16 = (littleEndian: boolean, bom: boolean) => {
      const bytes = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
      const view = new DataView(bytes.buffer);
      [...(bom ? '\uFEFF' : ''), ...text].forEach((char, i) => view.setUint16(i * 2, char.charCodeAt(0), littleEndian));
      return bytes;
    };
    const inputs: Array<string | Uint8Array> = [
      text.replace(/\r\n/g, '\r'), `\uFEFF${text}`, new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]),
      utf16(true, true), utf16(false, true), utf16(true, false), utf16(false, false),
    ];
    for (const input of inputs) {
      const agenda = readAgenda(input, options('2027-01-15T00:00:00Z', 1));
      assert.deepEqual(agenda.occurrences.map((o) => [o.uid, o.summary]), [['a', 'Réunion « été »']]);
    }
  });

  it('reads concatenated calendars', () => {
    const text = calendar(single('a', '20270115T090000Z')) + calendar(single('b', '20270115T100000Z'));
    assert.deepEqual(readAgenda(text, options('2027-01-15T00:00:00Z', 1)).occurrences.map((o) => o.uid), ['a', 'b']);
  });

  it('does not parse what cannot reach the window (a broken event years away is not even looked at)', () => {
    const text = calendar(single('now', '20270115T090000Z'), event('old', 'DTSTART:20150101T100000Z', 'Jane Doe', 'SUMMARY:old'));
    const agenda = readAgenda(text, options('2027-01-15T00:00:00Z', 1));
    assert.deepEqual(agenda.occurrences.map((o) => o.uid), ['now']);
    assert.deepEqual(agenda.skipped, []);
    assert.equal(agenda.eventCount, 2);
  });
});

describe('readAgenda: series', () => {
  const zone = ['BEGIN:VTIMEZONE', 'TZID:Europe/Paris', 'BEGIN:DAYLIGHT', 'DTSTART:19700329T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
    'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'END:DAYLIGHT', 'BEGIN:STANDARD', 'DTSTART:19701025T030000', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
    'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'END:STANDARD', 'END:VTIMEZONE'];
  const weekly = event('w', 'DTSTART;TZID=Europe/Paris:20200106T100000', 'DTEND;TZID=Europe/Paris:20200106T110000',
    'RRULE:FREQ=WEEKLY;BYDAY=MO', 'SUMMARY:Hebdo', `LOCATION:${VISIO}/abc-defg-hij`);

  it('keeps 10:00 Paris across the DST change, years after DTSTART', () => {
    const agenda = readAgenda(calendar(zone, weekly), options('2027-03-15T00:00:00Z', 14));
    assert.deepEqual(agenda.occurrences.map((o) => o.start), ['2027-03-15T09:00:00Z', '2027-03-22T09:00:00Z']);
    const after = readAgenda(calendar(zone, weekly), options('2027-03-29T00:00:00Z', 1));
    assert.deepEqual(after.occurrences.map((o) => [o.start, o.provider, o.url]), [['2027-03-29T08:00:00Z', 'visio', `${VISIO}/abc-defg-hij`]]);
  });

  it('applies an override written in UTC to the instance it names, and only in its own series', () => {
    const moved = event('w', 'RECURRENCE-ID:20270322T090000Z', 'DTSTART;TZID=Europe/Paris:20270323T150000', 'DTEND;TZID=Europe/Paris:20270323T160000', 'SUMMARY:Déplacé');
    const other = event('x', 'DTSTART;TZID=Europe/Paris:20200106T100000', 'DURATION:PT30M', 'RRULE:FREQ=WEEKLY;BYDAY=MO', 'SUMMARY:Autre');
    const agenda = readAgenda(calendar(zone, weekly, moved, other), options('2027-03-15T00:00:00Z', 14));
    assert.deepEqual(agenda.occurrences.map((o) => [o.uid, o.start, o.summary]), [
      ['w', '2027-03-15T09:00:00Z', 'Hebdo'], ['x', '2027-03-15T09:00:00Z', 'Autre'],
      ['x', '2027-03-22T09:00:00Z', 'Autre'], ['w', '2027-03-23T14:00:00Z', 'Déplacé'],
    ]);
    const link = agenda.occurrences.find((o) => o.summary === 'Déplacé');
    assert.equal(link?.url, `${VISIO}/abc-defg-hij`, 'an override without a link keeps its series\' link');
  });

  it('drops cancelled instances and EXDATEs; RDATE adds instances', () => {
    const cancelled = event('w', 'RECURRENCE-ID;TZID=Europe/Paris:20270315T100000', 'DTSTART;TZID=Europe/Paris:20270315T100000', 'STATUS:CANCELLED');
    const withDates = event('w', 'DTSTART;TZID=Europe/Paris:20200106T100000', 'DTEND;TZID=Europe/Paris:20200106T110000',
      'RRULE:FREQ=WEEKLY;BYDAY=MO', 'EXDATE;TZID=Europe/Paris:20270322T100000', 'RDATE;TZID=Europe/Paris:20270324T160000', 'SUMMARY:Hebdo');
    const agenda = readAgenda(calendar(zone, withDates, cancelled), options('2027-03-15T00:00:00Z', 14));
    assert.deepEqual(agenda.occurrences.map((o) => o.start), ['2027-03-24T15:00:00Z']);
  });

  it('counts DTSTART as the first instance of an RDATE-only event (RFC 5545)', () => {
    const rdates = event('r', 'DTSTART:20270115T090000Z', 'DURATION:PT1H', 'RDATE:20270117T090000Z,20270119T090000Z', 'SUMMARY:r');
    assert.deepEqual(readAgenda(calendar(rdates), options('2027-01-14T00:00:00Z', 7)).occurrences.map((o) => o.start),
      ['2027-01-15T09:00:00Z', '2027-01-17T09:00:00Z', '2027-01-19T09:00:00Z']);
  });

  it('finds a yearly event in a window across the new year, and none in a window without its day', () => {
    const birthday = event('b', 'DTSTART;VALUE=DATE:20040102', 'RRULE:FREQ=YEARLY;INTERVAL=1', 'SUMMARY:Anniversaire');
    assert.deepEqual(readAgenda(calendar(birthday), options('2026-12-28T00:00:00Z', 8)).occurrences.map((o) => o.start), ['2027-01-02']);
    assert.deepEqual(readAgenda(calendar(birthday), options('2027-06-01T00:00:00Z', 14)).occurrences, []);
  });

  it('removes the day an all-day series\' EXDATE names, also when written as a UTC instant', () => {
    const allDay = event('d', 'DTSTART;VALUE=DATE:20270104', 'RRULE:FREQ=DAILY;COUNT=5', 'EXDATE:20270105T230000Z', 'SUMMARY:d');
    const days = (timeZone: string) => readAgenda(calendar(allDay), options('2027-01-01T00:00:00Z', 10, { timeZone })).occurrences.map((o) => o.start);
    // 23:00Z on 5 January is 6 January in Paris, still 5 January in New York.
    assert.deepEqual(days('Europe/Paris'), ['2027-01-04', '2027-01-05', '2027-01-07', '2027-01-08']);
    assert.deepEqual(days('America/New_York'), ['2027-01-04', '2027-01-06', '2027-01-07', '2027-01-08']);
  });

  it('applies a RANGE=THISANDFUTURE override to the later instances too', () => {
    const fromNowOn = event('w', 'RECURRENCE-ID;RANGE=THISANDFUTURE;TZID=Europe/Paris:20270322T100000',
      'DTSTART;TZID=Europe/Paris:20270322T140000', 'DTEND;TZID=Europe/Paris:20270322T143000', 'SUMMARY:Nouvel horaire');
    const agenda = readAgenda(calendar(zone, weekly, fromNowOn), options('2027-03-15T00:00:00Z', 21));
    assert.deepEqual(agenda.occurrences.map((o) => [o.start, o.end, o.summary]), [
      ['2027-03-15T09:00:00Z', '2027-03-15T10:00:00Z', 'Hebdo'],
      ['2027-03-22T13:00:00Z', '2027-03-22T13:30:00Z', 'Nouvel horaire'],
      ['2027-03-29T12:00:00Z', '2027-03-29T12:30:00Z', 'Nouvel horaire'],
    ]);
  });

  it('lists nothing of a cancelled series', () => {
    const gone = [...weekly.slice(0, -1), 'STATUS:CANCELLED', 'END:VEVENT'];
    assert.deepEqual(readAgenda(calendar(zone, gone), options('2027-03-15T00:00:00Z', 14)).occurrences, []);
  });
});

describe('readAgenda: time zones', () => {
  it('reads floating times in the reader\'s zone, not the machine\'s', () => {
    const text = calendar(event('f', 'DTSTART:20270115T100000', 'DTEND:20270115T110000', 'SUMMARY:f'));
    assert.equal(readAgenda(text, options('2027-01-15T00:00:00Z', 1, { timeZone: 'Europe/Paris' })).occurrences[0]?.start, '2027-01-15T09:00:00Z');
    assert.equal(readAgenda(text, options('2027-01-15T00:00:00Z', 1, { timeZone: 'America/New_York' })).occurrences[0]?.start, '2027-01-15T15:00:00Z');
  });

  it('uses the IANA zone, not an empty VTIMEZONE that would mean UTC', () => {
    const text = calendar(['BEGIN:VTIMEZONE', 'TZID:Europe/Berlin', 'END:VTIMEZONE'],
      event('e', 'DTSTART;TZID=Europe/Berlin:20270715T100000', 'DURATION:PT1H', 'SUMMARY:e'));
    assert.equal(readAgenda(text, options('2027-07-15T00:00:00Z', 1)).occurrences[0]?.start, '2027-07-15T08:00:00Z');
  });

  it('maps a Windows name without VTIMEZONE with the DST of the date', () => {
    const text = calendar(event('r', 'DTSTART;TZID=Romance Standard Time:20270715T100000', 'DURATION:PT1H', 'SUMMARY:r'),
      event('s', 'DTSTART;TZID="(UTC+01:00) Brussels, Copenhagen, Madrid, Paris":20270115T100000', 'DURATION:PT1H', 'SUMMARY:s'));
    assert.deepEqual(readAgenda(text, options('2027-01-01T00:00:00Z', 365)).occurrences.map((o) => o.start), ['2027-01-15T09:00:00Z', '2027-07-15T08:00:00Z']);
  });

  it('reports a zone it cannot resolve instead of guessing', () => {
    const text = calendar(event('u', 'DTSTART;TZID=Customized Time Zone:20270115T100000', 'DURATION:PT1H', 'SUMMARY:u'));
    const agenda = readAgenda(text, options('2027-01-15T00:00:00Z', 1));
    assert.deepEqual(agenda.occurrences, []);
    assert.deepEqual(agenda.unresolvedZones, ['Customized Time Zone']);
    assert.deepEqual(agenda.skipped.map((s) => [s.uid, s.reason]), [['u', 'unknown-time-zone']]);
  });
});

describe('readAgenda: links', () => {
  it('prefers the organisation\'s Visio link over another provider, and never counts a lookalike', () => {
    const text = calendar(
      event('v', 'DTSTART:20270115T090000Z', 'DURATION:PT1H', 'SUMMARY:v', 'LOCATION:https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0',
        `X-ALT-DESC;FMTTYPE=text/html:<a href="${VISIO}/abc-defg-hij">Visio</a>`),
      event('l', 'DTSTART:20270115T100000Z', 'DURATION:PT1H', 'SUMMARY:l', 'LOCATION:https://visio.numerique.gouv.fr.example.net/abc-defg-hij'),
      event('c', 'DTSTART:20270115T110000Z', 'DURATION:PT1H', 'SUMMARY:c', `CONFERENCE;VALUE=URI;FEATURE=AUDIO,VIDEO;LABEL=Visio:${VISIO}/xyz-abcd-efg`),
    );
    assert.deepEqual(readAgenda(text, options('2027-01-15T00:00:00Z', 1)).occurrences.map((o) => [o.uid, o.provider, o.url]), [
      ['v', 'visio', `${VISIO}/abc-defg-hij`], ['l', null, null], ['c', 'visio', `${VISIO}/xyz-abcd-efg`],
    ]);
  });
});
