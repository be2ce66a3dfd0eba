// The toolbar and store icons: the same camera the Outlook add-in shows (drawn in code by
// outlook-addin/manifest/icon.ts), so the product looks the same in both front doors.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { drawIcon } from '../../../outlook-addin/manifest/icon.ts';

export const ICON_SIZES = [16, 32, 48, 128] as const;

/** Writes icons/icon-<size>.png and returns the manifest's `icons` map. */
export async function writeIcons(dir: string): Promise<Record<string, string>> {
  await mkdir(join(dir, 'icons'), { recursive: true });
  const icons: Record<string, string> = {};
  for (const size of ICON_SIZES) {
    const path = `icons/icon-${size}.png`;
    await writeFile(join(dir, path), drawIcon(size, 'store'));
    icons[String(size)] = path;
  }
  return icons;
}
