import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ICAL } from '../../core/ical/ical.ts';
import { MAX_DURATION_MINUTES, MIN_DURATION_MINUTES } from '../../core/meeting/duration.ts';
import { DEFAULT_PROFILE } from '../../core/profile/default-profile.ts';
import type { CliIo } from '../command.ts';
import { main } from '../main.ts';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { stdout: (text) => { out += text; }, stderr: (text) => { err += text; }, readStdin: async () => '' };
  const code = await main(args, io);
  return { code, out, err };
}

function readEvent(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown as unknown[]);
  const event = calendar.getFirstSubcomponent('vevent');
  assert.ok(event);
  return new ICAL.Event(event, { exceptions: [] });
}

const ROOM = /^https:\/\/visio\.numerique\.gouv\.fr\/[a-z]{3}-[a-z]{4}-[a-z]{3}$/;

describe('visio ics', () => {
  let dir = '';
  before(async () => { dir = await mkdtemp(join(tmpdir(), 'visio-ics-')); });
  after(async () => { await rm(dir, { recursive: true, force: true }); });

  it('prints an event at the asked local time with a new Visio room in LOCATION and the French invitation', async () => {
    const { code, out, err } = await run(['ics', '--title', 'Comité', '--start', '2027-01-15T10:00', '--duration', '90', '--tz', 'Europe/Paris']);
    assert.equal(code, 0, err);
    assert.match(out, /\r\nDTSTART;TZID=Europe\/Paris:20270115T100000\r\n/);
    const event = readEvent(out);
    assert.equal(event.summary, 'Comité');
    assert.equal(event.startDate.toJSDate().toISOString(), '2027-01-15T09:00:00.000Z');
    assert.equal(event.endDate.toJSDate().toISOString(), '2027-01-15T10:30:00.000Z');
    assert.match(event.location, ROOM);
    assert.ok(event.description.includes(event.location), 'the invitation holds the same link');
    assert.match(event.description, /réunion|Rejoindre/i);
  });

  it('writes the file given with --out and words the invitation in --lang', async () => {
    const file = join(dir, 'meeting.ics');
    const { code, out } = await run(['ics', '--title', 'Standup', '--start', '2027-07-01T09:30', '--duration', '15', '--tz', 'America/New_York', '--lang', 'en', '--out', file]);
    assert.equal(code, 0);
    assert.equal(out, '');
    const event = readEvent(await readFile(file, 'utf8'));
    assert.equal(event.startDate.toJSDate().toISOString(), '2027-07-01T13:30:00.000Z');
    assert.match(event.description, /Join/);
  });

  it('offers no tel: CONFERENCE for a client-made room, even with a dial-in number (no PIN, no way in by phone)', async () => {
    const profileFile = join(dir, 'profile.json');
    await writeFile(profileFile, JSON.stringify({ ...DEFAULT_PROFILE, dialInNumber: '+33 1 84 88 00 00' }));
    const { code, out, err } = await run(['ics', '--title', 'T', '--start', '2027-01-15T10:00', '--duration', '60', '--tz', 'UTC', '--profile', profileFile]);
    assert.equal(code, 0, err);
    assert.match(out, /\r\nCONFERENCE;FEATURE=AUDIO,VIDEO;/);
    assert.doesNotMatch(out.replace(/\r\n /g, ''), /tel:/);
  });

  const bad: Array<[string, string[], RegExp]> = [
    ['no title', ['--start', '2027-01-15T10:00', '--duration', '60'], /--title/],
    ['a start that is not a date', ['--title', 'T', '--start', 'demain', '--duration', '60'], /--start/],
    ['31 February', ['--title', 'T', '--start', '2027-02-31T10:00', '--duration', '60'], /--start/],
    ['a duration in hours', ['--title', 'T', '--start', '2027-01-15T10:00', '--duration', '1h'], /--duration/],
    ['no duration', ['--title', 'T', '--start', '2027-01-15T10:00'], /--duration/],
    ['an unknown zone', ['--title', 'T', '--start', '2027-01-15T10:00', '--duration', '60', '--tz', 'Europe/Atlantis'], /--tz/],
    ['a time skipped by the DST change', ['--title', 'T', '--start', '2027-03-28T02:30', '--duration', '60', '--tz', 'Europe/Paris'], /does not exist/],
    ['an unknown language', ['--title', 'T', '--start', '2027-01-15T10:00', '--duration', '60', '--lang', 'es'], /--lang/],
    ['an unknown option', ['--title', 'T', '--start', '2027-01-15T10:00', '--duration', '60', '--colour'], /colour/],
    ['a negative duration', ['--title', 'T', '--start', '2027-01-15T10:00', '--duration', '-5'], /^visio ics: --duration needs a number of minutes, got -5$/],
    ['a negative duration after =', ['--title', 'T', '--start', '2027-01-15T10:00', '--duration=-5'], /^visio ics: --duration needs a number of minutes, got -5$/],
    ['a second --title', ['--title', 'A', '--start', '2027-01-15T10:00', '--duration', '60', '--title', 'B'], /^visio ics: --title is given twice$/],
    ['a title without its value', ['--title', '--start', '2027-01-15T10:00', '--duration', '60'], /^visio ics: --title needs a value$/],
  ];
  for (const [what, args, message] of bad) {
    it(`refuses ${what} with one line and exit code 2`, async () => {
      const { code, out, err } = await run(['ics', ...args]);
      assert.equal(code, 2);
      assert.equal(out, '');
      assert.match(err.trimEnd(), message);
      assert.equal(err.trimEnd().split('\n').length, 1);
    });
  }

  it("keeps to the core's duration limits, the popup's and the task pane's", async () => {
    const args = (minutes: number) => ['ics', '--title', 'T', '--start', '2027-01-15T10:00', '--tz', 'UTC', '--duration', String(minutes)];
    for (const minutes of [MIN_DURATION_MINUTES, MAX_DURATION_MINUTES]) {
      const { code, err } = await run(args(minutes));
      assert.equal(code, 0, `${minutes}: ${err}`);
    }
    for (const minutes of [MIN_DURATION_MINUTES - 1, MAX_DURATION_MINUTES + 1]) {
      const { code, out, err } = await run(args(minutes));
      assert.equal(code, 2, String(minutes));
      assert.equal(out, '');
      assert.equal(err.trimEnd().split('\n').length, 1);
      assert.match(err, new RegExp(`^visio ics: --duration ${minutes}: .*\\b${MIN_DURATION_MINUTES}\\b.*\\b${MAX_DURATION_MINUTES}\\b`, 'm'));
    }
  });
});

