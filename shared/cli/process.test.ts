// `visio` as users run it: a real process (bin/visio.mjs through tsx). Every failure must be one
// line on standard error with exit 2 (bad arguments) or 1 (failure), never a stack trace.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

const root = join(import.meta.dirname, '../..');
const bin = join(root, 'bin/visio.mjs');

interface Outcome { code: number | null; stdout: string; stderr: string }

/** Runs `visio ARGS`; `stopReadingAfterFirstChunk` closes our end of stdout like `| head -1`. */
function visio(args: string[], options: { stdin?: string; stopReadingAfterFirstChunk?: boolean } = {}): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: root, env: { ...process.env, LANG: 'C' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (options.stopReadingAfterFirstChunk) child.stdout.destroy();
    });
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}

function assertOneLine(stderr: string): void {
  assert.doesNotMatch(stderr, /\n {4}at /, 'no stack trace');
  assert.equal(stderr.endsWith('\n') ? stderr.slice(0, -1).split('\n').length : -1, 1, `one line: ${JSON.stringify(stderr)}`);
}

describe('visio as a real process: bad input gives one line, never a stack trace', () => {
  let dir = '';
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'visio-process-'));
    await writeFile(join(dir, 'binary.dat'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0xff, 0xfe, 0x80]));
    await writeFile(join(dir, 'not-json.json'), '{ instanceUrl: visio');
    await writeFile(join(dir, 'many.txt'), Array.from({ length: 4000 }, (_, i) => `https://zoom.us/j/${String(i + 1).padStart(11, '0')}`).join('\n'));
  });
  after(async () => { await rm(dir, { recursive: true, force: true }); });

  const cases: Array<[string, () => string[], number, RegExp]> = [
    ['no command', () => [], 2, /^visio: missing command/],
    ['an unknown command', () => ['meet'], 2, /unknown command "meet"/],
    ['a negative duration', () => ['ics', '--title', 'T', '--start', '2027-01-15T10:00', '--duration', '-5'], 2, /--duration needs a number of minutes, got -5/],
    ['a title without value', () => ['ics', '--title', '--start', '2027-01-15T10:00', '--duration', '60'], 2, /--title needs a value/],
    ['a repeated option', () => ['ics', '--title', 'A', '--title', 'B'], 2, /--title is given twice/],
    ['an unwritable --out', () => ['ics', '--title', 'T', '--start', '2027-01-15T10:00', '--duration', '60', '--tz', 'UTC', '--out', join(dir, 'missing-dir', 'x.ics')], 2, /cannot write/],
    ['a profile that is not JSON', () => ['link', '--profile', join(dir, 'not-json.json')], 2, /not valid JSON/],
    ['a directory to detect', () => ['detect', dir], 2, /EISDIR/],
    ['a file:// agenda', () => ['agenda', 'file:///etc/passwd'], 2, /only https:\/\/, webcal:\/\//],
    ['a binary agenda file', () => ['agenda', join(dir, 'binary.dat')], 1, /not an iCalendar file/],
    ['an agenda feed that does not answer', () => ['agenda', 'https://127.0.0.1:9/feed.ics', '--timeout', '2'], 1, /127\.0\.0\.1:9/],
  ];
  for (const [what, args, code, message] of cases) {
    it(`${what}: exit ${code}`, async () => {
      const outcome = await visio(args());
      assert.equal(outcome.code, code, outcome.stderr);
      assert.equal(outcome.stdout, '');
      assertOneLine(outcome.stderr);
      assert.match(outcome.stderr, message);
    });
  }

  it('a reader that stops early (| head -1) ends it quietly', async () => {
    const outcome = await visio(['detect', join(dir, 'many.txt')], { stopReadingAfterFirstChunk: true });
    assert.doesNotMatch(outcome.stderr, /at |EPIPE/, outcome.stderr);
    assert.equal(outcome.stderr, '');
    assert.equal(outcome.code, 0);
  });
});
