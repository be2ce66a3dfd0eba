// Windows-1252 bytes → text, without TextDecoder: Node 20's TextDecoder('windows-1252') (built
// without full ICU) reads the label as ISO-8859-1 and turns 0x80–0x9F into C1 control characters,
// so `’` in an old Outlook feed would come out as U+0092. This table follows the WHATWG Encoding
// Standard's index-windows-1252, which every browser uses.

/**
 * The code points of bytes 0x80–0x9F. The five bytes windows-1252 leaves undefined (0x81, 0x8D,
 * 0x8F, 0x90, 0x9D) map to the same-numbered code point, as WHATWG says.
 */
const HIGH_CONTROL_RANGE: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

/** The code point windows-1252 gives `byte` (0–255): ASCII and 0xA0–0xFF are Latin-1. */
export function windows1252CodePoint(byte: number): number {
  return byte >= 0x80 && byte <= 0x9f ? (HIGH_CONTROL_RANGE[byte - 0x80] ?? byte) : byte;
}

/** Every byte is one character; no byte is invalid, so this never fails. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  // String.fromCharCode takes its code units as arguments: a chunk keeps the argument list small.
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const units = Array.from(bytes.subarray(start, start + CHUNK), windows1252CodePoint);
    chunks.push(String.fromCharCode(...units));
  }
  return chunks.join('');
}
