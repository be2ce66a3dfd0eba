// Versioned zips: what IT uploads to a store, a policy server or an add-in host.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';
import type { BuildContext } from './context.ts';

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name)).sort();
}

/** Zips a folder with fixed timestamps, so the same sources give the same bytes. */
export async function zipFolder(dir: string, zipPath: string): Promise<void> {
  const files: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const path of await listFiles(dir)) {
    files[relative(dir, path).split('\\').join('/')] = [await readFile(path), { mtime: new Date('2026-01-01T00:00:00Z') }];
  }
  await writeFile(zipPath, zipSync(files, { level: 9 }));
}

export function packageName(ctx: BuildContext, target: string): string {
  // "Réunions Ministère" → reunions-ministere: accents folded, not cut out.
  const slug = ctx.profile.productName.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${slug}-${target}-${ctx.version}.zip`;
}

export async function packageTargets(ctx: BuildContext): Promise<string[]> {
  const dir = join(ctx.out, 'packages');
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const target of ['chrome', 'firefox', 'outlook-addin']) {
    const zipPath = join(dir, packageName(ctx, target));
    await zipFolder(join(ctx.out, target), zipPath);
    written.push(zipPath);
  }
  return written;
}
