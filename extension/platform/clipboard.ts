// Copy with both flavours, so pasting into a rich editor keeps the link clickable and pasting into
// a plain field gets clean text.
import type { HostResult } from '../../shared/ui/host.ts';
import { copyFailure } from '../../shared/ui/meeting/copy-failure.ts';

export async function copyToClipboard(text: string, html?: string): Promise<HostResult> {
  try {
    if (html !== undefined && typeof ClipboardItem !== 'undefined') {
      await navigator.clipboard.write([new ClipboardItem({
        'text/plain': new Blob([text], { type: 'text/plain' }),
        'text/html': new Blob([html], { type: 'text/html' }),
      })]);
    } else {
      await navigator.clipboard.writeText(text);
    }
    return { ok: true };
  } catch (error) {
    return copyFailure(error);
  }
}
