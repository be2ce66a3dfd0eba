// Property-based tests (fast-check) of the block operations over thousands of random bodies:
// exactness (remove∘insert = identity), idempotence, replace, Meet's block untouched, 1 MB bodies,
// and blocks rewritten by mail clients (a real HTML parser re-serialises the body).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { LANGS } from '../i18n/lang.ts';
import { DEFAULT_PROFILE } from '../profile/default-profile.ts';
import type { Profile } from '../profile/profile.ts';
import { findExistingMeeting, insertInvite, removeInvite, type BodyFormat } from './block.ts';
import { renderInvite, type RenderedInvite } from './render.ts';
import { htmlBody, repeatToSize, textBody } from './testing/bodies.ts';
import { rewrite, serialize, type RewriteName } from './testing/outlook-rewrites.ts';

const INSTANCES = ['https://visio.numerique.gouv.fr', 'https://visio.suite.anct.gouv.fr:8443/meet'];
const letters = (length: number) => fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), minLength: length, maxLength: length });
const slug = fc.tuple(letters(3), letters(4), letters(3)).map((parts) => parts.join('-'));

interface Case {
  readonly invite: RenderedInvite;
  readonly url: string;
}

const inviteCase: fc.Arbitrary<Case> = fc.record({
  slug,
  instance: fc.constantFrom(...INSTANCES),
  lang: fc.constantFrom(...LANGS),
  pin: fc.option(fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 10, maxLength: 10 }), { nil: undefined }),
  dialIn: fc.option(fc.constant('+33 9 01 02 03 04'), { nil: null }),
  helpUrl: fc.option(fc.constant('https://aide.example.fr/?a=1&b="2"'), { nil: null }),
  notice: fc.option(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }), { nil: null }),
  appName: fc.constantFrom('Visio', 'Visio <b>&</b> "Co"', 'Webconférence de l’État', 'وِزيو'),
}).map(({ slug: room, instance, lang, pin, dialIn, helpUrl, notice, appName }) => {
  const profile: Profile = { ...DEFAULT_PROFILE, appName, dialInNumber: dialIn, helpUrl, notice: notice === null ? null : { [lang]: notice } };
  const url = `${instance}/${room}`;
  return { url, invite: renderInvite(profile, lang, pin === undefined ? { url, slug: room } : { url, slug: room, pin }) };
});
const position = fc.constantFrom('top', 'bottom' as const);

/** Bodies that already hold a block of ours or Meet's are the other properties' business. */
function isPlain(body: string, format: BodyFormat): boolean {
  const found = findExistingMeeting(body, format, INSTANCES);
  return found === null || found.kind === 'link';
}

for (const [format, bodies] of [['text', textBody], ['html', htmlBody]] as const) {
  describe(`block operations on random ${format} bodies`, () => {
    it('remove(insert(x)) === x, and insert is idempotent', () => {
      fc.assert(fc.property(bodies, inviteCase, position, (body, { invite, url }, where) => {
        fc.pre(isPlain(body, format));
        const inserted = insertInvite(body, format, invite, where);
        assert.equal(removeInvite(inserted, format), body);
        assert.equal(insertInvite(inserted, format, invite, where), inserted);
        assert.deepEqual(findExistingMeeting(inserted, format, INSTANCES), { kind: 'ours', url });
      }), { numRuns: 3000 });
    });

    it('a new meeting replaces the block: same as inserting it first, and removable', () => {
      fc.assert(fc.property(bodies, inviteCase, inviteCase, position, (body, old, fresh, where) => {
        fc.pre(isPlain(body, format));
        const replaced = insertInvite(insertInvite(body, format, old.invite, where), format, fresh.invite, where);
        assert.equal(replaced, insertInvite(body, format, fresh.invite, where));
        assert.equal(removeInvite(replaced, format), body);
      }), { numRuns: 1000 });
    });

    it("never changes a body holding Meet's add-in block", () => {
      const meet = format === 'text'
        ? `${'─'.repeat(40)}\nJoin the Visio meeting\n\nhttps://visio.numerique.gouv.fr/mee-tadd-inn\n${'─'.repeat(40)}`
        : `<div>${'─'.repeat(40)}</div><div><a href="https://visio.numerique.gouv.fr/mee-tadd-inn">https://visio.numerique.gouv.fr/mee-tadd-inn</a></div><div>${'─'.repeat(40)}</div>`;
      fc.assert(fc.property(bodies, bodies, inviteCase, position, (before, after, { invite }, where) => {
        const body = `${before}${format === 'text' ? '\n' : ''}${meet}${format === 'text' ? '\n' : ''}${after}`;
        fc.pre(findExistingMeeting(body, format, INSTANCES)?.kind === 'meet-addin');
        assert.equal(insertInvite(body, format, invite, where), body);
        assert.ok(removeInvite(body, format).includes(meet));
      }), { numRuns: 500 });
    });

    it('1 MB bodies', () => {
      fc.assert(fc.property(bodies, inviteCase, position, (unit, { invite }, where) => {
        const body = repeatToSize(`${unit}${format === 'text' ? '\n' : '<p>fin</p>'}`, 1_000_000);
        fc.pre(isPlain(body, format));
        const inserted = insertInvite(body, format, invite, where);
        assert.equal(removeInvite(inserted, format), body);
        assert.equal(insertInvite(inserted, format, invite, where), inserted);
      }), { numRuns: 6 });
    });
  });
}

