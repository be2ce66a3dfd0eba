import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ICAL } from './ical.ts';
import { vtimezoneForRange } from './vtimezone.ts';
import { resolveZoneName } from './zone-names.ts';
import { offsetMsAt, wallTimeToEpochMs } from './zone-offsets.ts';

describe('resolveZoneName', () => {
  const cases: Array<[string, string | null]> = [
    ['Europe/Paris', 'Europe/Paris'],
    ['Romance Standard Time', 'Europe/Paris'],
    ['W. Europe Standard Time', 'Europe/Berlin'],
    ['(UTC+01:00) Brussels, Copenhagen, Madrid, Paris', 'Europe/Paris'],
    ['(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna', 'Europe/Berlin'],
    ['(GMT+10:00) Canberra, Melbourne, Sydney', 'Australia/Sydney'],
    ['(UTC-05:00) Eastern Time (US & Canada)', 'America/New_York'],
    ['"(UTC-05:00) Eastern Time (US and Canada)"', 'America/New_York'],
    ['(UTC+02:00) Helsinki, Kyiv, Riga, Sofia, Tallinn, Vilnius', resolveZoneName('FLE Standard Time')],
    ['(UTC+07:00) Bangkok, Hanoi, Jakarta', 'Asia/Bangkok'],
    ['Eastern Standard Time 1', 'America/New_York'],
    ['Pacific Time', 'America/Los_Angeles'],
    ['/softwarestudio.org/Olson_20011030_5/America/New_York', 'America/New_York'],
    ['tzone://Microsoft/Utc', 'UTC'],
    ['tzone://Microsoft/Custom', null],
    ['Customized Time Zone', null],
    [' 1', null],
    ['', null],
  ];
  for (const [name, zone] of cases) {
    it(`${JSON.stringify(name)} → ${zone}`, () => assert.equal(resolveZoneName(name), zone));
  }
  it('maps FLE Standard Time to a zone with Helsinki\'s offsets', () => {
    const zone = resolveZoneName('FLE Standard Time');
    assert.ok(zone);
    for (const day of [Date.UTC(2024, 0, 15), Date.UTC(2024, 6, 15)]) assert.equal(offsetMsAt(zone, day), offsetMsAt('Europe/Helsinki', day));
  });
});

describe('wallTimeToEpochMs', () => {
  it('reads a time skipped by spring-forward with the offset from before (RFC 5545)', () => {
    assert.equal(new Date(wallTimeToEpochMs('Europe/Paris', { year: 2027, month: 3, day: 28, hour: 2, minute: 30, second: 0 })).toISOString(), '2027-03-28T01:30:00.000Z');
  });
  it('reads a repeated autumn time as its first occurrence', () => {
    assert.equal(new Date(wallTimeToEpochMs('Europe/Paris', { year: 2027, month: 10, day: 31, hour: 2, minute: 30, second: 0 })).toISOString(), '2027-10-31T00:30:00.000Z');
  });
  it('handles half-hour zones and the southern hemisphere', () => {
    assert.equal(new Date(wallTimeToEpochMs('Asia/Kolkata', { year: 2027, month: 1, day: 15, hour: 10, minute: 0, second: 0 })).toISOString(), '2027-01-15T04:30:00.000Z');
    assert.equal(new Date(wallTimeToEpochMs('Australia/Sydney', { year: 2027, month: 1, day: 15, hour: 10, minute: 0, second: 0 })).toISOString(), '2027-01-14T23:00:00.000Z');
  });
});

describe('vtimezoneForRange', () => {
  for (const zone of ['Europe/Paris', 'America/New_York', 'Asia/Kolkata', 'Australia/Sydney', 'America/Sao_Paulo', 'UTC']) {
    it(`gives ical.js ${zone}'s offsets for every week of 2015-2030`, () => {
      const calendar = new ICAL.Component(['vcalendar', [], [ICAL.parse(vtimezoneForRange('Z', zone, 2015, 2030).join('\r\n'))]] as unknown as unknown[]);
      const timezone = calendar.getTimeZoneByID('Z');
      assert.ok(timezone);
      for (let ms = Date.UTC(2015, 0, 3, 12); ms < Date.UTC(2030, 11, 20); ms += 7 * 86_400_000) {
        const expected = offsetMsAt(zone, ms);
        const wall = new Date(ms + expected);
        const time = ICAL.Time.fromData({
          year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate(),
          hour: wall.getUTCHours(), minute: wall.getUTCMinutes(), second: 0,
        }, timezone);
        assert.equal(time.toUnixTime() * 1000, ms, `${zone} at ${new Date(ms).toISOString()}`);
      }
    });
  }
});
