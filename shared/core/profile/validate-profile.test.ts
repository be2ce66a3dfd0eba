import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { formatCoreMessage } from '../i18n/core-messages.ts';
import { DEFAULT_PROFILE } from './default-profile.ts';
import type { Profile } from './profile.ts';
import { validateProfile } from './validate-profile.ts';

function valid(input: unknown): Profile {
  const result = validateProfile(input);
  assert.ok(result.ok, `expected valid, got ${result.ok ? '' : JSON.stringify(result.errors)}`);
  return result.profile;
}

/** The errors as `field key` pairs, which is what an IT person reads first. */
function errors(input: unknown): string[] {
  const result = validateProfile(input);
  assert.ok(!result.ok, 'expected errors');
  return result.errors.map((error) => `${error.params?.field ?? ''} ${error.key}`);
}

describe('the default profile', () => {
  it('is profiles/default.json, and that file is valid as it stands', () => {
    const file = JSON.parse(readFileSync(new URL('../../../profiles/default.json', import.meta.url), 'utf8')) as unknown;
    assert.deepEqual(valid(file), DEFAULT_PROFILE);
    assert.deepEqual(DEFAULT_PROFILE, file);
  });

  it('is for visio.numerique.gouv.fr, French first', () => {
    assert.equal(DEFAULT_PROFILE.instanceUrl, 'https://visio.numerique.gouv.fr');
    assert.equal(DEFAULT_PROFILE.appName, 'Visio');
    assert.deepEqual(DEFAULT_PROFILE.languages, ['fr', 'en', 'de', 'nl']);
  });

  it('cannot be changed by accident at run time', () => {
    assert.throws(() => { (DEFAULT_PROFILE as { appName: string }).appName = 'x'; }, TypeError);
    assert.throws(() => { (DEFAULT_PROFILE.languages as string[]).push('es'); }, TypeError);
  });
});

