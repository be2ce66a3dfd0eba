import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { JSDOM } from 'jsdom';
import { LANGS } from '../i18n/lang.ts';
import { DEFAULT_PROFILE } from '../profile/default-profile.ts';
import type { Profile } from '../profile/profile.ts';
import { findExistingMeeting, insertInvite, removeInvite } from './block.ts';
import { formatPin } from './dial-in.ts';
import { renderInvite } from './render.ts';

const GOLDEN = join(import.meta.dirname, 'fixtures', 'golden');
const MEETING = { url: 'https://visio.numerique.gouv.fr/abc-defg-hij', slug: 'abc-defg-hij', pin: '0123456789' };
const FULL: Profile = {
  ...DEFAULT_PROFILE,
  dialInNumber: '+33 9 01 02 03 04',
  helpUrl: 'https://aide.numerique.gouv.fr/visio',
  notice: {
    fr: 'Cette réunion peut être enregistrée et transcrite.',
    en: 'This meeting may be recorded and transcribed.',
    de: 'Diese Besprechung kann aufgezeichnet und transkribiert werden.',
    nl: 'Deze vergadering kan worden opgenomen en uitgeschreven.',
  },
};

/** Compares with the golden file; `UPDATE_GOLDEN=1 npm test -- invite/render` rewrites them (review the diff!). */
function golden(name: string, actual: string): void {
  const path = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, `${actual}\n`);
  assert.equal(`${actual}\n`, readFileSync(path, 'utf8'), `golden file ${name}`);
}

function parse(html: string) {
  return JSDOM.fragment(html);
}

describe('renderInvite: golden files', () => {
  for (const lang of LANGS) {
    it(`${lang}: full (dial-in, help, notice) and minimal, text and HTML`, () => {
      const full = renderInvite(FULL, lang, MEETING);
      golden(`${lang}-full.txt`, full.text);
      golden(`${lang}-full.html`, full.html);
      const minimal = renderInvite(DEFAULT_PROFILE, lang, { url: MEETING.url, slug: MEETING.slug });
      golden(`${lang}-minimal.txt`, minimal.text);
      golden(`${lang}-minimal.html`, minimal.html);
    });
  }
});

