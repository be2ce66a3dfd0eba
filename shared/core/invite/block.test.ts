import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_PROFILE } from '../profile/default-profile.ts';
import type { Profile } from '../profile/profile.ts';
import { findExistingMeeting, insertInvite, removeInvite } from './block.ts';
import { renderInvite } from './render.ts';
import { rewrite, type RewriteName } from './testing/outlook-rewrites.ts';

const INSTANCES = ['https://visio.numerique.gouv.fr'];
const profile: Profile = { ...DEFAULT_PROFILE, dialInNumber: '+33 9 01 02 03 04', helpUrl: 'https://aide.numerique.gouv.fr/visio', notice: { fr: 'Réunion enregistrée.', en: 'This meeting is recorded.' } };
const first = renderInvite(profile, 'fr', { url: 'https://visio.numerique.gouv.fr/abc-defg-hij', slug: 'abc-defg-hij', pin: '1234567890' });
const second = renderInvite(profile, 'fr', { url: 'https://visio.numerique.gouv.fr/xyz-wxyz-uvw', slug: 'xyz-wxyz-uvw' });

/** What Meet's own add-in writes (notes/visio-meet.md §3.1), in text and as Outlook on the web gets it. */
const MEET_LINE = '─'.repeat(40);
const MEET_TEXT = `${MEET_LINE}\nRejoindre la réunion Visio\n\nhttps://visio.numerique.gouv.fr/mee-tadd-inn?from=outlook-addin\n${MEET_LINE}`;
const MEET_HTML = `<div>${MEET_LINE}</div><div>Rejoindre la réunion Visio</div><div><br></div><div><a href="https://visio.numerique.gouv.fr/mee-tadd-inn">https://visio.numerique.gouv.fr/mee-tadd-inn</a></div><div>${MEET_LINE}</div>`;

const SIGNATURE = 'Bonjour à tous,\n\nOrdre du jour en pièce jointe.\n\n-- \nMarie Dupont\nDINUM — Pôle produits\n+33 1 23 45 67 89';
const WORD_BODY = [
  '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>',
  '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
  '<style><!-- p.MsoNormal {margin:0cm;} --></style></head>',
  '<body lang="FR"><div class="WordSection1"><p class="MsoNormal">Bonjour,<o:p></o:p></p>',
  '<p class="MsoNormal">Voici l’ordre du jour.<o:p></o:p></p></div></body></html>',
].join('\r\n');

describe('insertInvite / removeInvite on plain text', () => {
  it('puts the block at the bottom after a blank line, and takes it away again exactly', () => {
    const body = insertInvite(SIGNATURE, 'text', first, 'bottom');
    assert.equal(body, `${SIGNATURE}\n\n${first.text}`);
    assert.equal(removeInvite(body, 'text'), SIGNATURE);
  });

  it('puts the block at the top when the profile says so', () => {
    const body = insertInvite(SIGNATURE, 'text', first, 'top');
    assert.equal(body, `${first.text}\n\n${SIGNATURE}`);
    assert.equal(removeInvite(body, 'text'), SIGNATURE);
  });

  it('an empty description becomes the block alone, and empty again', () => {
    assert.equal(insertInvite('', 'text', first, 'bottom'), first.text);
    assert.equal(removeInvite(first.text, 'text'), '');
  });

  it('keeps Windows line endings', () => {
    const crlf = SIGNATURE.replace(/\n/g, '\r\n');
    const body = insertInvite(crlf, 'text', first, 'bottom');
    assert.ok(!/[^\r]\n/.test(body), 'no bare LF in a CRLF body');
    assert.equal(removeInvite(body, 'text'), crlf);
  });

  it('inserting twice leaves one block; a new meeting replaces the old block where it is', () => {
    const once = insertInvite(SIGNATURE, 'text', first, 'bottom');
    assert.equal(insertInvite(once, 'text', first, 'bottom'), once);
    const replaced = insertInvite(once, 'text', second, 'top');
    assert.equal(replaced, `${SIGNATURE}\n\n${second.text}`);
    assert.ok(!replaced.includes('abc-defg-hij'));
    assert.equal(removeInvite(replaced, 'text'), SIGNATURE);
  });

  it('removes a block the user moved into the middle, keeping the text on both sides', () => {
    const body = `Avant.\n\n${first.text}\n\nAprès.`;
    assert.equal(removeInvite(body, 'text'), 'Avant.\n\nAprès.');
  });

  it('leaves text that only looks like our frame', () => {
    const lookalike = `${'═'.repeat(40)}\nTitre souligné\n${'═'.repeat(40)}\n════════════ Visio ════════════\nsans lien\n${'═'.repeat(31)}`;
    assert.equal(removeInvite(lookalike, 'text'), lookalike);
    assert.equal(findExistingMeeting(lookalike, 'text', INSTANCES), null);
    const body = insertInvite(lookalike, 'text', first, 'bottom');
    assert.equal(removeInvite(body, 'text'), lookalike);
  });

  it('still finds and removes the block after line endings and spaces were rewritten', () => {
    const body = insertInvite(SIGNATURE, 'text', first, 'bottom').replace(/\n/g, '\r\n').replace(/\u00a0/g, ' ');
    assert.deepEqual(findExistingMeeting(body, 'text', INSTANCES), { kind: 'ours', url: 'https://visio.numerique.gouv.fr/abc-defg-hij' });
    assert.equal(removeInvite(body, 'text'), SIGNATURE.replace(/\n/g, '\r\n'));
  });
});