describe('validateProfile', () => {
  it('fills every missing field from the default', () => {
    assert.deepEqual(valid({}), DEFAULT_PROFILE);
    const profile = valid({ instanceUrl: 'visio.suite.anct.gouv.fr/', appName: 'Visio ANCT' });
    assert.equal(profile.instanceUrl, 'https://visio.suite.anct.gouv.fr');
    assert.equal(profile.appName, 'Visio ANCT');
    assert.deepEqual(profile.outlook, DEFAULT_PROFILE.outlook);
  });

  it('takes a complete organisation profile', () => {
    const profile = valid({
      $schema: './profile.schema.json',
      productName: 'Visio pour le Ministère',
      geckoId: 'visio@ministere.example.gouv.fr',
      instanceUrl: 'https://meet.ministere.example:8443/visio/',
      extraInstances: ['visio.numerique.gouv.fr'],
      appName: 'Visio',
      languages: ['fr', 'en'],
      templates: { fr: { text: 'Rejoindre : {url}', html: '<p>Rejoindre : {url}</p>' } },
      placement: 'description',
      blockPosition: 'top',
      roomMode: 'random',
      dialInNumber: '+33 1 84 88 00 00',
      helpUrl: 'https://aide.ministere.example/visio?lang=fr',
      notice: { fr: 'Cette réunion peut être transcrite.', en: 'This meeting may be transcribed.' },
      webmails: [{ kind: 'sogo', origin: 'https://Mail.Ministere.example/' }],
      outlook: { addinId: '0F6B9D2E-1111-4222-8333-444455556666', hostUrl: 'https://addin.ministere.example/', autoVisio: true },
    });
    assert.equal(profile.instanceUrl, 'https://meet.ministere.example:8443/visio');
    assert.deepEqual(profile.extraInstances, ['https://visio.numerique.gouv.fr']);
    assert.deepEqual(profile.webmails, [{ kind: 'sogo', origin: 'https://mail.ministere.example' }]);
    assert.equal(profile.outlook.addinId, '0f6b9d2e-1111-4222-8333-444455556666');
    assert.equal(profile.outlook.hostUrl, 'https://addin.ministere.example');
    assert.equal(profile.outlook.autoVisio, true);
    assert.equal(profile.outlook.officeJs, 'cdn', 'outlook fields not given keep their default');
    assert.equal(profile.dialInNumber, '+33 1 84 88 00 00');
    assert.equal(Object.hasOwn(profile, '$schema'), false);
  });

  it('refuses what is not an object', () => {
    for (const input of [null, 'profile', 42, []]) assert.deepEqual(errors(input), [' profile.notObject']);
  });

  it('names unknown fields, at the top and inside', () => {
    assert.deepEqual(errors({ instanceURL: 'x.fr' }), ['instanceURL profile.unknownField']);
    assert.deepEqual(errors({ outlook: { autovisio: true } }), ['outlook.autovisio profile.unknownField']);
    assert.deepEqual(errors({ webmails: [{ kind: 'sogo', origin: 'https://m.example.org', path: '/SOGo' }] }), ['webmails[0].path profile.unknownField']);
  });

  it('checks the instance URLs', () => {
    assert.deepEqual(errors({ instanceUrl: 'http://visio.example.org' }), ['instanceUrl instanceUrl.http']);
    assert.deepEqual(errors({ extraInstances: ['ok.example.org', 'https://a@b.example.org'] }), ['extraInstances[1] instanceUrl.credentials']);
    assert.deepEqual(errors({ extraInstances: 'visio.example.org' }), ['extraInstances profile.array']);
    assert.deepEqual(errors({ extraInstances: ['https://visio.numerique.gouv.fr/'] }), ['extraInstances[0] profile.instanceTwice']);
  });

  it('checks the languages: a non-empty subset, no repeats', () => {
    assert.deepEqual(valid({ languages: ['nl', 'fr'] }).languages, ['nl', 'fr']);
    assert.deepEqual(errors({ languages: [] }), ['languages profile.languagesEmpty']);
    assert.deepEqual(errors({ languages: ['fr', 'es'] }), ['languages[1] profile.language']);
    assert.deepEqual(errors({ languages: ['fr', 'fr'] }), ['languages[1] profile.languageTwice']);
    assert.deepEqual(errors({ languages: 'fr' }), ['languages profile.array']);
  });

  it('checks the choices', () => {
    assert.deepEqual(errors({ placement: 'body' }), ['placement profile.oneOf']);
    assert.deepEqual(errors({ blockPosition: 'middle' }), ['blockPosition profile.oneOf']);
    assert.deepEqual(errors({ roomMode: 'api' }), ['roomMode profile.oneOf']);
    assert.deepEqual(errors({ outlook: { officeJs: 'local' } }), ['outlook.officeJs profile.oneOf']);
    assert.deepEqual(errors({ outlook: { autoVisio: 'yes' } }), ['outlook.autoVisio profile.boolean']);
  });

  it('checks texts are not empty', () => {
    assert.deepEqual(errors({ appName: '  ' }), ['appName profile.string']);
    assert.deepEqual(errors({ productName: 3 }), ['productName profile.string']);
    assert.equal(valid({ productName: 'V'.repeat(75) }).productName.length, 75);
    assert.deepEqual(errors({ productName: 'V'.repeat(76) }), ['productName profile.tooLong']);
    assert.deepEqual(errors({ geckoId: 'visio scheduler' }), ['geckoId profile.geckoId']);
    assert.equal(valid({ geckoId: '{6f1c8a52-3d47-4b8e-9a0f-2c5e7d91b3a4}' }).geckoId, '{6f1c8a52-3d47-4b8e-9a0f-2c5e7d91b3a4}');
  });

  it('checks the dial-in number', () => {
    for (const number of ['+33 1 84 88 00 00', '+33184880000', '01 84 88 00 00', '+1 (555) 010-0000', '+31.20.123.4567']) {
      assert.equal(valid({ dialInNumber: number }).dialInNumber, number);
    }
    assert.equal(valid({ dialInNumber: null }).dialInNumber, null);
    for (const number of ['phone', '+33 1 84 88 00 00 00 00 00 00', '12', '+33 1 84 88 00 00#', 'tel:+33184880000', '', 33184880000]) {
      assert.deepEqual(errors({ dialInNumber: number }), ['dialInNumber profile.dialIn'], String(number));
    }
  });

  it('wants the help page on https', () => {
    assert.equal(valid({ helpUrl: 'https://aide.example.org/visio#faq' }).helpUrl, 'https://aide.example.org/visio#faq');
    for (const url of ['http://aide.example.org', 'javascript:alert(1)', 'https://user@aide.example.org', 'aide.example.org', 'https://aide example.org', 3]) {
      assert.deepEqual(errors({ helpUrl: url }), ['helpUrl profile.httpsUrl'], String(url));
    }
  });

  it('wants the notice in every language offered', () => {
    assert.deepEqual(valid({ languages: ['fr'], notice: { fr: 'Réunion enregistrée.' } }).notice, { fr: 'Réunion enregistrée.' });
    assert.deepEqual(errors({ languages: ['fr', 'de'], notice: { fr: 'Réunion enregistrée.' } }), ['notice.de profile.noticeMissing']);
    assert.deepEqual(errors({ languages: ['fr'], notice: { fr: ' ' } }), ['notice.fr profile.noticeEmpty']);
    assert.deepEqual(errors({ languages: ['fr'], notice: { fr: 'x', es: 'y' } }), ['notice.es profile.language']);
    assert.deepEqual(errors({ notice: 'Réunion enregistrée.' }), ['notice profile.object']);
  });

  it('checks template placeholders with the invitation module, naming the field', () => {
    assert.deepEqual(valid({ templates: { fr: { text: 'Rejoindre {appName} : {url}\nAide : {helpUrl}' } } }).templates.fr, { text: 'Rejoindre {appName} : {url}\nAide : {helpUrl}' });
    assert.deepEqual(errors({ templates: { fr: { text: 'Rejoindre : {lien}' } } }), ['templates.fr.text template.unknownPlaceholder', 'templates.fr.text template.missingUrl']);
    assert.deepEqual(errors({ templates: { en: { text: 'Join: {url}', html: '<p>Join: {url</p>' } } }), ['templates.en.html template.unclosedBrace', 'templates.en.html template.missingUrl']);
    const result = validateProfile({ templates: { fr: { text: 'Rejoindre : {lien} {url}' } } });
    assert.ok(!result.ok);
    assert.match(formatCoreMessage('fr', result.errors[0] ?? { key: '' }), /^templates\.fr\.text: Le modèle contient « \{lien\} »/);
    assert.match(formatCoreMessage('nl', result.errors[0] ?? { key: '' }), /^templates\.fr\.text: Het sjabloon bevat "\{lien\}"/);
  });

  it('accepts formatting HTML in templates and refuses what could run or submit', () => {
    const html = '<p style="margin:0">Rejoindre <a href="{url}" target="_blank"><strong>{appName}</strong></a></p>\n<p>Aide : <a href="{helpUrl}">{helpUrl}</a></p>';
    assert.equal(valid({ templates: { fr: { text: 'Rejoindre : {url}', html } } }).templates.fr?.html, html);
    for (const bad of [
      '<p>{url}</p><script>alert(1)</script>',
      '<p>{url}</p><SCRIPT src="https://evil.example/x.js"></SCRIPT>',
      '<img src="x" onerror="alert(1)"> {url}',
      '<a href="javascript:alert(1)">{url}</a>',
      '<a href = \'data:text/html,x\'>{url}</a>',
      '<style>body{display:none}</style>{url}',
      '<form action="https://evil.example"><input name="p"></form>{url}',
      '<iframe src="https://evil.example"></iframe>{url}',
      '<svg onload="alert(1)"></svg>{url}',
    ]) {
      const found = errors({ templates: { fr: { text: '{url}', html: bad } } });
      assert.ok(found.some((line) => /^templates\.fr\.html template\.html(Forbidden|Attribute)$/.test(line)), `${bad}: ${found.join(', ')}`);
    }
    assert.deepEqual(errors({ templates: { fr: { text: '{url}', html: '<p>{url}<img src="https://tracker.example/p.gif"></p>' } } }), ['templates.fr.html template.htmlForbidden'], 'remote images are trackers');
    assert.deepEqual(errors({ templates: { fr: { text: '{url}', html: '<p><b>{url}</p>' } } }), ['templates.fr.html template.htmlUnbalanced'], 'an unbalanced template would split our block');
    const result = validateProfile({ templates: { fr: { text: '{url}', html: '<b onclick="steal()">{url}</b>' } } });
    assert.ok(!result.ok);
    assert.match(formatCoreMessage('en', result.errors[0] ?? { key: '' }), /^templates\.fr\.html: .*onclick/);
  });

  it('checks the shape of templates', () => {
    assert.deepEqual(errors({ templates: { fr: 'Rejoindre : {url}' } }), ['templates.fr profile.object']);
    assert.deepEqual(errors({ templates: { es: { text: '{url}' } } }), ['templates.es profile.language']);
    assert.deepEqual(errors({ templates: { fr: { text: '' } } }), ['templates.fr.text profile.string']);
    assert.deepEqual(errors({ templates: { fr: { text: '{url}', markdown: '{url}' } } }), ['templates.fr.markdown profile.unknownField']);
  });

  it('checks webmails', () => {
    assert.deepEqual(errors({ webmails: [{ kind: 'exchange', origin: 'https://mail.example.org' }] }), ['webmails[0].kind profile.oneOf']);
    for (const origin of ['https://mail.example.org/SOGo', 'http://mail.example.org', 'mail example.org', 'https://mail.example.org/?a']) {
      assert.deepEqual(errors({ webmails: [{ kind: 'sogo', origin }] }), ['webmails[0].origin profile.webmailOrigin'], origin);
    }
    assert.deepEqual(valid({ webmails: [{ kind: 'roundcube', origin: 'mail.example.org' }] }).webmails, [{ kind: 'roundcube', origin: 'https://mail.example.org' }]);
  });

  it('checks the Outlook add-in settings', () => {
    assert.deepEqual(errors({ outlook: { addinId: 'visio-addin' } }), ['outlook.addinId profile.guid']);
    assert.deepEqual(errors({ outlook: { hostUrl: 'http://addin.example.org' } }), ['outlook.hostUrl instanceUrl.http']);
    assert.equal(valid({ outlook: { hostUrl: 'http://localhost:3000' } }).outlook.hostUrl, 'http://localhost:3000');
    assert.deepEqual(errors({ outlook: 'cdn' }), ['outlook profile.object']);
  });

  it('reports every error at once, each naming its field in the four languages', () => {
    const result = validateProfile({ instanceUrl: 'http://x.example.org', placement: 'nowhere', outlook: { addinId: 'nope' } });
    assert.ok(!result.ok);
    assert.equal(result.errors.length, 3);
    const placement = result.errors[1];
    assert.ok(placement !== undefined);
    assert.equal(formatCoreMessage('fr', placement), "placement: « nowhere » n'est pas accepté ; valeurs possibles : location, description, both.");
    assert.equal(formatCoreMessage('en', placement), 'placement: "nowhere" is not accepted; possible values: location, description, both.');
    assert.match(formatCoreMessage('de', placement), /^placement: „nowhere“ wird nicht akzeptiert/);
    assert.match(formatCoreMessage('nl', placement), /^placement: "nowhere" wordt niet geaccepteerd/);
  });

  it('validates over another base when asked', () => {
    const base = valid({ appName: 'Visio ANCT', languages: ['fr'] });
    const result = validateProfile({ placement: 'location' }, base);
    assert.ok(result.ok);
    assert.equal(result.profile.appName, 'Visio ANCT');
    assert.equal(result.profile.placement, 'location');
  });
});
