import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import type { CliIo } from '../command.ts';
import { main } from '../main.ts';

const root = join(import.meta.dirname, '../../..');
const fixtures = join(root, 'shared/core/meeting/fixtures');

async function run(args: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { stdout: (text) => { out += text; }, stderr: (text) => { err += text; }, readStdin: async () => stdin };
  const code = await main(args, io);
  return { code, out, err };
}

const lines = (out: string) => out.split('\n').filter(Boolean).map((line) => JSON.parse(line) as unknown);

describe('visio detect', () => {
  let dir = '';
  before(async () => { dir = await mkdtemp(join(tmpdir(), 'visio-detect-')); });
  after(async () => { await rm(dir, { recursive: true, force: true }); });

  const body = 'Zoom : https://zoom.us/j/123456789 ou Visio : <https://visio.numerique.gouv.fr/ABC-DEFG-HIJ?from=outlook-addin>.';

  it('reads standard input (no file, or -) and prints JSON lines, Visio first', async () => {
    for (const args of [['detect'], ['detect', '-']]) {
      const result = await run(args, body);
      assert.equal(result.code, 0);
      assert.deepEqual(lines(result.out), [
        { provider: 'visio', url: 'https://visio.numerique.gouv.fr/abc-defg-hij' },
        { provider: 'zoom', url: 'https://zoom.us/j/123456789' },
      ]);
    }
  });

  it('reads an .ics file', async () => {
    const result = await run(['detect', join(fixtures, 'outlook16-teams-monthly-bysetpos.ics')]);
    assert.equal(result.code, 0);
    const found = lines(result.out) as Array<{ provider: string; url: string }>;
    assert.equal(found.length, 1);
    assert.equal(found[0]?.provider, 'teams');
    assert.match(found[0]?.url ?? '', /^https:\/\/teams\.microsoft\.com\/l\/meetup-join\/19%3ameeting_ZGU5/);
  });

  const emlFixtures = join(root, 'shared/cli/fixtures');
  for (const [name, expected] of [
    ['qp-html.eml', [{ provider: 'visio', url: 'https://visio.numerique.gouv.fr/qpe-mlqp-abc' }]],
    ['b64-alternative.eml', [
      { provider: 'visio', url: 'https://visio.numerique.gouv.fr/bsf-ourt-xyz' },
      { provider: 'zoom', url: 'https://zoom.us/j/98765432100' },
    ]],
    ['mixed-ics-attachment.eml', [{ provider: 'visio', url: 'https://visio.numerique.gouv.fr/ics-attc-hed' }]],
  ] as const) {
    it(`reads a saved mail: ${name} (parts decoded, each link once)`, async () => {
      const result = await run(['detect', join(emlFixtures, name)]);
      assert.equal(result.code, 0, result.err);
      assert.deepEqual(lines(result.out), expected);
    });
  }

  it('reads a saved mail on standard input too', async () => {
    const eml = readFileSync(join(emlFixtures, 'qp-html.eml'));
    let out = '';
    const code = await main(['detect', '-'], { stdout: (t) => { out += t; }, stderr: () => undefined, readStdin: async () => eml.toString('utf8'), readStdinBytes: async () => eml });
    assert.equal(code, 0);
    assert.deepEqual(lines(out), [{ provider: 'visio', url: 'https://visio.numerique.gouv.fr/qpe-mlqp-abc' }]);
  });

  it('reads a UTF-16 file with a byte-order mark (Windows exports)', async () => {
    const file = join(dir, 'utf16.html');
    await writeFile(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`<a href="https://visio.numerique.gouv.fr/abc-defg-hij">Réunion</a>`, 'utf16le')]));
    assert.deepEqual(lines((await run(['detect', file])).out), [{ provider: 'visio', url: 'https://visio.numerique.gouv.fr/abc-defg-hij' }]);
  });

  it("counts the profile's instances as Visio", async () => {
    const profile = join(dir, 'anct.json');
    await writeFile(profile, JSON.stringify({ instanceUrl: 'visio.suite.anct.gouv.fr' }));
    const text = 'https://visio.numerique.gouv.fr/abc-defg-hij https://visio.suite.anct.gouv.fr/xyz-abcd-efg';
    assert.deepEqual(lines((await run(['detect', '--profile', profile], text)).out), [{ provider: 'visio', url: 'https://visio.suite.anct.gouv.fr/xyz-abcd-efg' }]);
  });

  it('prints nothing and succeeds when there is no link', async () => {
    assert.deepEqual(await run(['detect'], 'Réunion en salle 4.12'), { code: 0, out: '', err: '' });
  });

  it('bad arguments: one line, exit code 2', async () => {
    for (const [args, message] of [
      [['detect', 'a.ics', 'b.ics'], /unexpected argument "b\.ics"/],
      [['detect', join(dir, 'missing.ics')], /cannot read .*missing\.ics \(ENOENT\)/],
      [['detect', dir], /cannot read .* \(EISDIR\)/],
      [['detect', '--format', 'ics'], /unknown option --format/],
    ] as const) {
      const result = await run([...args]);
      assert.equal(result.code, 2, args.join(' '));
      assert.match(result.err, message);
      assert.equal(result.err.trim().split('\n').length, 1);
    }
  });

  it('works as a real process on standard input', async () => {
    const child = promisify(execFile)(process.execPath, [join(root, 'bin/visio.mjs'), 'detect', '-'], { cwd: root });
    child.child.stdin?.end(body);
    const { stdout } = await child;
    assert.deepEqual(lines(stdout)[0], { provider: 'visio', url: 'https://visio.numerique.gouv.fr/abc-defg-hij' });
  });

  it('works as a real process on a file', async () => {
    const file = join(dir, 'invite.txt');
    await writeFile(file, body);
    const { stdout } = await promisify(execFile)(process.execPath, [join(root, 'bin/visio.mjs'), 'detect', file], { cwd: root });
    assert.deepEqual(lines(stdout), [
      { provider: 'visio', url: 'https://visio.numerique.gouv.fr/abc-defg-hij' },
      { provider: 'zoom', url: 'https://zoom.us/j/123456789' },
    ]);
  });
});
