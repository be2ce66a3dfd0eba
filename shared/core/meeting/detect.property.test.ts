import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { findMeetingLinks } from './detect.ts';

const VISIO = ['https://visio.numerique.gouv.fr'];
const letters = 'abcdefghijklmnopqrstuvwxyz';

const slugArb = fc
  .tuple(...[3, 4, 3].map((n) => fc.string({ unit: fc.constantFrom(...letters), minLength: n, maxLength: n })))
  .map((groups) => groups.join('-'));

/** Prose around links: words, punctuation, emoji, right-to-left text, HTML tags, no address. */
const proseArb = fc
  .array(fc.constantFrom('Réunion', 'salle 4.12', '📅', '🎥', 'اجتماع', 'שלום', '<p>', '</p>', '<br>', '<td>', '&nbsp;', ',', '.', '(', ')', '«', '»', '\n', '\t', 'https', 'visio', '://'), { maxLength: 12 })
  .map((words) => words.join(''));

/** How people and mail clients surround an address. */
const decorations: ReadonlyArray<(url: string) => string> = [
  (url) => url,
  (url) => `${url}.`,
  (url) => `(${url})`,
  (url) => `<${url}>`,
  (url) => `"${url}"`,
  (url) => `«${url}»`,
  (url) => `${url}?from=outlook-addin`,
  (url) => `<a href="${url}">${url}</a>`,
  (url) => `${url}%3E`,
];

describe('findMeetingLinks, on random bodies', () => {
  it('finds a Visio room wherever it is written, and points at it', () => {
    fc.assert(
      fc.property(proseArb, slugArb, fc.integer({ min: 0, max: decorations.length - 1 }), proseArb, (before, slug, style, after) => {
        const url = `https://visio.numerique.gouv.fr/${slug}`;
        const body = `${before} ${decorations[style]?.(url)} ${after}`;
        const [first] = findMeetingLinks(body, VISIO);
        assert.equal(first?.provider, 'visio');
        assert.equal(first?.url, url);
        assert.ok(body.slice(first.index, first.end).startsWith(url));
      }),
      { numRuns: 3000 },
    );
  });

  it('never takes a lookalike host for Visio', () => {
    const label = fc.string({ unit: fc.constantFrom(...letters, '-', '0'), minLength: 1, maxLength: 8 }).filter((s) => /^[a-z0]/.test(s) && !s.endsWith('-'));
    const host = fc.oneof(
      label.map((l) => `visio.numerique.gouv.fr.${l}`),
      label.map((l) => `${l}.visio.numerique.gouv.fr`),
      label.map((l) => `${l}visio.numerique.gouv.fr`),
      label.map((l) => `visio.numerique.gouv.fr@${l}.example`),
      label.map((l) => `xn--${l}.numerique.gouv.fr`),
    );
    fc.assert(
      fc.property(host, slugArb, (lookalike, slug) => {
        const links = findMeetingLinks(`Rejoindre : https://${lookalike}/${slug}`, VISIO);
        assert.deepEqual(links.filter((link) => link.provider === 'visio'), []);
      }),
      { numRuns: 2000 },
    );
  });

  it('points at exactly the bytes of the link, however it was folded and escaped', () => {
    // Each character of the address written raw, as an HTML reference, or preceded by an iCalendar fold.
    const spelling = fc.constantFrom<'raw' | 'reference' | 'fold'>('raw', 'raw', 'reference', 'fold');
    fc.assert(
      fc.property(slugArb, fc.boolean(), fc.array(spelling, { minLength: 80, maxLength: 80 }), proseArb, (slug, withQuery, spellings, prose) => {
        const url = `https://visio.numerique.gouv.fr/${slug}${withQuery ? '?from=outlook-addin&lang=fr' : ''}`;
        const written = [...url].map((char, i) => {
          const how = i === 0 ? 'raw' : spellings[i % spellings.length];
          return how === 'reference' ? `&#${char.codePointAt(0)};` : how === 'fold' ? `\r\n ${char}` : char;
        }).join('');
        const ics = `BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDESCRIPTION:${prose.replace(/[\r\n]/g, ' ')} ${written}\\nMerci\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`;
        const [link] = findMeetingLinks(ics, VISIO);
        assert.equal(link?.url, `https://visio.numerique.gouv.fr/${slug}`);
        assert.equal(ics.slice(link.index, link.end), written);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws, and every span lies inside the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: fc.constantFrom('h', 't', 'p', 's', ':', '/', '.', '&', ';', '#', '\\', 'a', '-', '\r', '\n', ' ', 'v', '%', '3', 'E'), maxLength: 300 })), (body) => {
        for (const link of findMeetingLinks(`https://visio.numerique.gouv.fr/${body}`, VISIO)) {
          assert.ok(link.index >= 0 && link.index < link.end && link.end <= body.length + 32);
        }
        findMeetingLinks(body, VISIO, { format: 'ics' });
      }),
      { numRuns: 3000 },
    );
  });
});
