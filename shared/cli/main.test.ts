import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CliIo } from './command.ts';
import { main } from './main.ts';

const COMMANDS = ['link', 'invite', 'ics', 'detect', 'agenda'];

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { stdout: (text) => { out += text; }, stderr: (text) => { err += text; }, readStdin: async () => '' };
  const code = await main(args, io);
  return { code, out, err };
}

describe('visio COMMAND --help', () => {
  for (const name of COMMANDS) {
    for (const flag of ['--help', '-h']) {
      it(`visio ${name} ${flag} prints its usage and exits 0`, async () => {
        const { code, out, err } = await run([name, flag]);
        assert.equal(code, 0, err);
        assert.equal(err, '');
        assert.match(out, new RegExp(`^Usage: visio ${name}\\b`, 'm'));
      });
    }
  }
  it('visio help COMMAND is the same as visio COMMAND --help', async () => {
    assert.deepEqual(await run(['help', 'agenda']), await run(['agenda', '--help']));
    assert.match((await run(['help', 'agenda'])).out, /^Usage: visio agenda FILE\|URL\|- /m);
  });
  it('help wins over other arguments, even wrong ones', async () => {
    const { code, out } = await run(['ics', '--title', 'T', '--nope', '--help']);
    assert.equal(code, 0);
    assert.match(out, /^Usage: visio ics --title/m);
  });
});

describe('visio without a command', () => {
  it('says so in one line on standard error, exit 2', async () => {
    const { code, out, err } = await run([]);
    assert.equal(code, 2);
    assert.equal(out, '');
    assert.equal(err, 'visio: missing command (try: link, invite, ics, detect, agenda; visio --help)\n');
  });
  it('visio --help prints the full usage, every command, exit 0', async () => {
    for (const flag of ['--help', '-h', 'help']) {
      const { code, out, err } = await run([flag]);
      assert.equal(code, 0);
      assert.equal(err, '');
      for (const name of COMMANDS) assert.match(out, new RegExp(`^  visio ${name}\\b`, 'm'), `${flag}: ${name}`);
    }
  });
  it('an unknown command: one line, exit 2', async () => {
    const { code, err } = await run(['meet']);
    assert.equal(code, 2);
    assert.equal(err.trimEnd().split('\n').length, 1);
    assert.match(err, /unknown command "meet"/);
  });
});

describe('messages stay on one line', () => {
  it('a value with a newline or a terminal escape is quoted on one line', async () => {
    const start = await run(['ics', '--title', 'T', '--start', '2027-01-15\nT10:00\u001b[2J', '--duration', '60']);
    assert.equal(start.code, 2);
    assert.equal(start.err.split('\n').length, 2, start.err);
    assert.doesNotMatch(start.err, /\u001b/);
    const name = await run(['li\nnk']);
    assert.equal(name.err, 'visio: unknown command "li nk" (try: link, invite, ics, detect, agenda; visio --help)\n');
  });
});
