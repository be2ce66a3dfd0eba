import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import type { CliIo } from '../command.ts';
import { main } from '../main.ts';

const root = join(import.meta.dirname, '../../..');

async function run(args: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { stdout: (text) => { out += text; }, stderr: (text) => { err += text; }, readStdin: async () => stdin };
  const code = await main(args, io);
  return { code, out, err };
}

describe('visio link', () => {
  let dir = '';
  before(async () => { dir = await mkdtemp(join(tmpdir(), 'visio-link-')); });
  after(async () => { await rm(dir, { recursive: true, force: true }); });

  it('prints one new Visio room link on the default profile', async () => {
    const first = await run(['link']);
    const second = await run(['link']);
    assert.equal(first.code, 0);
    assert.equal(first.err, '');
    assert.match(first.out, /^https:\/\/visio\.numerique\.gouv\.fr\/[a-z]{3}-[a-z]{4}-[a-z]{3}\n$/);
    assert.notEqual(first.out, second.out);
  });

  it("uses the organisation's instance from --profile, port and prefix kept", async () => {
    const profile = join(dir, 'ministere.json');
    await writeFile(profile, JSON.stringify({ instanceUrl: 'outils.ministere.example:8443/visio/' }));
    const result = await run(['link', '--profile', profile]);
    assert.equal(result.code, 0);
    assert.match(result.out, /^https:\/\/outils\.ministere\.example:8443\/visio\/[a-z]{3}-[a-z]{4}-[a-z]{3}\n$/);
    const joined = await run(['link', `--profile=${profile}`]);
    assert.match(joined.out, /^https:\/\/outils\.ministere\.example:8443\/visio\//);
  });

  it('refuses a bad profile with one line and exit code 2', async () => {
    const bad = join(dir, 'bad.json');
    await writeFile(bad, JSON.stringify({ instanceUrl: 'http://visio.ministere.example', placement: 'nowhere' }));
    const result = await run(['link', '--profile', bad]);
    assert.equal(result.code, 2);
    assert.equal(result.out, '');
    assert.equal(result.err.split('\n').filter(Boolean).length, 1);
    assert.match(result.err, /^visio link: invalid profile .*bad\.json: instanceUrl: .*https.*placement: /);
  });

  it('says what is wrong with other arguments, exit code 2', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['link', '--profile'], /--profile/],
      [['link', '--profile', join(dir, 'missing.json')], /cannot read profile .*missing\.json \(ENOENT\)/],
      [['link', '--lang', 'fr'], /unknown option --lang/],
      [['link', 'extra'], /[Uu]nexpected argument .extra./],
    ];
    for (const [args, message] of cases) {
      const result = await run(args);
      assert.equal(result.code, 2, args.join(' '));
      assert.match(result.err, message);
      assert.equal(result.err.trim().split('\n').length, 1);
    }
    const notJson = join(dir, 'not.json');
    await writeFile(notJson, '{ instanceUrl: visio }');
    assert.match((await run(['link', '--profile', notJson])).err, /not valid JSON/);
  });

  it('works as a real process: node bin/visio.mjs link', async () => {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [join(root, 'bin/visio.mjs'), 'link'], { cwd: root });
    assert.match(stdout, /^https:\/\/visio\.numerique\.gouv\.fr\/[a-z]{3}-[a-z]{4}-[a-z]{3}\n$/);
    assert.equal(stderr, '');
  });

  it('exits with 2 as a real process on a bad argument', async () => {
    const child = promisify(execFile)(process.execPath, [join(root, 'bin/visio.mjs'), 'link', '--nope'], { cwd: root });
    await assert.rejects(child, (error: { code?: number; stderr?: string }) => error.code === 2 && /--nope/.test(error.stderr ?? ''));
  });
});
