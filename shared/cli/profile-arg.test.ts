import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_PROFILE } from '../core/profile/default-profile.ts';
import { UsageError } from './command.ts';
import { cliLang, loadProfile, parseCommandArgs, PROFILE_OPTION } from './profile-arg.ts';

describe('loadProfile', () => {
  let dir = '';
  before(async () => { dir = await mkdtemp(join(tmpdir(), 'visio-profile-')); });
  after(async () => { await rm(dir, { recursive: true, force: true }); });

  it('is the default profile without --profile', async () => {
    assert.equal(await loadProfile(undefined), DEFAULT_PROFILE);
  });

  it('reads and validates a profile file, defaults filling the rest', async () => {
    const file = join(dir, 'p.json');
    await writeFile(file, JSON.stringify({ appName: 'Visio ANCT', instanceUrl: 'visio.suite.anct.gouv.fr' }));
    const profile = await loadProfile(file);
    assert.equal(profile.instanceUrl, 'https://visio.suite.anct.gouv.fr');
    assert.equal(profile.appName, 'Visio ANCT');
    assert.deepEqual(profile.outlook, DEFAULT_PROFILE.outlook);
  });

  it("words profile errors in the user's language, on one line", async () => {
    const file = join(dir, 'bad.json');
    await writeFile(file, JSON.stringify({ languages: [], helpUrl: 'http://aide.example.org' }));
    await assert.rejects(loadProfile(file, 'fr'), (error: Error) =>
      error instanceof UsageError && !error.message.includes('\n')
      && error.message.includes('languages: Indiquez au moins une langue.') && error.message.includes('helpUrl: « http://aide.example.org »'));
    await assert.rejects(loadProfile(file, 'de'), /languages: Geben Sie mindestens eine Sprache an\./);
  });

  it('reports unreadable and non-JSON files as usage errors', async () => {
    await assert.rejects(loadProfile(join(dir, 'none.json')), UsageError);
    await assert.rejects(loadProfile(''), UsageError);
    const file = join(dir, 'x.json');
    await writeFile(file, 'instanceUrl: visio.example.org');
    await assert.rejects(loadProfile(file), (error: Error) => error instanceof UsageError && /not valid JSON/.test(error.message));
  });
});

describe('cliLang', () => {
  it('follows the locale when it is one of ours, English otherwise', () => {
    assert.equal(cliLang({ LANG: 'fr_FR.UTF-8' }), 'fr');
    assert.equal(cliLang({ LC_ALL: 'nl_BE.UTF-8', LANG: 'fr_FR.UTF-8' }), 'nl');
    assert.equal(cliLang({ LC_MESSAGES: 'de_AT', LANG: 'fr_FR' }), 'de');
    assert.equal(cliLang({ LANG: 'C.UTF-8' }), 'en');
    assert.equal(cliLang({ LANG: 'es_ES.UTF-8' }), 'en');
    assert.equal(cliLang({}), 'en');
  });
});

describe('parseCommandArgs', () => {
  it('parses --profile and positionals', () => {
    const { values, positionals } = parseCommandArgs(['a.ics', '--profile', 'p.json'], PROFILE_OPTION, 1);
    assert.equal(values.profile, 'p.json');
    assert.deepEqual(positionals, ['a.ics']);
  });

  it('turns every argument mistake into a one-line UsageError', () => {
    for (const args of [['--nope'], ['--profile'], ['x'], ['a', 'b']]) {
      assert.throws(() => parseCommandArgs(args, PROFILE_OPTION, args.length === 2 ? 1 : 0), (error: Error) => error instanceof UsageError && !error.message.includes('\n'), args.join(' '));
    }
  });

  const OPTIONS = { ...PROFILE_OPTION, title: { type: 'string' }, duration: { type: 'string' }, html: { type: 'boolean' } } as const;
  const message = (args: string[]) => {
    try {
      parseCommandArgs(args, OPTIONS, 1);
    } catch (error) {
      return error instanceof UsageError ? error.message : `not a UsageError: ${String(error)}`;
    }
    return 'accepted';
  };

  it('says which option lacks its value, in words', () => {
    assert.equal(message(['--title', '--duration', '5']), '--title needs a value');
    assert.equal(message(['--duration']), '--duration needs a value');
    assert.equal(message(['--title', '-h']), '--title needs a value');
    assert.equal(message(['--colour', 'red']), 'unknown option --colour');
    assert.equal(message(['--html=yes']), '--html takes no value');
    assert.equal(message(['--title', 'A', '--title', 'B']), '--title is given twice');
    assert.equal(message(['--title=A', '--title', 'B']), '--title is given twice');
    assert.equal(message(['--html', '--html']), '--html is given twice');
  });

  it('takes a value that starts with a dash, spaced or after =, and - as a positional', () => {
    assert.deepEqual(parseCommandArgs(['--duration', '-5', '-'], OPTIONS, 1), { values: { duration: '-5' }, positionals: ['-'] });
    assert.deepEqual(parseCommandArgs(['--duration=-5', '--title=a=b', '--html'], OPTIONS).values, { duration: '-5', title: 'a=b', html: true });
    assert.deepEqual(parseCommandArgs(['--', '--title'], OPTIONS, 1).positionals, ['--title']);
  });
});
