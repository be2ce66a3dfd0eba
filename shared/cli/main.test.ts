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
  it('help wins over other arguments, even wrong ones', async () => {
    const { code, out } = await run(['ics', '--title', 'T', '--nope', '--help']);
    assert.equal(code, 0);
    assert.match(out, /^Usage: visio ics --title/m);
  });
});
