import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, readFile, rm, writeFile, access } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const root = join(import.meta.dirname, '..');
const run = (args: string[]) =>
  promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/build.ts', ...args], { cwd: root })
    .then(({ stdout, stderr }) => ({ code: 0, stdout, stderr }))
    .catch((error: { code: number; stdout: string; stderr: string }) => error);

describe('npm run build', () => {
  let dir = '';
  before(async () => { dir = await mkdtemp(join(tmpdir(), 'visio-build-')); });
  after(async () => { await rm(dir, { recursive: true, force: true }); });

  it('builds every target for another organisation from its profile', async () => {
    const profile = join(dir, 'ministere.json');
    await writeFile(profile, JSON.stringify({
      productName: 'Réunions Ministère', geckoId: 'reunions@ministere.example', instanceUrl: 'meet.ministere.example:8443/visio',
      outlook: { addinId: '0b7e4c1a-9d2f-4e6b-8a35-5f1c2d3e4f50', hostUrl: 'https://addin.ministere.example', officeJs: 'cdn', autoVisio: false, skipTeamsMeetings: true, providerName: 'Réunions' },
    }));
    const out = join(dir, 'out');
    const result = await run(['--profile', profile, '--out', out, '--quiet']);
    assert.equal(result.code, 0, result.stderr);
    assert.doesNotMatch(result.stderr, /Warning/, 'a profile with its own ids builds without warnings');
    const firefox = JSON.parse(await readFile(join(out, 'firefox/manifest.json'), 'utf8'));
    assert.equal(firefox.browser_specific_settings.gecko.id, 'reunions@ministere.example');
    const chrome = await readFile(join(out, 'chrome/manifest.json'), 'utf8');
    assert.match(chrome, /"https:\/\/meet\.ministere\.example(:8443)?\/\*"/, 'the instance is the host the extension may reach');
    assert.doesNotMatch(chrome, /visio\.numerique\.gouv\.fr/, 'nothing of the default organisation is left');
    const manifest = await readFile(join(out, 'outlook-addin/manifest.xml'), 'utf8');
    assert.match(manifest, /<Id>0b7e4c1a-9d2f-4e6b-8a35-5f1c2d3e4f50<\/Id>/);
    assert.match(manifest, /https:\/\/addin\.ministere\.example\/taskpane\.html/);
    await access(join(out, 'packages/reunions-ministere-firefox-0.1.0.zip').replace('0.1.0', JSON.parse(await readFile(join(root, 'package.json'), 'utf8')).version));
  });

  it('warns when a branded profile keeps the default organisation ids', async () => {
    const profile = join(dir, 'copied.json');
    await writeFile(profile, JSON.stringify({ productName: 'Réunions Préfecture', instanceUrl: 'https://visio.prefecture.example' }));
    const result = await run(['--profile', profile, '--out', join(dir, 'o4'), '--quiet']);
    assert.equal(result.code, 0, 'warnings do not stop the build');
    assert.match(result.stderr, /Warning: .*geckoId/);
    assert.match(result.stderr, /Warning: .*outlook\.addinId/);
  });

  it('names the file and the problem when the profile is broken', async () => {
    const broken = join(dir, 'broken.json');
    await writeFile(broken, '{ "instanceUrl": ');
    const notJson = await run(['--profile', broken, '--out', join(dir, 'o2')]);
    assert.equal(notJson.code, 1);
    assert.match(notJson.stderr, /broken\.json is not valid JSON/);
    const invalid = join(dir, 'invalid.json');
    await writeFile(invalid, JSON.stringify({ instanceUrl: 'http://visio.example.fr' }));
    const refused = await run(['--profile', invalid, '--out', join(dir, 'o3')]);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /instanceUrl/);
    assert.doesNotMatch(refused.stderr, /\n\s+at /, 'no stack trace');
  });

  it('never deletes a folder it did not make', async () => {
    const precious = join(dir, 'documents');
    await mkdir(precious);
    await writeFile(join(precious, 'thesis.txt'), 'years of work');
    const result = await run(['--out', precious, '--quiet']);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /Refusing to build into/);
    assert.equal(await readFile(join(precious, 'thesis.txt'), 'utf8'), 'years of work');
    assert.equal((await run(['--out', root, '--quiet'])).code, 1, 'nor the project itself');
  });

  it('answers a wrong argument with one line and exit code 2', async () => {
    const result = await run(['--bogus']);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /^Unknown option '--bogus'\nUsage: npm run build/);
  });
});
