import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CliIo } from '../command.ts';
import { main } from '../main.ts';

const FIXTURES = join(import.meta.dirname, '../../core/ical/fixtures');
const fixture = (name: string) => join(FIXTURES, name);

async function run(args: string[], stdin: Uint8Array = new Uint8Array()): Promise<{ code: number; lines: Array<Record<string, unknown>>; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { stdout: (text) => { out += text; }, stderr: (text) => { err += text; }, readStdin: async () => Buffer.from(stdin).toString('utf8'), readStdinBytes: async () => stdin };
  const code = await main(args, io);
  const lines = out.split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as Record<string, unknown>);
  return { code, lines, err };
}

describe('visio agenda FILE', () => {
  it('prints one JSON line per occurrence starting in the window, sorted, with the link and its provider', async () => {
    const { code, lines, err } = await run(['agenda', fixture('zoom-location-biweekly-chicago.ics'), '--from', '2025-03-01T00:00Z', '--days', '61', '--tz', 'Europe/Paris']);
    assert.equal(code, 0, err);
    assert.deepEqual(lines.map((l) => l['start']), ['2025-03-11T23:00:00Z', '2025-03-25T23:00:00Z', '2025-04-08T23:00:00Z', '2025-04-22T23:00:00Z']);
    assert.deepEqual(Object.keys(lines[0] ?? {}).slice(0, 6), ['start', 'end', 'uid', 'summary', 'provider', 'url']);
    assert.equal(lines[0]?.['provider'], 'zoom');
    assert.equal(lines[0]?.['end'], '2025-03-11T23:30:00Z');
  });

  it('lists events without a link too, with provider null, and the default window is 14 days', async () => {
    const { lines } = await run(['agenda', fixture('exchange-eastern-multi-exdate.ics'), '--from', '2022-03-10T00:00Z']);
    assert.deepEqual(lines.map((l) => [l['start'], l['provider'], l['url']]), [['2022-03-11T16:00:00Z', null, null]]);
  });

  it('reports skipped events and unknown zones on standard error, keeps the others', async () => {
    const { code, lines, err } = await run(['agenda', fixture('exchange-tzone-custom-no-vtimezone.ics'), '--from', '2021-03-20T00:00Z', '--days', '20', '--tz', 'UTC']);
    assert.equal(code, 0);
    assert.equal(lines.length, 2);
    assert.match(err, /skipped 1173422081SZR322 .*unknown-time-zone/);
    assert.match(err, /unknown time zone: "tzone:\/\/Microsoft\/Custom"/);
  });

  it('reads --from without a zone in --tz', async () => {
    const { lines } = await run(['agenda', fixture('outlook-visio-agents-numeric-tzid.ics'), '--from', '2023-12-15T15:30', '--days', '1', '--tz', 'Europe/Paris']);
    assert.deepEqual(lines, [], '15:30 in Paris is 14:30Z, after the 14:00Z meeting');
    const earlier = await run(['agenda', fixture('outlook-visio-agents-numeric-tzid.ics'), '--from', '2023-12-15T14:30', '--days', '1', '--tz', 'Europe/Paris']);
    assert.deepEqual(earlier.lines.map((l) => l['start']), ['2023-12-15T14:00:00Z']);
  });

  for (const [what, args] of [
    ['no source', ['agenda']],
    ['a bad --from', ['agenda', 'x.ics', '--from', 'tomorrow']],
    ['a bad --days', ['agenda', 'x.ics', '--days', '-3']],
    ['an unknown --tz', ['agenda', 'x.ics', '--tz', 'Moon/Base']],
    ['a missing file', ['agenda', join(FIXTURES, 'no-such.ics')]],
    ['a plain http feed address', ['agenda', 'http://calendar.example.org/secret.ics']],
  ] as const) {
    it(`exits 2 with one line for ${what}`, async () => {
      const { code, err, lines } = await run([...args]);
      assert.equal(code, 2);
      assert.equal(lines.length, 0);
      assert.equal(err.trimEnd().split('\n').length, 1, err);
    });
  }
});

