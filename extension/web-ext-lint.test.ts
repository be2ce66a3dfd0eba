// Mozilla's own linter (addons-linter, through web-ext) on the Firefox build that `npm test` made:
// what addons.mozilla.org would say when the package is uploaded. Works offline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const root = resolve(import.meta.dirname, '..');
const distFirefox = join(root, 'dist/firefox');

interface LintMessage { readonly code: string; readonly file?: string; readonly message: string }
interface LintReport { readonly summary: { errors: number; warnings: number; notices: number }; readonly errors: LintMessage[]; readonly warnings: LintMessage[]; readonly notices: LintMessage[] }

test('web-ext lint on dist/firefox: 0 errors, 0 warnings, 0 notices', async () => {
  assert.ok(existsSync(join(distFirefox, 'manifest.json')), 'dist/firefox is missing: run `npm test` (it builds) or `npm run build`');
  const webExt = join(root, 'node_modules/.bin/web-ext');
  // web-ext exits non-zero when there are errors; the JSON report is on stdout either way.
  const { stdout } = await promisify(execFile)(webExt, ['lint', '--source-dir', distFirefox, '--no-config-discovery', '--output', 'json'], { maxBuffer: 16 * 1024 * 1024 })
    .catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
  const report = JSON.parse(stdout.slice(stdout.indexOf('{'))) as LintReport;
  const findings = [...report.errors, ...report.warnings, ...report.notices].map((m) => `${m.code} ${m.file ?? ''}: ${m.message}`);
  assert.deepEqual(findings, []);
  assert.deepEqual(report.summary, { errors: 0, warnings: 0, notices: 0 });
});
