import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { LANGS } from '../i18n/lang.ts';
import { DEFAULT_PROFILE } from '../profile/default-profile.ts';
import { validateProfile } from '../profile/validate-profile.ts';
import { formatCoreMessage } from '../i18n/core-messages.ts';
import { escapeHtml } from './escape-html.ts';
import { renderInvite } from './render.ts';
import { fillTemplate, PLACEHOLDERS, validateTemplate, type TemplateValues } from './template.ts';

const URL = 'https://visio.numerique.gouv.fr/abc-defg-hij';
const NO_EXTRAS: TemplateValues = { url: URL, appName: 'Visio', phone: '', pin: '', helpUrl: '', notice: '' };

describe('the line holding {url}', () => {
  it('is kept when an optional placeholder on it is empty, with tidy spacing', () => {
    assert.equal(fillTemplate('Lien {url} aide {helpUrl}', NO_EXTRAS), `Lien ${URL} aide`);
    assert.equal(fillTemplate("{notice} {url} ({phone})", NO_EXTRAS), `${URL} ()`);
  });

  it('is refused by validateTemplate when it also holds an optional placeholder, in every language', () => {
    const errors = validateTemplate('Lien {url} aide {helpUrl}');
    assert.deepEqual(errors.map((e) => e.key), ['template.urlLineOptional']);
    assert.equal(errors[0]?.params?.placeholder, '{helpUrl}');
    for (const lang of LANGS) {
      const text = formatCoreMessage(lang, errors[0] ?? { key: '' });
      assert.match(text, /\{url\}/, lang);
      assert.match(text, /\{helpUrl\}/, lang);
    }
    assert.deepEqual(validateTemplate('Lien {url} ({appName})\nAide {helpUrl}'), []);
  });

  it('makes profile validation refuse such a template', () => {
    const checked = validateProfile({ templates: { fr: { text: 'Lien {url} aide {helpUrl}' } } });
    assert.equal(checked.ok, false);
    if (!checked.ok) assert.ok(checked.errors.some((e) => e.key === 'template.urlLineOptional'), JSON.stringify(checked.errors));
  });

  it('renderInvite never returns an invitation without the link, whatever the template', () => {
    const piece = fc.oneof(
      fc.constantFrom(...PLACEHOLDERS.map((name) => `{${name}}`)),
      fc.constantFrom('\n', ' ', 'Lien ', ' : ', '{{', '}}', '{', '}', '═══', '<b>', '</b>'),
      fc.string({ maxLength: 8 }),
    );
    const template = fc.array(piece, { maxLength: 14 }).map((pieces) => pieces.join(''));
    const optional = fc.option(fc.constantFrom('https://aide.example.fr', ''), { nil: null });
    fc.assert(fc.property(template, fc.option(template, { nil: undefined }), fc.constantFrom(...LANGS), optional, (text, html, lang, helpUrl) => {
      const profile = {
        ...DEFAULT_PROFILE,
        helpUrl: helpUrl === '' ? null : helpUrl,
        templates: { [lang]: html === undefined ? { text } : { text, html } },
      };
      const invite = renderInvite(profile, lang, { url: URL, slug: 'abc-defg-hij' });
      assert.ok(invite.text.includes(URL), invite.text);
      assert.ok(invite.html.includes(escapeHtml(URL)), invite.html);
    }), { numRuns: 500 });
  });
});
