// `npm test`: builds the default profile once (browser tests load dist/), then runs every *.test.ts
// with Node's own test runner, one file at a time (2 cores; browser tests must not overlap).
// `npm test -- shared/core outlook` runs only the files whose path contains one of the words.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const roots = ['shared', 'extension', 'outlook-addin', 'scripts', 'manifest'];
const skipDirs = new Set(['node_modules', 'dist', 'fixtures', '.cache']);

function findTests(dir: string): string[] {
  let entries;
  try { entries = readdirSync(dir, { withFileTypes: true }); } catch { return []; }
  return entries.flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return skipDirs.has(entry.name) ? [] : findTests(path);
    return /\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const filters = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const noBuild = process.argv.includes('--no-build');
const files = roots.flatMap((dir) => findTests(join(root, dir)))
  .map((path) => relative(root, path))
  .filter((path) => filters.length === 0 || filters.some((word) => path.includes(word)))
  .sort();

if (files.length === 0) {
  console.error(`No test file matches ${filters.join(', ')}.`);
  process.exit(1);
}

if (!noBuild) {
  const build = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--quiet'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const run = spawnSync(
  process.execPath,
  // --test-force-exit: a test that fails before its teardown (an observer, a timer still set) must
  // fail the run, not hang it.
  ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-force-exit', '--test-reporter=spec', ...files],
  { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' } },
);
process.exit(run.status ?? 1);
