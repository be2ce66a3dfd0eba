// Saves a generated file through a blob link: no `downloads` permission needed from a popup page.
import type { HostResult } from '../../shared/ui/host.ts';

export async function downloadText(filename: string, mimeType: string, content: string): Promise<HostResult> {
  const url = URL.createObjectURL(new Blob([content], { type: `${mimeType};charset=utf-8` }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = filename;
  anchor.hidden = true;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // The browser reads the blob asynchronously after click(); revoking at once can cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { ok: true };
}
