// Every fact of shared/corpus/ics/EXPECTED.md about occurrences, links and zones, checked on the
// byte-exact fixtures. The whole file runs twice, under TZ=UTC and TZ=Pacific/Auckland: the host's
// zone must never leak into an instant (ical.js's floating-time trap, notes/icalendar.md §1.5).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readAgenda, type Agenda, type AgendaOptions, type Occurrence } from './agenda.ts';

/** Byte-exact copies of shared/corpus/ics (see fixtures/SOURCES.md). */
const FIXTURES = join(import.meta.dirname, 'fixtures');
const VISIO_INSTANCES = ['https://visio.numerique.gouv.fr'];

function fixtureBytes(name: string): Uint8Array {
  return readFileSync(join(FIXTURES, name));
}

/** Occurrences starting in [from, to) (ISO instants) read from the fixture's bytes. */
function agendaOf(name: string, from: string, to: string, extra: Partial<AgendaOptions> = {}): Agenda {
  const fromDate = new Date(from);
  const days = (Date.parse(to) - fromDate.getTime()) / 86_400_000;
  return readAgenda(fixtureBytes(name), { from: fromDate, days, instances: VISIO_INSTANCES, ...extra });
}

const HOST_ZONES = ['UTC', 'Pacific/Auckland'];
const CHILD = 'VISIO_ICAL_CORPUS_TZ';

const starts = (occurrences: readonly Occurrence[]) => occurrences.map((o) => o.start);
const of = (occurrences: readonly Occurrence[], summary: string) => occurrences.filter((o) => o.summary === summary);
const lastChars = (uid: string | null) => (uid ?? '').slice(-12);

