import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeFeedBytes, feedText } from './decode-feed.ts';
import { readFeedForWindow } from './read-feed.ts';

/** The feed as old Outlook saves it: Latin-1 letters as one byte each, ’ as 0x92 and € as 0x80. */
function windows1252Feed(summary: string): Uint8Array {
  const text = [
    'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Microsoft Corporation//Outlook 11.0 MIMEDIR//EN',
    'BEGIN:VEVENT', 'UID:budget-1', 'DTSTAMP:20261201T090000Z', 'DTSTART:20261203T140000Z', 'DTEND:20261203T150000Z',
    `SUMMARY:${summary}`, 'END:VEVENT', 'END:VCALENDAR', '',
  ].join('\r\n');
  return Uint8Array.from(text, (c) => (c === '’' ? 0x92 : c === '€' ? 0x80 : c.charCodeAt(0)));
}

describe('decodeFeedBytes', () => {
  it('reads a windows-1252 feed with ’ and € in its SUMMARY as the organiser wrote it', () => {
    const summary = 'Point d’étape budget : 1 200 € à valider';
    const bytes = windows1252Feed(summary);
    assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'the fixture must not be valid UTF-8');
    assert.match(decodeFeedBytes(bytes), /^SUMMARY:Point d’étape budget : 1 200 € à valider\r$/m);

    const day = Date.UTC(2026, 11, 3);
    const feed = readFeedForWindow(bytes, { fromMs: day, toMs: day + 86_400_000, timeZone: 'Europe/Paris' });
    assert.deepEqual(feed.groups.map((group) => group.master?.getFirstPropertyValue('summary')), [summary]);
  });

  it('reads UTF-8 (with or without a BOM) and UTF-16 with a BOM unchanged', () => {
    const text = 'BEGIN:VCALENDAR\r\nSUMMARY:Réunion d’équipe €\r\nEND:VCALENDAR\r\n';
    const utf8 = new TextEncoder().encode(text);
    assert.equal(decodeFeedBytes(utf8), text);
    assert.equal(decodeFeedBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8])), text);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    assert.equal(decodeFeedBytes(new Uint8Array(utf16)), text);
  });

  it('feedText drops only the BOM of a string already decoded', () => {
    assert.equal(feedText('\uFEFFBEGIN:VCALENDAR'), 'BEGIN:VCALENDAR');
  });
});