describe("Meet's own add-in block", () => {
  it('is reported, never doubled, never removed (text)', () => {
    const body = `Bonjour,\n\n${MEET_TEXT}`;
    assert.deepEqual(findExistingMeeting(body, 'text', INSTANCES), { kind: 'meet-addin', url: 'https://visio.numerique.gouv.fr/mee-tadd-inn' });
    assert.equal(insertInvite(body, 'text', first, 'bottom'), body);
    assert.equal(removeInvite(body, 'text'), body);
  });

  it('is reported, never doubled, never removed (HTML)', () => {
    const body = `<p>Bonjour,</p>${MEET_HTML}`;
    assert.equal(findExistingMeeting(body, 'html', INSTANCES)?.kind, 'meet-addin');
    assert.equal(insertInvite(body, 'html', first, 'top'), body);
    assert.equal(removeInvite(body, 'html'), body);
  });

  it('survives the removal of our own block next to it', () => {
    const body = `${first.text}\n\n${MEET_TEXT}`;
    assert.equal(removeInvite(body, 'text'), MEET_TEXT);
  });
});

describe('findExistingMeeting', () => {
  it('tells our block, a bare Visio link and nothing apart', () => {
    assert.deepEqual(findExistingMeeting(insertInvite('<p>x</p>', 'html', first, 'bottom'), 'html', INSTANCES), { kind: 'ours', url: 'https://visio.numerique.gouv.fr/abc-defg-hij' });
    assert.deepEqual(findExistingMeeting('Lien : https://visio.numerique.gouv.fr/ABCDEFGHIJ.', 'text', INSTANCES), { kind: 'link', url: 'https://visio.numerique.gouv.fr/abc-defg-hij' });
    assert.equal(findExistingMeeting('Rendez-vous https://visio.numerique.gouv.fr.example.net/abc-defg-hij', 'text', INSTANCES), null);
    assert.equal(findExistingMeeting('<p>Teams: <a href="https://teams.microsoft.com/l/meetup-join/19%3a">join</a></p>', 'html', INSTANCES), null);
  });
});

