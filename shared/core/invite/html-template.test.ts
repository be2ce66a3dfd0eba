import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatCoreMessage } from '../i18n/core-messages.ts';
import { LANGS } from '../i18n/lang.ts';
import { validateProfile } from '../profile/validate-profile.ts';
import { validateHtmlTemplate } from './html-template.ts';

const keys = (html: string): string[] => validateHtmlTemplate(html).map((e) => `${e.key} ${String(e.params?.attribute ?? e.params?.tag ?? '')}`);

describe('validateHtmlTemplate: links a browser would run', () => {
  // Browsers drop tab, CR and LF anywhere in a URL and leading spaces/control characters.
  const hidden = [
    'java&#x09;script:alert(1)',
    'java&#X9;script:alert(1)',
    'java&#9;script:alert(1)',
    'java&#0000009;script:alert(1)',
    'java&Tab;script:alert(1)',
    'java&NewLine;script:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '&#x01;javascript:alert(1)',
    '&#32;&#32;javascript:alert(1)',
    '&#x6A;avascript:alert(1)',
    '&#106avascript:alert(1)',
    'javascript&colon;alert(1)',
    'JaVaScRiPt&#x3A;alert(1)',
    'data&#x3a;text/html;base64,PHNjcmlwdD4=',
    'vb&#x0D;script:msgbox(1)',
  ];
  for (const href of hidden) {
    it(`refuses href=${JSON.stringify(href)}`, () => {
      assert.deepEqual(keys(`<a href="${href}">{url}</a>`), ['template.htmlAttribute href']);
    });
  }

  it('refuses a named reference it cannot decode in front of the scheme rather than guess', () => {
    assert.deepEqual(keys('<a href="java&madeup;script:alert(1)">{url}</a>'), ['template.htmlAttribute href']);
  });

  it('still accepts ordinary links and references after the scheme', () => {
    assert.deepEqual(keys('<a href="https://aide.example.fr/?a=1&amp;b=2">{url}</a>'), []);
    assert.deepEqual(keys('<a href="mailto:support@example.fr">{url}</a>'), []);
  });
});

describe('validateHtmlTemplate: styles that fetch or run', () => {
  const styles = [
    'background:url(https://tracker.example/p.gif)',
    'background: URL ( "https://tracker.example/p.gif" )',
    'background:u\\72l(https://tracker.example/p.gif)',
    'background:u/**/rl(https://tracker.example/p.gif)',
    'background:&#x75;rl(https://tracker.example/p.gif)',
    'width:expression(alert(1))',
    '@import "https://tracker.example/s.css"',
  ];
  for (const style of styles) {
    it(`refuses style=${JSON.stringify(style)}`, () => {
      assert.deepEqual(keys(`<p style='${style}'>{url}</p>`), ['template.htmlStyle style']);
    });
  }

  it('accepts plain presentation styles', () => {
    assert.deepEqual(keys('<p style="color:#333;font-weight:bold;margin:0 0 8px">{url}</p>'), []);
  });

  it('words the style refusal in every language, and profile validation reports it', () => {
    const checked = validateProfile({ templates: { fr: { text: '{url}', html: '<p style="background:url(https://t.example/x)">{url}</p>' } } });
    assert.equal(checked.ok, false);
    const error = checked.ok ? undefined : checked.errors.find((e) => e.key === 'template.htmlStyle');
    assert.ok(error !== undefined);
    for (const lang of LANGS) assert.match(formatCoreMessage(lang, error), /url\(/, lang);
  });
});
