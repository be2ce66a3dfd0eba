import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { mergeLocation, removeFromLocation } from './location.ts';

const INSTANCES = ['https://visio.numerique.gouv.fr', 'https://visio.suite.anct.gouv.fr'];
const slug = fc.tuple(...[3, 4, 3].map((n) => fc.string({ unit: fc.constantFrom(...'abcdefghijkmnpqrstuvwxyz'), minLength: n, maxLength: n })))
  .map((parts) => parts.join('-'));
const visioUrl = fc.tuple(fc.constantFrom(...INSTANCES), slug).map(([host, room]) => `${host}/${room}`);
/** Links that are not ours: other services, a look-alike host, an instance's home page. */
const otherUrl = fc.constantFrom(
  'https://zoom.us/j/98765432100', 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_x', 'https://meet.jit.si/Reunion',
  'https://visio.numerique.gouv.fr.example.net/abc-defg-hij', 'https://visio.numerique.gouv.fr/', 'http://intranet/salles?id=4;5',
);
/** Pieces people type in a location: rooms, separators, spaces of all kinds, emoji, RTL, brackets. */
const piece = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.constantFrom('Salle 4.12', 'Bâtiment A', 'B ; accès', '; ', ';', ',', ' ', '  ', '\u00a0', '\t', '\n', ' : ', ' - ', '(', ')', '<', '>',
    '👩🏽‍💻', '🇫🇷', 'قاعة الاجتماعات', 'חדר 3', '\u200f', 'Visio :'),
  otherUrl,
);
const userText = fc.array(piece, { maxLength: 8 }).map((pieces) => pieces.join(''));
/** A location that may already hold Visio links, as a previous meeting or a person left them. */
const anyLocation = fc.array(fc.oneof({ weight: 4, arbitrary: piece }, { weight: 1, arbitrary: visioUrl }), { maxLength: 8 }).map((pieces) => pieces.join(''));
const hasVisioLink = (text: string) => removeFromLocation(text, INSTANCES) !== text;

describe('location, for any text', () => {
  it('remove(merge(x)) === x for any text without a Visio link that is not blank', () => {
    fc.assert(fc.property(userText, visioUrl, (text, url) => {
      fc.pre(!hasVisioLink(text) && text.trim() !== '');
      assert.equal(removeFromLocation(mergeLocation(text, url, INSTANCES), INSTANCES), text);
    }), { numRuns: 3000 });
  });

  it('a blank location becomes the link alone, and Remove leaves it empty', () => {
    fc.assert(fc.property(fc.stringMatching(/^\s*$/), visioUrl, (blank, url) => {
      assert.equal(mergeLocation(blank, url, INSTANCES), url);
      assert.equal(removeFromLocation(url, INSTANCES), '');
    }));
  });

  it('with a Visio link already there, remove(merge(x)) is x without its Visio links', () => {
    fc.assert(fc.property(anyLocation, visioUrl, (text, url) => {
      const without = removeFromLocation(text, INSTANCES);
      assert.equal(removeFromLocation(mergeLocation(text, url, INSTANCES), INSTANCES), without.trim() === '' ? '' : without);
    }), { numRuns: 2000 });
  });

  it('merge is idempotent and holds the link once', () => {
    fc.assert(fc.property(anyLocation, visioUrl, (text, url) => {
      const once = mergeLocation(text, url, INSTANCES);
      assert.equal(mergeLocation(once, url, INSTANCES), once);
      assert.equal(once.split(url).length - 1, 1);
    }), { numRuns: 2000 });
  });

  it('regenerating replaces the old link: merging a new one is the same as merging it into the original', () => {
    fc.assert(fc.property(anyLocation, visioUrl, visioUrl, (text, old, fresh) => {
      fc.pre(old !== fresh);
      const regenerated = mergeLocation(mergeLocation(text, old, INSTANCES), fresh, INSTANCES);
      assert.equal(regenerated, mergeLocation(text, fresh, INSTANCES));
      assert.ok(!regenerated.includes(old));
    }), { numRuns: 2000 });
  });

  it('the visible result has no trailing space and no double space the user did not type', () => {
    fc.assert(fc.property(userText, visioUrl, (text, url) => {
      fc.pre(!hasVisioLink(text) && !/\s\s/.test(text));
      const merged = mergeLocation(text, url, INSTANCES);
      assert.equal(merged, merged.trimEnd());
      assert.ok(!/\s\s/.test(merged), merged);
    }), { numRuns: 2000 });
  });
});
