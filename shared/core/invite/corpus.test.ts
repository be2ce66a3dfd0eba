// Real event descriptions (the .ics corpus, kept byte-exact in shared/core/ical/fixtures: Exchange,
// Outlook, Google, Apple, Evolution, Teams, Zoom and BlueJeans invitations): our block goes in and
// comes out of each, plain text (DESCRIPTION) and HTML (X-ALT-DESC), without changing a character.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_PROFILE } from '../profile/default-profile.ts';
import { findExistingMeeting, insertInvite, removeInvite, type BodyFormat } from './block.ts';
import { renderInvite } from './render.ts';
import { rewrite, serialize, type RewriteName } from './testing/outlook-rewrites.ts';

const CORPUS = join(import.meta.dirname, '..', 'ical', 'fixtures');
const INSTANCES = [DEFAULT_PROFILE.instanceUrl];
const REWRITE_SETS: RewriteName[][] = [
  ['stripAttributes'], ['prefixIds', 'wordDocument'], ['wordParagraphs', 'fontSpans'], ['divToP', 'fontSpans'], ['divToSpan', 'reflowWhitespace'], ['encodeCharacters', 'macDocument'],
];
const invite = renderInvite({ ...DEFAULT_PROFILE, dialInNumber: '+33 9 01 02 03 04' }, 'fr', { url: 'https://visio.numerique.gouv.fr/abc-defg-hij', slug: 'abc-defg-hij', pin: '0123456789' });

/** DESCRIPTION and X-ALT-DESC values: lines unfolded, text escapes undone (RFC 5545 §3.1, §3.3.11). */
function descriptions(ics: string): Array<{ format: BodyFormat; body: string }> {
  const unfolded = ics.replace(/\r?\n[ \t]/g, '');
  const found: Array<{ format: BodyFormat; body: string }> = [];
  for (const match of unfolded.matchAll(/^(DESCRIPTION|X-ALT-DESC)((?:;[^:\r\n]*)?):(.*)$/gm)) {
    const value = (match[3] ?? '').replace(/\\([nN,;\\])/g, (_whole, char: string) => (char.toLowerCase() === 'n' ? '\n' : char));
    found.push({ format: match[1] === 'X-ALT-DESC' && /FMTTYPE=text\/html/i.test(match[2] ?? '') ? 'html' : 'text', body: value });
  }
  return found;
}

const files = (() => {
  try {
    return readdirSync(CORPUS).filter((name) => name.endsWith('.ics'));
  } catch {
    return [];
  }
})();

describe('real event descriptions from the .ics corpus', () => {
  it('the corpus is there', (t) => {
    if (files.length === 0 && process.env.CI !== 'true') {
      t.skip(`no corpus at ${CORPUS}`);
      return;
    }
    assert.ok(files.length > 0, `no .ics files in ${CORPUS}`);
  });

  for (const name of files) {
    const bodies = descriptions(readFileSync(join(CORPUS, name), 'utf8'));
    if (bodies.length === 0) continue;
    it(`${name}: ${bodies.length} description(s), block in and out exactly`, () => {
      for (const { format, body } of bodies) {
        assert.equal(findExistingMeeting(body, format, INSTANCES)?.kind ?? null, null, 'no Visio meeting yet');
        for (const position of ['top', 'bottom'] as const) {
          const inserted = insertInvite(body, format, invite, position);
          assert.notEqual(inserted, body);
          assert.equal(findExistingMeeting(inserted, format, INSTANCES)?.kind, 'ours');
          assert.equal(insertInvite(inserted, format, invite, position), inserted);
          assert.equal(removeInvite(inserted, format), body);
        }
        if (format !== 'html') continue;
        // The same real HTML as each Outlook client gives it back after our insert.
        for (const rewrites of REWRITE_SETS) {
          const base = serialize(body);
          const received = rewrite(insertInvite(base, 'html', invite, 'bottom'), rewrites);
          assert.equal(findExistingMeeting(received, 'html', INSTANCES)?.kind, 'ours', rewrites.join('+'));
          assert.equal(removeInvite(received, 'html'), rewrite(base, rewrites), rewrites.join('+'));
        }
      }
    });
  }
});
