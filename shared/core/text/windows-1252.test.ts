import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeWindows1252 } from './windows-1252.ts';

describe('decodeWindows1252', () => {
  it('reads 0x80–0x9F as the typographic characters French text uses, not control characters', () => {
    // « L’équipe 12 € – voilà… » as Windows Notepad (ANSI) saves it.
    const bytes = Uint8Array.from([0x4c, 0x92, 0xe9, 0x71, 0x75, 0x69, 0x70, 0x65, 0x20, 0x31, 0x32, 0x20, 0x80, 0x20, 0x96, 0x20, 0x76, 0x6f, 0x69, 0x6c, 0xe0, 0x85]);
    assert.equal(decodeWindows1252(bytes), 'L’équipe 12 € – voilà…');
  });

  it('maps the whole 0x80–0x9F row as the WHATWG index does, the five undefined bytes to themselves', () => {
    const row = Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i);
    assert.equal(decodeWindows1252(row), '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ');
  });

  it('reads ASCII and 0xA0–0xFF as Latin-1', () => {
    const bytes = Uint8Array.from([0x41, 0x0d, 0x0a, 0xa0, 0xab, 0xbb, 0xc7, 0xe0, 0xff]);
    assert.equal(decodeWindows1252(bytes), 'A\r\n\u00a0«»Çàÿ');
  });

  it('decodes a text longer than one chunk without losing or repeating a byte', () => {
    const bytes = new Uint8Array(20_000).map((_, i) => (i % 3 === 0 ? 0x80 : 0x61));
    const text = decodeWindows1252(bytes);
    assert.equal(text.length, 20_000);
    assert.equal([...text].filter((c) => c === '€').length, 6667);
  });
});
