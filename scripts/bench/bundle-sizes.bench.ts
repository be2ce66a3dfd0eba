// Gzip size of every built script: the baseline later work must beat (budgets per entry live with
// each front door's bench file; this one lists all of them so nothing grows unseen).
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchResult } from './result.ts';

export async function bench(): Promise<BenchResult[]> {
  const dist = join(import.meta.dirname, '../../dist');
  const results: BenchResult[] = [];
  for (const target of ['chrome', 'firefox', 'outlook-addin']) {
    const entries = await readdir(join(dist, target), { withFileTypes: true, recursive: true }).catch(() => []);
    for (const entry of entries) {
      if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
      const path = join(entry.parentPath, entry.name);
      const bytes = gzipSync(await readFile(path), { level: 9 }).length;
      results.push({ name: `gzip ${relative(dist, path)}`, value: bytes / 1024, unit: 'KB' });
    }
  }
  return results;
}
