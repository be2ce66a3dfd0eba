import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { JSDOM } from 'jsdom';
import { main } from '../main.ts';

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(['invite', ...argv], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), readStdin: async () => '' });
  return { code, stdout, stderr };
}

const ROOM = /https:\/\/visio\.numerique\.gouv\.fr\/[a-z]{3}-[a-z]{4}-[a-z]{3}/g;

describe('visio invite', () => {
  it('prints a French invitation with a new room by default', async () => {
    const { code, stdout } = await run();
    assert.equal(code, 0);
    assert.match(stdout, /^Rejoindre la réunion Visio\u00a0:$/m);
    assert.equal(stdout.match(ROOM)?.length, 1);
  });

  it('prints it in the language asked, a new room each time', async () => {
    const de = await run('--lang', 'de');
    assert.match(de.stdout, /An der Visio-Besprechung teilnehmen:/);
    const again = await run('--lang', 'de');
    assert.notEqual(de.stdout.match(ROOM)?.[0], again.stdout.match(ROOM)?.[0]);
  });

  it('--html prints HTML whose link is the room', async () => {
    const { code, stdout } = await run('--html', '--lang', 'nl');
    assert.equal(code, 0);
    const links = [...JSDOM.fragment(stdout).querySelectorAll('a')];
    assert.equal(links.length, 1);
    assert.match(links[0]?.getAttribute('href') ?? '', ROOM);
    assert.match(stdout, /Deelnemen aan de Visio-vergadering/);
  });

  it("uses the profile's instance, dial-in-free wording and notice", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'visio-invite-'));
    const file = join(dir, 'profile.json');
    await writeFile(file, JSON.stringify({ instanceUrl: 'https://visio.example.fr:8443/meet', appName: 'Webconf', languages: ['en'], notice: { en: 'Recorded.' } }));
    const { code, stdout, stderr } = await run('--profile', file, '--lang', 'en');
    assert.equal(code, 0, stderr);
    assert.match(stdout, /Join the Webconf meeting:\nhttps:\/\/visio\.example\.fr:8443\/meet\/[a-z]{3}-[a-z]{4}-[a-z]{3}\n/);
    assert.match(stdout, /^Recorded\.$/m);
  });

  it('bad arguments: one line and exit code 2', async () => {
    for (const args of [['--lang', 'es'], ['--lang'], ['--color'], ['extra'], ['--profile', '/nonexistent/profile.json']]) {
      const { code, stdout, stderr } = await run(...args);
      assert.equal(code, 2, args.join(' '));
      assert.equal(stdout, '');
      assert.equal(stderr.trim().split('\n').length, 1, stderr);
    }
  });
});
