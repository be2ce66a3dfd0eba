import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LANGS } from '../i18n/lang.ts';
import { DEFAULT_PROFILE } from '../profile/default-profile.ts';
import { validateHtmlTemplate } from './html-template.ts';
import { formatInviteMessage, inviteMessages } from './invite-messages.ts';
import { renderInvite } from './render.ts';
import { fillTemplate, validateTemplate, type TemplateValues } from './template.ts';

const VALUES: TemplateValues = {
  url: 'https://visio.numerique.gouv.fr/abc-defg-hij',
  appName: 'Visio',
  phone: '+33 9 01 02 03 04',
  pin: '123 456 7890#',
  helpUrl: '',
  notice: '',
};

describe('validateTemplate', () => {
  it('accepts a template with the link and known fields', () => {
    assert.deepEqual(validateTemplate('Réunion {appName} : {url}\nTéléphone : {phone} ({pin})\n{notice}\n{helpUrl}'), []);
  });

  it('accepts literal braces written twice', () => {
    assert.deepEqual(validateTemplate('{{Visio}} {url} }}'), []);
    assert.equal(fillTemplate('{{Visio}} {url}', VALUES), '{Visio} https://visio.numerique.gouv.fr/abc-defg-hij');
  });

  it('rejects an unknown placeholder instead of printing it', () => {
    const errors = validateTemplate('Rejoindre : {url}\nSalle : {room}');
    assert.equal(errors.length, 1);
    assert.equal(errors[0]?.key, 'template.unknownPlaceholder');
    assert.equal(errors[0]?.params?.placeholder, '{room}');
    assert.match(formatInviteMessage('fr', errors[0] ?? { key: '' }), /« \{room\} ».*\{url\}, \{appName\}/);
  });

  it('rejects unbalanced braces, saying where', () => {
    const unclosed = validateTemplate('Lien {url} et {appName');
    assert.deepEqual(unclosed.map((e) => e.key), ['template.unclosedBrace']);
    assert.equal(unclosed[0]?.params?.position, 15);
    assert.deepEqual(validateTemplate('Lien {url} }').map((e) => e.key), ['template.unopenedBrace']);
    assert.deepEqual(validateTemplate('Lien {ur{url}').map((e) => e.key), ['template.unclosedBrace']);
  });

  it('rejects a template without the link, and an empty one', () => {
    assert.deepEqual(validateTemplate('Réunion {appName}').map((e) => e.key), ['template.missingUrl']);
    assert.deepEqual(validateTemplate('  \n ').map((e) => e.key), ['template.empty']);
  });

  it("rejects lines of ═ or ─ that would break our block's frame or mimic Meet's", () => {
    assert.deepEqual(validateTemplate(`═══════\n{url}`).map((e) => e.params?.character), ['═']);
    assert.deepEqual(validateTemplate(`{url}\n${'─'.repeat(10)}`).map((e) => e.params?.character), ['─']);
    assert.deepEqual(validateTemplate(`{url} ─── ══`), []);
  });
});

describe('fillTemplate', () => {
  it('fills values and leaves out the lines whose value is missing, tidying blank lines', () => {
    const template = '\nRejoindre {appName} :\n{url}\n\nAide : {helpUrl}\n\nAppel : {phone}\nCode : {pin}\n\n{notice}\n';
    assert.equal(fillTemplate(template, VALUES), 'Rejoindre Visio :\nhttps://visio.numerique.gouv.fr/abc-defg-hij\n\nAppel : +33 9 01 02 03 04\nCode : 123 456 7890#');
    assert.equal(fillTemplate(template, { ...VALUES, phone: '', pin: '' }), 'Rejoindre Visio :\nhttps://visio.numerique.gouv.fr/abc-defg-hij');
  });

  it('passes literal text and values through the given renderers (HTML escaping)', () => {
    const html = fillTemplate('<b>{appName}</b> & {url}', { ...VALUES, appName: '<i>' }, {
      literal: (text) => text.replace(/&/g, '&amp;'),
      value: (name, value) => `[${name}:${value}]`,
    });
    assert.equal(html, '<b>[appName:<i>]</b> &amp; [url:https://visio.numerique.gouv.fr/abc-defg-hij]');
  });
});