describe('renderInvite: content', () => {
  it('speaks good French', () => {
    const { text } = renderInvite(FULL, 'fr', MEETING);
    assert.match(text, /^Rejoindre la réunion Visio\u00a0:$/m);
    assert.match(text, /^Ou appelez \(audio uniquement\)\u00a0: \+33 9 01 02 03 04$/m);
    assert.match(text, /^Code\u00a0: 012 345 6789#$/m);
  });

  it('the HTML reads the same as the text, with one join link, a phone link and no script', () => {
    for (const lang of LANGS) {
      const { text, html } = renderInvite(FULL, lang, MEETING);
      const fragment = parse(html);
      const links = [...fragment.querySelectorAll('a')];
      assert.deepEqual(links.map((a) => a.getAttribute('href')), [MEETING.url, 'tel:+33901020304', FULL.helpUrl]);
      assert.equal(fragment.querySelectorAll('script, style, svg, img').length, 0);
      // What a reader sees: <br> breaks a line, source line breaks are only spaces in HTML.
      const shown = [...fragment.querySelectorAll('p')]
        .map((p) => [...p.childNodes].map((node) => (node.nodeName === 'BR' ? '\n' : (node.textContent ?? '').replace(/\n/g, ''))).join(''))
        .join('\n');
      assert.equal(shown, text.split('\n').filter((line) => line !== '').join('\n'));
    }
  });

  it('hides the frame characters from screen readers, not the label', () => {
    const fragment = parse(renderInvite(FULL, 'fr', MEETING).html);
    const hidden = [...fragment.querySelectorAll('[aria-hidden="true"]')].map((element) => element.textContent ?? '');
    assert.equal(hidden.length, 3);
    assert.ok(hidden.every((text) => /^═+$/.test(text)));
    const firstLine = fragment.querySelector('p');
    const spoken = [...(firstLine?.childNodes ?? [])].filter((node) => node.nodeName !== 'SPAN').map((node) => node.textContent).join('');
    assert.equal(spoken.trim(), 'Visio');
  });

  it('shows the dial-in only when both the number and the PIN are known', () => {
    const noPin = renderInvite(FULL, 'en', { url: MEETING.url, slug: MEETING.slug }).text;
    assert.ok(!noPin.includes('+33') && !noPin.includes('Code'));
    const noNumber = renderInvite({ ...FULL, dialInNumber: null }, 'en', MEETING).text;
    assert.ok(!noNumber.includes('Or call') && !noNumber.includes('012 345'));
  });

  it('shows the notice in French when the organisation wrote none for the language', () => {
    const { text } = renderInvite({ ...FULL, notice: { fr: 'Enregistrement possible.' } }, 'nl', MEETING);
    assert.match(text, /^Enregistrement possible\.$/m);
  });

  it("uses the organisation's template, and its HTML one", () => {
    const profile: Profile = { ...FULL, templates: { fr: { text: 'Visio du ministère : {url}\nAssistance : {helpUrl}', html: '<p><b>Visio du ministère</b> : <a href="{url}">{url}</a></p>' } } };
    const { text, html } = renderInvite(profile, 'fr', MEETING);
    assert.equal(text.split('\n').slice(1, -1).join('\n'), `Visio du ministère : ${MEETING.url}\nAssistance : ${FULL.helpUrl}`);
    assert.ok(html.includes(`<p><b>Visio du ministère</b> : <a href="${MEETING.url}">${MEETING.url}</a></p>`));
    assert.match(renderInvite(profile, 'en', MEETING).text, /Join the Visio meeting/, 'other languages keep the built-in wording');
  });

  it('falls back to the built-in wording when the template is invalid', () => {
    const profile: Profile = { ...FULL, templates: { en: { text: 'Room {room}' } } };
    assert.match(renderInvite(profile, 'en', MEETING).text, /^Join the Visio meeting:$/m);
  });
});

describe('renderInvite: escaping', () => {
  const nasty = `https://visio.numerique.gouv.fr/abc-defg-hij?x="><script>alert(1)</script>&y='z'`;
  const profile: Profile = {
    ...FULL,
    appName: 'Visio <b>&</b> "Co"',
    dialInNumber: '+33 1 <23>',
    helpUrl: `https://aide.example/?q="'><img src=x onerror=alert(1)>`,
    notice: { fr: '<script>alert("notice")</script> & co' },
  };

  it('escapes every value in the HTML, the URL in href too', () => {
    const { html } = renderInvite(profile, 'fr', { url: nasty, slug: 'abc-defg-hij', pin: '0123456789' });
    assert.ok(!/<script|<img|<b>/i.test(html), html);
    const fragment = parse(html);
    assert.equal(fragment.querySelectorAll('script, img, b').length, 0);
    const [join, , help] = [...fragment.querySelectorAll('a')];
    assert.equal(join?.getAttribute('href'), nasty);
    assert.equal(join?.textContent, nasty);
    assert.equal(help?.getAttribute('href'), profile.helpUrl);
    assert.ok(fragment.textContent?.includes('<script>alert("notice")</script> & co'));
    assert.ok(fragment.textContent?.includes('Visio <b>&</b> "Co"'));
  });

  it('escapes the literal text of an organisation template and values in its HTML template', () => {
    const withTemplates: Profile = { ...profile, templates: { en: { text: 'A & B <i>{url}</i>' }, nl: { text: '{url}', html: '<p title="{appName}">{url}</p>\n<p>{notice}</p>' } } };
    const en = parse(renderInvite(withTemplates, 'en', MEETING).html);
    assert.equal(en.querySelectorAll('i').length, 0);
    assert.ok(en.textContent?.includes(`A & B <i>${MEETING.url}</i>`));
    const nl = parse(renderInvite(withTemplates, 'nl', MEETING).html);
    assert.equal(nl.querySelector('p[title]')?.getAttribute('title'), profile.appName);
    assert.equal(nl.querySelectorAll('script').length, 0);
  });

  it('values that draw frame lines cannot break the block', () => {
    const framed: Profile = { ...FULL, appName: '═══ Visio ═══', notice: { fr: `${'═'.repeat(40)} fin ${'─'.repeat(40)}` } };
    const invite = renderInvite(framed, 'fr', MEETING);
    for (const format of ['text', 'html'] as const) {
      const body = insertInvite('Bonjour', format, invite, 'bottom');
      assert.equal(findExistingMeeting(body, format, ['https://visio.numerique.gouv.fr'])?.kind, 'ours');
      assert.equal(removeInvite(body, format), 'Bonjour');
    }
  });
});

describe('formatPin', () => {
  it('groups a 10-digit PIN 3-3-4 and ends it with #, as Meet shows it', () => {
    assert.equal(formatPin('0123456789'), '012 345 6789#');
    assert.equal(formatPin('012 345 6789#'), '012 345 6789#');
  });

  it('groups other lengths by three, never leaving one digit alone', () => {
    assert.equal(formatPin('1234'), '1234#');
    assert.equal(formatPin('123456'), '123 456#');
    assert.equal(formatPin('1234567'), '123 4567#');
  });
});