describe('insertInvite / removeInvite on HTML', () => {
  it('goes inside <body> of a Word document, never in <head>, and comes out exactly', () => {
    for (const position of ['top', 'bottom'] as const) {
      const body = insertInvite(WORD_BODY, 'html', first, position);
      const head = body.slice(0, body.indexOf('<body'));
      assert.ok(!head.includes('visio-scheduler-invite'), `${position}: nothing in <head>`);
      assert.ok(body.indexOf(first.html) > body.indexOf('<body lang="FR">'), `${position}: after <body>`);
      assert.ok(body.indexOf(first.html) < body.indexOf('</body>'), `${position}: before </body>`);
      assert.equal(removeInvite(body, 'html'), WORD_BODY);
    }
  });

  it('in a fragment starting with head material, after it', () => {
    const fragment = '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<style>p { margin: 0 }</style><p>Bonjour</p>';
    const body = insertInvite(fragment, 'html', first, 'top');
    assert.equal(body, fragment.replace('</style>', `</style>${first.html}`));
    assert.equal(removeInvite(body, 'html'), fragment);
  });

  it('in a fragment: first or last', () => {
    const fragment = '<p>Bonjour</p><ul><li>point 1</li></ul>';
    assert.equal(insertInvite(fragment, 'html', first, 'top'), first.html + fragment);
    assert.equal(insertInvite(fragment, 'html', first, 'bottom'), fragment + first.html);
  });

  it('never after an unterminated comment that would swallow it', () => {
    const fragment = '<p>Bonjour</p><!-- brouillon';
    const body = insertInvite(fragment, 'html', first, 'bottom');
    assert.equal(body, `<p>Bonjour</p>${first.html}<!-- brouillon`);
    assert.equal(removeInvite(body, 'html'), fragment);
  });

  it('replaces in place and stays single', () => {
    const once = insertInvite('<p>a</p><p>b</p>', 'html', first, 'bottom');
    assert.equal(insertInvite(once, 'html', first, 'bottom'), once);
    const replaced = insertInvite(once, 'html', second, 'bottom');
    assert.equal(replaced, `<p>a</p><p>b</p>${second.html}`);
  });
});

/** A body as users write it in Outlook on the web, with a signature and a table. */
const OWA_BODY = '<div class="elementToProof" style="font-family: Aptos">Bonjour à tous,</div><div data-ogsc="x"><br></div><table class="MsoTable"><tr><td>Salle</td><td>4.12</td></tr></table><div id="Signature"><p>Marie Dupont<br>DINUM</p></div>';

const CLIENTS: Record<string, RewriteName[]> = {
  'Outlook on the web (attributes stripped)': ['stripAttributes'],
  'Outlook on the web (div → p.elementToProof, font spans)': ['divToP', 'fontSpans', 'stripAttributes'],
  'Outlook on the web (div → span, office-js#5501)': ['divToSpan'],
  'classic Outlook (ids x_, Word HTML)': ['prefixIds', 'wordDocument'],
  'classic Outlook (MsoNormal paragraphs with <o:p>)': ['wordParagraphs', 'wordDocument'],
  'new Outlook on Mac (whole document, whitespace reflowed)': ['macDocument', 'reflowWhitespace'],
  'characters written as references': ['encodeCharacters'],
  'all of them': ['stripAttributes', 'prefixIds', 'divToP', 'fontSpans', 'wordParagraphs', 'reflowWhitespace', 'wordDocument', 'encodeCharacters'],
};

