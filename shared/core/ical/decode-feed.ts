// Bytes of a calendar file → text. Feeds come as UTF-8 with or without a BOM, as UTF-16 (Windows
// Calendar exports, with a BOM) and, from old Outlook versions, in Windows-1252.

import { decodeWindows1252 } from '../text/windows-1252.ts';

function looksUtf16(bytes: Uint8Array, zeroAt: 0 | 1): boolean {
  // "BEGIN:" in UTF-16 has a zero byte in every other position.
  const sample = Math.min(bytes.length - (bytes.length % 2), 64);
  if (sample < 8) return false;
  for (let i = zeroAt; i < sample; i += 2) if (bytes[i] !== 0) return false;
  return true;
}

export function decodeFeedBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (looksUtf16(bytes, 1)) return new TextDecoder('utf-16le').decode(bytes);
  if (looksUtf16(bytes, 0)) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not TextDecoder('windows-1252'): Node 20 reads it as ISO-8859-1 (’ and € become controls).
    return decodeWindows1252(bytes);
  }
}

/** Text as given by a caller that already decoded it: only the BOM has to go. */
export function feedText(input: string | Uint8Array): string {
  return typeof input === 'string' ? input.replace(/^\uFEFF/, '') : decodeFeedBytes(input);
}
