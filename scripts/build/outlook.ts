// Thin shell (foundation): the Outlook add-in issue owns this file (manifest from the profile, bundles, task pane).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BuildContext } from './context.ts';

export async function buildOutlookAddin(ctx: BuildContext): Promise<void> {
  const dir = join(ctx.out, 'outlook-addin');
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'index.html'), `<!doctype html><meta charset="utf-8"><title>${ctx.profile.productName}</title>`);
}