describe('a block rewritten by a mail client is still ours', () => {
  for (const [client, rewrites] of Object.entries(CLIENTS)) {
    for (const position of ['top', 'bottom'] as const) {
      it(`${client}, ${position}: found, replaced, removed, the user's content intact`, () => {
        const expected = rewrite(OWA_BODY, rewrites);
        const body = rewrite(insertInvite(OWA_BODY, 'html', first, position), rewrites);
        assert.notEqual(body, insertInvite(OWA_BODY, 'html', first, position), 'the rewrite changed something');
        assert.deepEqual(findExistingMeeting(body, 'html', INSTANCES), { kind: 'ours', url: 'https://visio.numerique.gouv.fr/abc-defg-hij' });
        assert.equal(removeInvite(body, 'html'), expected);
        const replaced = insertInvite(body, 'html', second, position);
        assert.equal((replaced.match(/═{20,}/g) ?? []).length + (replaced.match(/(?:&#9552;){20,}/g) ?? []).length, 1, 'one closing line');
        assert.ok(replaced.includes('xyz-wxyz-uvw') && !replaced.includes('abc-defg-hij'));
        assert.equal(removeInvite(replaced, 'html'), expected);
      });
    }
  }
});

describe('blocks reshaped beyond the rewrites above', () => {
  const url = 'https://visio.numerique.gouv.fr/abc-defg-hij';
  it('each line wrapped in its own div: the wrappers go too', () => {
    const body = `<p>Avant</p><div><p>════════════ Visio ════════════</p></div><div><p>Rejoindre : <a href="${url}">${url}</a></p></div><div><p>${'═'.repeat(31)}</p></div><p>Après</p>`;
    assert.equal(removeInvite(body, 'html'), '<p>Avant</p><p>Après</p>');
  });

  it("Word's empty <o:p></o:p> and &nbsp; in the frame paragraphs: the paragraphs go whole", () => {
    const body = `<p class=MsoNormal>Avant<o:p></o:p></p><p class=MsoNormal>════════════ Visio ════════════<o:p></o:p></p><p class=MsoNormal><a href="${url}">${url}</a><o:p></o:p></p><p class=MsoNormal><span>═══════════════════════════════</span><o:p>&nbsp;</o:p></p><p class=MsoNormal>Après<o:p></o:p></p>`;
    assert.equal(removeInvite(body, 'html'), '<p class=MsoNormal>Avant<o:p></o:p></p><p class=MsoNormal>Après<o:p></o:p></p>');
  });

  it('all lines merged into one paragraph: the block goes, the user text stays', () => {
    const body = `<div>Avant</div><div>════════════ Visio ════════════<br>Rejoindre :<br>${url}<br>${'═'.repeat(31)}</div><div>Après</div>`;
    const removed = removeInvite(body, 'html');
    assert.ok(removed.includes('<div>Avant</div>') && removed.includes('<div>Après</div>'));
    assert.ok(!removed.includes('═') && !removed.includes(url));
    assert.equal(findExistingMeeting(removed, 'html', INSTANCES), null);
  });

  it('the frame shares a paragraph with user text: only our part goes', () => {
    const body = `<p>Notes ════════════ Visio ════════════<br>${url}<br>${'═'.repeat(31)} fin des notes</p>`;
    assert.equal(removeInvite(body, 'html'), '<p>Notes  fin des notes</p>');
  });

  it('never inside <plaintext>, whose contents a browser shows as text', () => {
    const body = insertInvite('<p>a</p><plaintext>b', 'html', first, 'bottom');
    assert.equal(body, `<p>a</p>${first.html}<plaintext>b`);
  });
});

describe('insertInvite refuses what renderInvite did not make', () => {
  it('throws a TypeError for a bare text or an unframed HTML invite (a caller bug, not user input)', () => {
    assert.throws(() => insertInvite('x', 'text', { text: 'Rejoindre : https://visio.numerique.gouv.fr/abc-defg-hij', html: first.html }, 'bottom'), TypeError);
    assert.throws(() => insertInvite('<p>x</p>', 'html', { text: first.text, html: '<p>https://visio.numerique.gouv.fr/abc-defg-hij</p>' }, 'bottom'), TypeError);
  });
});

describe('an HTML block turned into plain text by a client (the user switched the body to text)', () => {
  it('is found and removed, the text around it kept', () => {
    const url = 'https://visio.numerique.gouv.fr/abc-defg-hij';
    const converted = `Bonjour,\r\n\r\n════════════ Visio ════════════\r\n\r\nRejoindre la réunion Visio :\r\n${url} <${url}>\r\n\r\n═══════════════════════════════\r\n\r\nMarie`;
    assert.deepEqual(findExistingMeeting(converted, 'text', INSTANCES), { kind: 'ours', url });
    const removed = removeInvite(converted, 'text');
    assert.equal(removed, 'Bonjour,\r\n\r\nMarie');
  });
});