describe('template messages', () => {
  it('exist in every language with the same parameters as the French', () => {
    const params = (text: string) => [...text.matchAll(/\{(position|placeholder|known|character|tag|attribute)\}/g)].map((m) => m[1]).sort();
    for (const lang of LANGS) {
      for (const [key, text] of Object.entries(inviteMessages.fr)) {
        const translated = inviteMessages[lang][key as keyof typeof inviteMessages.fr];
        assert.ok(translated.trim() !== '', `${lang} ${key}`);
        assert.deepEqual(params(translated), params(text), `${lang} ${key}`);
      }
    }
  });

  it('are worded with their parameters', () => {
    assert.equal(formatInviteMessage('en', { key: 'template.unopenedBrace', params: { position: 7 } }),
      'The template contains a "}" with no opening brace (character 7). Write "}}" for a literal brace.');
    assert.equal(formatInviteMessage('de', { key: 'template.missingUrl' }), 'Die Vorlage muss {url} enthalten: Ohne Link kann niemand an der Besprechung teilnehmen.');
  });
});

describe('validateHtmlTemplate', () => {
  it('accepts simple, balanced formatting around the link', () => {
    assert.deepEqual(validateHtmlTemplate('<p><b>Visio</b> : <a href="{url}">{url}</a></p>\n<p>{notice}</p>'), []);
  });

  it('rejects active content, remote images and document parts', () => {
    const keys = (html: string) => validateHtmlTemplate(html).map((e) => `${e.key} ${String(e.params?.tag ?? e.params?.attribute ?? '')}`);
    assert.deepEqual(keys('<p>{url}</p><script>alert(1)</script>'), ['template.htmlForbidden <script>']);
    assert.deepEqual(keys('<p>{url}<img src="https://tracker.example/p.gif"></p>'), ['template.htmlForbidden <img>']);
    assert.deepEqual(keys('<p onclick="x()">{url}</p>'), ['template.htmlAttribute onclick']);
    assert.deepEqual(keys('<a href=" javascript:alert(1)">{url}</a>'), ['template.htmlAttribute href']);
    assert.deepEqual(keys('<a href="java&#58;script:x">{url}</a>'), []);
    assert.deepEqual(keys('<a href="javascript&#58;alert(1)">{url}</a>'), ['template.htmlAttribute href']);
  });

  it('rejects unbalanced markup, which would split our block', () => {
    assert.deepEqual(validateHtmlTemplate('<p><b>{url}</p>').map((e) => e.params?.tag), ['b']);
    assert.deepEqual(validateHtmlTemplate('<div><p>{url}').map((e) => e.params?.tag), ['div', 'p']);
    assert.deepEqual(validateHtmlTemplate('<p>{url}</p></div>').map((e) => e.key), ['template.htmlUnbalanced']);
    assert.deepEqual(validateHtmlTemplate('<p>{url}</p><!-- open').map((e) => e.key), ['template.htmlUnbalanced']);
  });

  it('an invalid HTML template is not used: the HTML is made from the text template', () => {
    const profile = { ...DEFAULT_PROFILE, templates: { fr: { text: 'Lien : {url}', html: '<p onmouseover="steal()">{url}</p>' } } };
    const { html } = renderInvite(profile, 'fr', { url: 'https://visio.numerique.gouv.fr/abc-defg-hij', slug: 'abc-defg-hij' });
    assert.ok(!html.includes('onmouseover'));
    assert.match(html, /<p>Lien : <a id="LPNoLP" href="https:\/\/visio\.numerique\.gouv\.fr\/abc-defg-hij">/);
  });
});