describe('visio agenda: sources', () => {
  let dir = '';
  before(async () => { dir = await mkdtemp(join(tmpdir(), 'visio-agenda-')); });
  after(async () => { await rm(dir, { recursive: true, force: true }); });

  it('reads standard input for -, like detect', async () => {
    const { code, lines, err } = await run(['agenda', '-', '--from', '2025-03-01T00:00Z', '--days', '20', '--tz', 'UTC'], readFileSync(fixture('zoom-location-biweekly-chicago.ics')));
    assert.equal(code, 0, err);
    assert.deepEqual(lines.map((l) => l['start']), ['2025-03-11T23:00:00Z']);
  });

  for (const source of ['ftp://calendar.example.org/team.ics', 'file:///etc/passwd', 'FILE:///tmp/x.ics']) {
    it(`refuses ${source}: only https, webcal or a path (exit 2, one line)`, async () => {
      const { code, err, lines } = await run(['agenda', source]);
      assert.equal(code, 2);
      assert.equal(lines.length, 0);
      assert.equal(err, 'visio agenda: only https://, webcal:// addresses or a file path are supported\n');
    });
  }

  const notCalendars: Array<[string, Uint8Array]> = [
    ['a binary file', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0xff, 0xfe, 0x00])],
    ['a plain-text file', Buffer.from('Réunion lundi 10h, salle 4.12\nBEGIN:VEVENT is not enough\n')],
    ['an empty file', new Uint8Array()],
  ];
  for (const [what, content] of notCalendars) {
    it(`says "not an iCalendar file" for ${what}, exit 1`, async () => {
      const file = join(dir, 'not-a-calendar.bin');
      await writeFile(file, content);
      const { code, err, lines } = await run(['agenda', file]);
      assert.equal(code, 1);
      assert.equal(lines.length, 0);
      assert.equal(err, `visio agenda: ${file}: not an iCalendar file\n`);
    });
  }

  it('an iCalendar file with nothing in the window lists nothing and succeeds', async () => {
    const file = join(dir, 'empty.ics');
    await writeFile(file, 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\nEND:VCALENDAR\r\n');
    assert.deepEqual(await run(['agenda', file]), { code: 0, lines: [], err: '' });
  });
});

describe('visio agenda URL', () => {
  let server: Server;
  let base = '';
  const feed = readFileSync(fixture('exchange-monthly-2we-exceptions-first.ics'));
  before(async () => {
    server = createServer((request, response) => {
      const path = request.url ?? '/';
      if (path === '/feed.ics') { response.writeHead(200, { 'content-type': 'text/calendar' }); response.end(feed); return; }
      if (path === '/revoked.ics') { response.writeHead(403); response.end('Forbidden'); return; }
      if (path === '/error-page.ics') { response.writeHead(200, { 'content-type': 'text/html' }); response.end('<!DOCTYPE html><html><body>Something went wrong</body></html>'); return; }
      if (path === '/moved.ics') { response.writeHead(302, { location: '/login?next=/feed.ics' }); response.end(); return; }
      if (path.startsWith('/login')) { response.writeHead(200, { 'content-type': 'text/html' }); response.end('<html><form><input type="password"></form></html>'); return; }
      if (path === '/empty.ics') { response.writeHead(200, { 'content-type': 'text/calendar' }); response.end(''); return; }
      if (path === '/slow.ics') { setTimeout(() => { response.writeHead(200); response.end(feed); }, 3000); return; }
      response.writeHead(404); response.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => { server.closeAllConnections(); await new Promise((resolve) => server.close(resolve)); });

  it('fetches a feed and lists its occurrences', async () => {
    const { code, lines } = await run(['agenda', `${base}/feed.ics`, '--from', '2022-03-01T00:00Z', '--days', '60', '--tz', 'UTC']);
    assert.equal(code, 0);
    assert.deepEqual(lines.map((l) => [l['start'], l['summary']]), [
      ['2022-03-09T18:00:00Z', 'Recurring Event - Exception 1'], ['2022-04-13T14:30:00Z', 'Recurring Event - Exception 2'],
    ]);
  });

  for (const [path, message] of [
    ['/revoked.ics', /refuses access|refuse l'accès/],
    ['/error-page.ics', /web page|page web/],
    ['/moved.ics', /sign-in|connexion/],
    ['/empty.ics', /empty|vide/],
  ] as const) {
    it(`says why ${path} is not a calendar, without printing the secret address`, async () => {
      const { code, err, lines } = await run(['agenda', `${base}${path}`, '--days', '7']);
      assert.equal(code, 1);
      assert.equal(lines.length, 0);
      assert.match(err, message);
      assert.doesNotMatch(err, new RegExp(path.replace('.', '\\.')));
    });
  }

  it('gives up on a server slower than --timeout', async () => {
    const { code, err } = await run(['agenda', `${base}/slow.ics`, '--timeout', '0.5']);
    assert.equal(code, 1);
    assert.match(err, /in time|à temps/);
  });
});