if (process.env[CHILD] === undefined) {
  describe('corpus facts under each host time zone', () => {
    for (const zone of HOST_ZONES) {
      it(`hold with TZ=${zone}`, () => {
        // Without NODE_TEST_CONTEXT the child reports for itself instead of to this runner.
        const { NODE_TEST_CONTEXT: _parent, ...env } = process.env;
        const run = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', import.meta.filename], {
          env: { ...env, TZ: zone, [CHILD]: zone }, encoding: 'utf8', timeout: 300_000,
        });
        assert.equal(run.status, 0, `TZ=${zone}:\n${run.stdout}\n${run.stderr}`);
        assert.match(run.stdout, /pass [1-9]/);
        assert.match(run.stdout, /fail 0/);
      });
    }
  });
} else {
  describe(`corpus (TZ=${process.env[CHILD]})`, () => {
    it('runs in the asked host zone', () => {
      assert.equal(Intl.DateTimeFormat().resolvedOptions().timeZone, process.env[CHILD] === 'UTC' ? 'UTC' : process.env[CHILD]);
    });

    it('outlook16-teams-monthly-bysetpos: 22 second Wednesdays at 19:00Z, the Teams meetup-join link', () => {
      const { occurrences } = agendaOf('outlook16-teams-monthly-bysetpos.ics', '2022-01-01T00:00:00Z', '2025-01-01T00:00:00Z');
      assert.equal(occurrences.length, 22);
      assert.equal(occurrences[0]?.start, '2022-04-13T19:00:00Z');
      assert.equal(occurrences[1]?.start, '2022-05-11T19:00:00Z');
      assert.equal(occurrences[21]?.start, '2024-01-10T19:00:00Z');
      assert.deepEqual(starts(occurrences).filter((s) => s.startsWith('2023')).map((s) => s.slice(5, 10)),
        ['01-11', '02-08', '03-08', '04-12', '05-10', '06-14', '07-12', '08-09', '09-13', '10-11', '11-08', '12-13']);
      for (const o of occurrences) {
        assert.equal(Date.parse(o.end) - Date.parse(o.start), 3_600_000);
        assert.equal(o.provider, 'teams');
        assert.equal(o.url, 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGU5NWZjYTItOTFiZi00OWQyLWExYTItMWQ4ZWM0YzhlZTA4%40thread.v2/0?context=%7b%22Tid%22%3a%22f0bdbbf2-cd76-4967-8c4c-50a802746912%22%2c%22Oid%22%3a%2233e33123-f641-455f-8467-58a715c2da80%22%7d');
      }
    });

    it('exchange-teams-invite-fle: FLE Standard Time from the file, the link from X-MICROSOFT-SKYPETEAMSMEETINGURL', () => {
      const { occurrences, skipped } = agendaOf('exchange-teams-invite-fle.ics', '2020-12-01T00:00:00Z', '2020-12-04T00:00:00Z');
      assert.deepEqual(skipped, []);
      assert.equal(occurrences.length, 1);
      assert.equal(occurrences[0]?.start, '2020-12-02T17:00:00Z');
      assert.equal(occurrences[0]?.end, '2020-12-02T19:00:00Z');
      assert.equal(occurrences[0]?.provider, 'teams');
      assert.equal(occurrences[0]?.url, 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_MGU5NmI2ZGYtOWZmOC00Y2ZmLWJlOTItNjUxNjA5YjUyYTYy%40thread.v2/0?context=%7b%22Tid%22%3a%222fd0c1c5-18e1-40c4-9f0d-a0363ca80a3c%22%2c%22Oid%22%3a%2214464d09-ceb8-458c-a61c-717f1e5c66c5%22%7d');
    });

    it('google-meet-invite-folded-url: the Meet link split by a fold, not the view-event or example.com links', () => {
      const { occurrences } = agendaOf('google-meet-invite-folded-url.ics', '2021-03-22T00:00:00Z', '2021-03-23T00:00:00Z');
      assert.equal(occurrences.length, 1);
      const [o] = occurrences;
      assert.equal(o?.uid, '65m17hsdolmotv3kvmrtg40ont@google.com');
      assert.equal(o?.start, '2021-03-22T09:30:00Z');
      assert.equal(o?.end, '2021-03-22T10:30:00Z');
      assert.equal(o?.provider, 'google-meet');
      assert.equal(o?.url, 'https://meet.google.com/pyb-ndcu-hhc');
    });

    it('google-export-x-google-conference: the Meet link, not tel.meet; the quoted ";" does not break the parse', () => {
      const { occurrences, skipped } = agendaOf('google-export-x-google-conference.ics', '2022-03-01T00:00:00Z', '2022-03-02T00:00:00Z');
      assert.deepEqual(skipped, []);
      assert.equal(occurrences.length, 1);
      assert.equal(occurrences[0]?.start, '2022-03-01T17:00:00Z');
      assert.equal(occurrences[0]?.end, '2022-03-01T18:30:00Z');
      assert.equal(occurrences[0]?.provider, 'google-meet');
      assert.equal(occurrences[0]?.url, 'https://meet.google.com/xxx-xxxx-xxx');
    });

    it('zoom-location-biweekly-chicago: fortnightly in Chicago across both US DST changes, the Zoom link with pwd', () => {
      const spring = agendaOf('zoom-location-biweekly-chicago.ics', '2025-03-01T00:00:00Z', '2025-05-01T00:00:00Z').occurrences;
      assert.deepEqual(starts(spring), ['2025-03-11T23:00:00Z', '2025-03-25T23:00:00Z', '2025-04-08T23:00:00Z', '2025-04-22T23:00:00Z']);
      const autumn = agendaOf('zoom-location-biweekly-chicago.ics', '2025-10-15T00:00:00Z', '2025-11-20T00:00:00Z').occurrences;
      assert.deepEqual(starts(autumn), ['2025-10-21T23:00:00Z', '2025-11-05T00:00:00Z', '2025-11-19T00:00:00Z']);
      for (const o of [...spring, ...autumn]) {
        assert.equal(o.provider, 'zoom');
        assert.equal(o.url, 'https://uchicago.zoom.us/j/6603596916?pwd=Z1E5MDRWUSt2am5XbEt4dTFkNGx6QT09');
        assert.equal(Date.parse(o.end) - Date.parse(o.start), 30 * 60_000);
      }
    });

    it('exchange-owa-label-tzids-no-vtimezone: display labels mapped to Sydney and New York with the DST of the date', () => {
      const { occurrences, unresolvedZones } = agendaOf('exchange-owa-label-tzids-no-vtimezone.ics', '2020-10-01T00:00:00Z', '2020-11-03T00:00:00Z');
      assert.deepEqual(unresolvedZones, []);
      const pick = (summary: string) => of(occurrences, summary).map((o) => [o.start, o.end]);
      assert.deepEqual(pick(' TEST Syd'), [['2020-10-28T02:30:00Z', '2020-10-28T04:00:00Z']]);
      assert.deepEqual(pick(' TEST'), [['2020-10-28T17:30:00Z', '2020-10-28T19:00:00Z']]);
      assert.deepEqual(pick(' TEST 3'), [['2020-11-02T18:30:00Z', '2020-11-02T20:00:00Z']]);
      for (const o of occurrences) assert.equal(o.uid, null, 'no UID in the file: none invented');
      const series = of(agendaOf('exchange-owa-label-tzids-no-vtimezone.ics', '2020-11-03T00:00:00Z', '2021-09-01T00:00:00Z').occurrences, ' TEST2');
      assert.equal(series.length, 86);
      assert.equal(series[0]?.start, '2020-11-05T18:30:00Z');
      assert.equal(series[85]?.start, '2021-08-27T17:30:00Z');
      assert.ok(starts(series).includes('2021-03-18T17:30:00Z'));
      assert.ok(starts(series).includes('2021-03-12T18:30:00Z'));
    });

    it('exchange-owa-label-tzids-no-vtimezone: the four UID-less events stay four events', () => {
      const { occurrences, eventCount } = agendaOf('exchange-owa-label-tzids-no-vtimezone.ics', '2020-10-01T00:00:00Z', '2020-11-06T00:00:00Z');
      assert.equal(eventCount, 4);
      assert.equal(new Set(occurrences.map((o) => o.summary)).size, 4);
      assert.equal(occurrences.filter((o) => o.start === '2020-11-02T18:30:00Z').length >= 1, true);
    });

    it('exchange-windows-tzids-bluejeans: the malformed event is skipped and counted, the other 3 kept', () => {
      const { occurrences, skipped } = agendaOf('exchange-windows-tzids-bluejeans.ics', '2020-06-01T00:00:00Z', '2021-04-01T00:00:00Z');
      assert.deepEqual(skipped.map((s) => s.summary), ["Log Yesterday's Jira time"]);
      assert.deepEqual(of(occurrences, 'test').map((o) => [o.start, o.end]), [['2020-09-10T07:00:00Z', '2020-09-10T07:30:00Z']]);
      assert.deepEqual(of(occurrences, 'Not the actual summary 1').map((o) => [o.start, o.end]), [['2020-09-15T15:30:00Z', '2020-09-15T16:30:00Z']]);
      const series = of(occurrences, 'Not the actual summary either');
      assert.equal(series.length, 135);
      assert.ok(series.every((o) => lastChars(o.uid).endsWith('D709E7A37F')));
      assert.equal(series[0]?.start, '2020-07-07T19:00:00Z');
      assert.equal(series[134]?.start, '2021-03-09T20:00:00Z');
      assert.deepEqual(starts(series).filter((s) => s.startsWith('2020-07')),
        ['07', '09', '10', '12', '14', '16', '17', '19', '24', '26', '30', '31'].map((d) => `2020-07-${d}T19:00:00Z`));
      assert.ok(starts(series).includes('2020-10-30T19:00:00Z'));
      assert.ok(starts(series).includes('2020-11-01T20:00:00Z'));
      // BlueJeans is not one of the providers the product knows; it must not pass for Visio.
      assert.ok(series.every((o) => o.provider !== 'visio'));
    });

    it('exchange-custom-tz-quoted-commas: the quoted TZID finds the VTIMEZONE written with escaped commas', () => {
      const { occurrences, unresolvedZones } = agendaOf('exchange-custom-tz-quoted-commas.ics', '2019-04-29T00:00:00Z', '2019-05-02T00:00:00Z');
      assert.deepEqual(unresolvedZones, []);
      assert.deepEqual(occurrences.map((o) => [o.start, o.end]), [['2019-04-30T02:00:00Z', '2019-04-30T05:00:00Z']]);
    });

    it('exchange-tzone-custom-no-vtimezone: the unknown zone is reported, not guessed; odd durations do not crash', () => {
      const { occurrences, skipped, unresolvedZones } = agendaOf('exchange-tzone-custom-no-vtimezone.ics', '2021-03-20T00:00:00Z', '2021-04-05T00:00:00Z');
      assert.deepEqual(unresolvedZones, ['tzone://Microsoft/Custom']);
      assert.deepEqual(skipped.map((s) => [s.uid, s.reason]), [['1173422081SZR322', 'unknown-time-zone']]);
      assert.ok(occurrences.every((o) => o.uid !== '1173422081SZR322'));
      const timed = occurrences.find((o) => !o.allDay);
      assert.equal(timed?.start, '2021-04-01T19:30:00Z');
      assert.equal(timed?.end, '2021-04-01T19:30:00Z', 'neither DTEND nor DURATION: zero minutes');
      const allDay = occurrences.find((o) => o.allDay);
      assert.equal(allDay?.start, '2021-04-01');
    });

    it('exchange-allday-moved-datetime-recurrence-id: the DATE-TIME override moves 02-26 to 02-27', () => {
      const { occurrences } = agendaOf('exchange-allday-moved-datetime-recurrence-id.ics', '2026-02-16T00:00:00Z', '2026-03-08T00:00:00Z');
      assert.deepEqual(starts(occurrences), ['2026-02-19', '2026-02-24', '2026-02-27', '2026-03-03', '2026-03-05']);
      assert.ok(occurrences.every((o) => o.allDay && o.uid === 'exchange-moved-recurrence'));
    });

    it('quoted-label-tzid-no-vtimezone-exdate: EXDATEs matched by instant remove nothing; 4-hour instances', () => {
      const { occurrences } = agendaOf('quoted-label-tzid-no-vtimezone-exdate.ics', '2015-07-01T00:00:00Z', '2015-08-01T00:00:00Z');
      assert.deepEqual(starts(occurrences), ['06', '07', '08', '09', '10', '11', '12', '13', '14', '15'].map((d) => `2015-07-${d}T16:00:00Z`));
      for (const o of occurrences) assert.equal(Date.parse(o.end) - Date.parse(o.start), 4 * 3_600_000);
    });

    it('outlook-visio-agents-numeric-tzid: Europe/Paris without VTIMEZONE, TZID " 1", and no Visio link', () => {
      const { occurrences, unresolvedZones } = agendaOf('outlook-visio-agents-numeric-tzid.ics', '2023-12-01T00:00:00Z', '2024-02-01T00:00:00Z');
      assert.deepEqual(unresolvedZones, []);
      assert.deepEqual(of(occurrences, 'test export import').map((o) => [o.start, o.end]), [['2023-12-15T14:00:00Z', '2023-12-15T15:00:00Z']]);
      assert.deepEqual(of(occurrences, 'Atelier groupes portail/Nuage').map((o) => [o.start, o.end]), [['2024-01-08T10:00:00Z', '2024-01-08T11:00:00Z']]);
      assert.ok(occurrences.every((o) => o.provider !== 'visio'), 'visio-agents.education.fr is not La Suite Visio');
    });

    it('google-override-kiev-utc-until: the override before its master applies; UNTIL is inclusive', () => {
      const { occurrences } = agendaOf('google-override-kiev-utc-until.ics', '2016-08-01T00:00:00Z', '2016-09-01T00:00:00Z');
      assert.deepEqual(occurrences.map((o) => [o.start, o.summary]), [
        ['2016-08-25T11:00:00Z', 'repeated'], ['2016-08-26T11:00:00Z', 'bla bla'],
        ['2016-08-27T11:00:00Z', 'repeated'], ['2016-08-28T11:00:00Z', 'repeated'],
      ]);
    });

    it('duplicate-uid-sequence: the highest SEQUENCE wins, first or last in the file', () => {
      const { occurrences } = agendaOf('duplicate-uid-sequence.ics', '2024-01-01T00:00:00Z', '2024-02-01T00:00:00Z');
      assert.deepEqual(occurrences.map((o) => [o.uid, o.start, o.end, o.summary]), [
        ['duplicate-sequence-test@node-ical.test', '2024-01-15T10:00:00Z', '2024-01-15T11:00:00Z', 'Team Meeting (SEQUENCE 2)'],
        ['newer-wins-test@node-ical.test', '2024-01-20T14:00:00Z', '2024-01-20T15:00:00Z', 'Updated version (SEQUENCE 3) - should win'],
      ]);
    });

    it('large-file-with-late-error: the 400 good events survive the broken last one', () => {
      const { occurrences, skipped, eventCount } = agendaOf('large-file-with-late-error.ics', '1970-01-01T00:00:00Z', '2100-01-01T00:00:00Z');
      assert.equal(eventCount, 401);
      const uids = new Set(occurrences.map((o) => o.uid));
      for (let i = 1; i <= 400; i += 1) assert.ok(uids.has(`event${String(i).padStart(3, '0')}@example.com`), `event ${i}`);
      assert.ok(occurrences.every((o) => Date.parse(o.end) - Date.parse(o.start) === 3_600_000));
      assert.deepEqual(skipped.map((s) => s.uid), ['event_error@example.com']);
    });

    it('exchange-feed-202-events-overrides: the week of 2021-05-03, overrides kept within their own UID', () => {
      const P = '040000008200E00074C5B7101A82E008000000';
      const { occurrences, skipped } = agendaOf('exchange-feed-202-events-overrides.ics', '2021-05-03T00:00:00Z', '2021-05-10T00:00:00Z');
      assert.deepEqual(skipped, []);
      assert.deepEqual(occurrences.map((o) => [o.start, o.uid]), [
        ['2021-05-03T06:00:00Z', `${P}008066CF38CB4FD60100000000000000001000000086ECB3E47DBF2042BC8106FFE03932A1`],
        ['2021-05-03T07:30:00Z', `${P}0000206A16DAD9D6010000000000000000100000001AFCD5D7EE9B8248BE71BAEDF9400B00`],
        ['2021-05-04T07:00:00Z', `${P}00E07492D0233CD7010000000000000000100000000EB02B1FFE261940A07EC648C36CDC3F`],
        ['2021-05-04T08:00:00Z', `${P}00104F553CDAD9D601000000000000000010000000031402FAE835954CA796906AF9F30C9A`],
        ['2021-05-05T06:00:00Z', `${P}00202CA5469130D701000000000000000010000000698F951EC461694EBF863670656CF6DD`],
        ['2021-05-05T07:30:00Z', `${P}0000206A16DAD9D6010000000000000000100000001AFCD5D7EE9B8248BE71BAEDF9400B00`],
        ['2021-05-06', `${P}002012AC99C94FD601000000000000000010000000C5F95995E3800542923A3EE467BA1A6A`],
        ['2021-05-06T08:00:00Z', `${P}00104F553CDAD9D601000000000000000010000000031402FAE835954CA796906AF9F30C9A`],
        ['2021-05-07T07:00:00Z', `${P}00001B5219513BD7010000000000000000100000009A7E73BD1EA06C4FB2AE69D7D62EA19D`],
        ['2021-05-07T07:30:00Z', `${P}0000206A16DAD9D6010000000000000000100000001AFCD5D7EE9B8248BE71BAEDF9400B00`],
        ['2021-05-07T15:30:00Z', `${P}00F0D4E89593F5D6010000000000000000100000006F60537C3D81554B81DCF1FDC0016625`],
      ]);
      assert.equal(occurrences.find((o) => o.start === '2021-05-05T06:00:00Z')?.summary, 'Tentative');
      assert.equal(occurrences.find((o) => o.start === '2021-05-06')?.summary, 'Away');
    });

    it('exchange-feed-202-events-overrides: one weekly series, 16 instances, exactly one on 04-14 despite its midnight RECURRENCE-ID', () => {
      const uid = '040000008200E00074C5B7101A82E00800000000202CA5469130D701000000000000000010000000698F951EC461694EBF863670656CF6DD';
      const { occurrences } = agendaOf('exchange-feed-202-events-overrides.ics', '2021-04-01T00:00:00Z', '2021-08-15T00:00:00Z');
      const series = occurrences.filter((o) => o.uid === uid);
      assert.equal(series.length, 16);
      const days = ['04-14', '04-21', '04-28', '05-05', '05-12', '05-19', '05-26', '06-02', '06-09', '06-16', '06-23', '06-30', '07-07', '07-14', '07-21', '07-28'];
      assert.deepEqual(starts(series), days.map((d) => `2021-${d}T06:00:00Z`));
      assert.deepEqual(series.slice(1, 14).map((o) => o.summary), Array(13).fill('Tentative'));
      assert.deepEqual(series.slice(14).map((o) => o.summary), ['Free', 'Free']);
    });

    it('exchange-monthly-2we-exceptions-first: overrides listed before their master still apply', () => {
      const { occurrences } = agendaOf('exchange-monthly-2we-exceptions-first.ics', '2022-01-01T00:00:00Z', '2023-01-01T00:00:00Z');
      assert.deepEqual(occurrences.map((o) => [o.start, o.summary, o.provider]), [
        ['2022-03-09T18:00:00Z', 'Recurring Event - Exception 1', null],
        ['2022-04-13T14:30:00Z', 'Recurring Event - Exception 2', null],
        ['2022-05-11T17:00:00Z', 'Recurring Event', null],
        ['2022-06-08T17:00:00Z', 'Recurring Event', null],
        ['2022-07-13T17:00:00Z', 'Recurring Event', null],
        ['2022-08-10T17:00:00Z', 'Recurring Event', null],
        ['2022-09-14T17:00:00Z', 'Recurring Event', null],
      ]);
    });

    it('exchange-allday-weekly-datetime-exdate: the DATE-TIME EXDATE removes Friday 2021-04-30', () => {
      const { occurrences } = agendaOf('exchange-allday-weekly-datetime-exdate.ics', '2021-03-01T00:00:00Z', '2021-06-01T00:00:00Z');
      assert.deepEqual(occurrences.map((o) => [o.start, o.end]),
        ['03-19', '03-26', '04-02', '04-09', '04-16', '04-23'].map((d) => {
          const start = `2021-${d}`;
          return [start, new Date(Date.parse(start) + 2 * 86_400_000).toISOString().slice(0, 10)];
        }));
    });

    it('exchange-eastern-multi-exdate: three EXDATEs on one folded line, the DST change, UNTIL inclusive', () => {
      const { occurrences } = agendaOf('exchange-eastern-multi-exdate.ics', '2022-03-01T00:00:00Z', '2022-06-01T00:00:00Z');
      assert.deepEqual(starts(occurrences), ['2022-03-11T16:00:00Z', '2022-03-25T15:00:00Z', '2022-04-15T15:00:00Z', '2022-04-22T15:00:00Z', '2022-04-29T15:00:00Z']);
      for (const o of occurrences) assert.equal(Date.parse(o.end) - Date.parse(o.start), 30 * 60_000);
    });

    it('google-allday-first-occurrence-moved: the first instance moves from 10-11 to 10-12', () => {
      const { occurrences } = agendaOf('google-allday-first-occurrence-moved.ics', '2024-10-01T00:00:00Z', '2024-12-01T00:00:00Z');
      assert.deepEqual(starts(occurrences), ['2024-10-12', '2024-10-18', '2024-10-25', '2024-11-01', '2024-11-08']);
    });

    it('google-exdate-and-moved-instances-la: Los Angeles from IANA, one EXDATE, two moved instances', () => {
      const { occurrences } = agendaOf('google-exdate-and-moved-instances-la.ics', '2024-10-15T00:00:00Z', '2024-11-15T00:00:00Z');
      assert.deepEqual(occurrences.map((o) => [o.start, o.end]), [
        ['2024-10-22T21:30:00Z', '2024-10-22T22:30:00Z'],
        ['2024-10-26T21:30:00Z', '2024-10-26T22:30:00Z'],
        ['2024-10-27T21:30:00Z', '2024-10-27T22:30:00Z'],
      ]);
    });

    it('google-birthday-rdate: the orphan instances are standalone all-day events of their own UID', () => {
      const { occurrences } = agendaOf('google-birthday-rdate.ics', '2012-01-01T00:00:00Z', '2015-01-01T00:00:00Z');
      const orphans = occurrences.filter((o) => o.uid === 'BIRTHDAY_79d389868f96182e@google.com');
      assert.deepEqual(starts(orphans), ['2012-12-10', '2013-12-10', '2014-12-10']);
      assert.ok(orphans.every((o) => o.allDay));
      const master = occurrences.filter((o) => o.uid === '2014_BIRTHDAY_79d389868f96182e@google.com');
      assert.ok(starts(master).includes('2014-12-10'), 'the master keeps its own instance');
    });

    it('windows-calendar-utf16le-bom: decoded from UTF-16LE; Europe/Paris in winter', () => {
      const { occurrences } = agendaOf('windows-calendar-utf16le-bom.ics', '2009-12-01T00:00:00Z', '2010-01-01T00:00:00Z');
      assert.deepEqual(starts(of(occurrences, 'Daily Debug')), ['04', '05', '06', '07', '08', '09', '10'].map((d) => `2009-12-${d}T01:00:00Z`));
      assert.deepEqual(starts(of(occurrences, 'Weekly Debug')), ['2009-12-04T01:00:00Z']);
      assert.deepEqual(starts(of(occurrences, 'Weekly by 2times')), ['2009-12-04T01:00:00Z', '2009-12-11T01:00:00Z']);
      for (const o of occurrences) assert.equal(Date.parse(o.end) - Date.parse(o.start), 30 * 60_000);
    });

    it('bom-utf8-empty-calendar and lone-cr-fuzz-vtimezone: empty, without error', () => {
      for (const name of ['bom-utf8-empty-calendar.ics', 'lone-cr-fuzz-vtimezone.ics']) {
        const agenda = agendaOf(name, '2000-01-01T00:00:00Z', '2030-01-01T00:00:00Z');
        assert.deepEqual([agenda.occurrences.length, agenda.eventCount], [0, 0], name);
      }
    });

    it('apple-ical1-late-bad-rrule: the bad RRULE costs only its own event', () => {
      const { occurrences, skipped, eventCount } = agendaOf('apple-ical1-late-bad-rrule.ics', '1750-01-01T00:00:00Z', '2004-01-01T00:00:00Z');
      assert.equal(eventCount, 17);
      assert.deepEqual(skipped.map((s) => s.summary), ['Water Aloe Plant ']);
      // Every other UID of the file (two of them also have an override VEVENT: 16 VEVENTs, 14 UIDs).
      const text = new TextDecoder().decode(fixtureBytes('apple-ical1-late-bad-rrule.ics'));
      const blocks = text.split(/^BEGIN:VEVENT\r?$/m).slice(1).map((block) => block.split(/^END:VEVENT/m)[0] ?? '');
      const inFile = new Set(blocks.map((block) => /^UID:(.*?)\r?$/m.exec(block)?.[1]?.trim()));
      const vevents = blocks.length;
      inFile.delete('D9040425-RID');
      assert.equal(vevents, 17);
      assert.deepEqual(new Set(occurrences.map((o) => o.uid)), inFile);
    });

    it('evolution-schedule-bad-dtstart: the other 36 events are returned', () => {
      const { occurrences, eventCount } = agendaOf('evolution-schedule-bad-dtstart.ics', '2006-01-01T00:00:00Z', '2008-01-01T00:00:00Z');
      assert.equal(eventCount, 37);
      const kept = new Set(occurrences.map((o) => o.uid));
      assert.ok(kept.size >= 36, `${kept.size} events`);
      assert.equal(occurrences.filter((o) => o.allDay && o.summary !== 'Boston Summit 2006').length >= 36, true);
    });

    it('math-birthdays-1321-yearly: 1,317 birthdays in 2026, four on 09-17, Hollerith only in leap years', () => {
      const year = agendaOf('math-birthdays-1321-yearly.ics', '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z').occurrences;
      assert.equal(year.length, 1317);
      assert.deepEqual(year.filter((o) => o.start === '2026-09-17').map((o) => o.summary).sort(),
        ['1743 Marie-Jean-Antoine-Nicolas de Caritat', '1826 Bernhard Riemann', '1905 Hans Freudenthal', '1910 Marshall Hall'].sort());
      assert.ok(!year.some((o) => o.summary === '1860 Herman Hollerith'));
      const leap = agendaOf('math-birthdays-1321-yearly.ics', '2024-02-29T00:00:00Z', '2024-03-01T00:00:00Z').occurrences;
      assert.ok(leap.some((o) => o.summary === '1860 Herman Hollerith'));
      const first = agendaOf('math-birthdays-1321-yearly.ics', '2004-01-01T00:00:00Z', '2005-01-01T00:00:00Z').occurrences;
      assert.equal(first.length, 1315);
    });
  });
}
