import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatCoreMessage } from '../i18n/core-messages.ts';
import { LANGS } from '../i18n/lang.ts';
import { DEFAULT_PROFILE } from './default-profile.ts';
import { profileWarnings, validateProfile } from './validate-profile.ts';

function warnedFields(raw: Record<string, unknown>): string[] {
  const checked = validateProfile(raw);
  assert.ok(checked.ok, JSON.stringify(checked));
  return profileWarnings(checked.profile, raw).map((w) => String(w.params?.field));
}

describe('profileWarnings: ids a branded profile must not share with the default', () => {
  it('lists the per-organisation ids a branded profile left at the default', () => {
    assert.deepEqual(warnedFields({ instanceUrl: 'https://visio.example.fr' }), ['geckoId', 'outlook.addinId', 'outlook.hostUrl']);
    assert.deepEqual(warnedFields({ productName: 'Visio Ministère' }), ['geckoId', 'outlook.addinId', 'outlook.hostUrl']);
  });

  it('also when the default values were copied into the file', () => {
    const raw = { productName: 'Visio Ministère', geckoId: DEFAULT_PROFILE.geckoId, outlook: { addinId: DEFAULT_PROFILE.outlook.addinId, hostUrl: 'https://addin.example.fr' } };
    assert.deepEqual(warnedFields(raw), ['geckoId', 'outlook.addinId']);
  });

  it('says nothing for the default profile itself or a branded profile with its own ids', () => {
    assert.deepEqual(warnedFields({}), []);
    assert.deepEqual(warnedFields({ appName: 'Visio', helpUrl: 'https://aide.example.fr' }), []);
    assert.deepEqual(warnedFields({
      productName: 'Visio Ministère', instanceUrl: 'https://visio.example.fr', geckoId: 'visio@example.fr',
      outlook: { addinId: '0b5f8a52-3d47-4b8e-9a0f-2c5e7d91b3a4', hostUrl: 'https://addin.example.fr' },
    }), []);
  });

  it('words every warning in the four languages, with the field and the value', () => {
    const raw = { instanceUrl: 'https://visio.example.fr', geckoId: DEFAULT_PROFILE.geckoId };
    const checked = validateProfile(raw);
    assert.ok(checked.ok);
    const warnings = profileWarnings(checked.profile, raw);
    assert.deepEqual(new Set(warnings.map((w) => w.key)).size, 2, 'left out and copied read differently');
    for (const warning of warnings) {
      for (const lang of LANGS) {
        const text = formatCoreMessage(lang, warning);
        assert.ok(text.startsWith(`${String(warning.params?.field)}: `), text);
        assert.ok(!/\{[a-z]+\}/.test(text) && !text.includes('profile.'), `${lang}: ${text}`);
      }
    }
  });
});