describe('a browser sees the inserted block', () => {
  const parser = new new JSDOM('').window.DOMParser();
  it('whatever the body, even broken markup: the join link is a real link, its text shown', () => {
    fc.assert(fc.property(htmlBody, inviteCase, position, (body, { invite, url }, where) => {
      fc.pre(isPlain(body, 'html'));
      // One window, a new document per body: a JSDOM per run would keep thousands of windows alive.
      const document = parser.parseFromString(insertInvite(body, 'html', invite, where), 'text/html');
      const link = [...document.querySelectorAll('a')].find((a) => a.getAttribute('href') === url);
      assert.ok(link, 'the join link is an element');
      assert.ok(!link.closest('script, style, textarea, title, template, noscript'), 'not inside raw text');
      assert.ok(document.body.contains(link), 'inside <body>');
      assert.match(document.body.textContent ?? '', /═{12}/, 'the frame is shown');
    }), { numRuns: 300 });
  });
});

const REWRITE_NAMES: RewriteName[] = ['stripAttributes', 'prefixIds', 'divToP', 'divToSpan', 'reflowWhitespace', 'fontSpans', 'encodeCharacters', 'wordDocument', 'wordParagraphs', 'macDocument'];

describe('random HTML bodies rewritten by mail clients', () => {
  it("our block is found, replaced and removed; the user's content is what the client made of it", () => {
    // The body comes from a client (getAsync), so it is already parsed and serialised; our block
    // goes in, the client rewrites the whole, we find and remove the block in what comes back.
    fc.assert(fc.property(htmlBody.map(serialize), inviteCase, inviteCase, position, fc.subarray(REWRITE_NAMES, { minLength: 1 }), (body, old, fresh, where, rewrites) => {
      fc.pre(isPlain(body, 'html'));
      const expected = rewrite(body, rewrites);
      fc.pre(isPlain(expected, 'html'));
      const received = rewrite(insertInvite(body, 'html', old.invite, where), rewrites);
      assert.deepEqual(findExistingMeeting(received, 'html', INSTANCES), { kind: 'ours', url: old.url });
      assert.equal(removeInvite(received, 'html'), expected);
      const replaced = insertInvite(received, 'html', fresh.invite, where);
      assert.equal(findExistingMeeting(replaced, 'html', INSTANCES)?.url, fresh.url);
      assert.equal(removeInvite(replaced, 'html'), expected);
    }), { numRuns: 150 });
  });

  it('plain text with line endings and no-break spaces rewritten', () => {
    fc.assert(fc.property(textBody.filter((body) => !body.includes('\r')), inviteCase, position, (body, { invite, url }, where) => {
      fc.pre(isPlain(body, 'text'));
      const client = (text: string) => text.replace(/\n/g, '\r\n').replace(/\u00a0/g, ' ');
      const received = client(insertInvite(body, 'text', invite, where));
      assert.equal(findExistingMeeting(received, 'text', INSTANCES)?.url, url);
      assert.equal(removeInvite(received, 'text'), client(body));
    }), { numRuns: 1000 });
  });
});
