import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_PROFILE } from './default-profile.ts';
import { resolveProfile, USER_FIELDS } from './resolve-profile.ts';

const base = DEFAULT_PROFILE;
const keys = (messages: ReadonlyArray<{ key: string; params?: Readonly<Record<string, string | number>> }>) =>
  messages.map((message) => `${message.params?.field ?? ''} ${message.key}`);

describe('resolveProfile', () => {
  it('is the built profile when there is neither policy nor user setting', () => {
    const resolved = resolveProfile(base, null, null);
    assert.deepEqual(resolved.profile, base);
    assert.equal(resolved.locked.size, 0);
    assert.deepEqual(resolved.policyErrors, []);
    assert.deepEqual(resolved.errors, []);
  });

  it("applies the user's settings", () => {
    const { profile, userErrors } = resolveProfile(base, null, {
      instanceUrl: 'visio.suite.anct.gouv.fr', lang: 'de', placement: 'location', blockPosition: 'top', autoVisio: true,
    });
    assert.deepEqual(userErrors, []);
    assert.equal(profile.instanceUrl, 'https://visio.suite.anct.gouv.fr');
    assert.deepEqual(profile.languages, ['de', 'fr', 'en', 'nl']);
    assert.equal(profile.placement, 'location');
    assert.equal(profile.blockPosition, 'top');
    assert.equal(profile.outlook.autoVisio, true);
    assert.equal(profile.appName, base.appName);
  });

  it('keeps recognising rooms of the instance a user or a policy moved away from', () => {
    const byUser = resolveProfile(base, null, { instanceUrl: 'visio.suite.anct.gouv.fr' }).profile;
    assert.deepEqual(byUser.extraInstances, ['https://visio.numerique.gouv.fr']);
    const byPolicy = resolveProfile(base, { instanceUrl: 'visio.ministere.example' }, null).profile;
    assert.deepEqual(byPolicy.extraInstances, ['https://visio.numerique.gouv.fr']);
    const withExtra = { ...base, extraInstances: ['https://visio.suite.anct.gouv.fr'] };
    assert.deepEqual(resolveProfile(withExtra, null, { instanceUrl: 'visio.suite.anct.gouv.fr' }).profile.extraInstances, ['https://visio.numerique.gouv.fr']);
    const unchanged = resolveProfile(base, null, { instanceUrl: 'https://visio.numerique.gouv.fr/' }).profile;
    assert.deepEqual(unchanged.extraInstances, []);
  });

  it('skips a bad user setting, says so, and keeps the good ones', () => {
    const { profile, userErrors } = resolveProfile(base, null, { instanceUrl: 'http://evil.example', placement: 'location', lang: 'es', appName: 'Mine' });
    assert.equal(profile.instanceUrl, base.instanceUrl);
    assert.equal(profile.placement, 'location');
    assert.deepEqual(profile.languages, base.languages);
    assert.deepEqual(keys(userErrors), ['instanceUrl instanceUrl.http', 'lang profile.language', 'appName settings.unknownField']);
  });

  it('lets the policy win over the user, and locks what it sets', () => {
    const policy = { instanceUrl: 'https://visio.ministere.example', placement: 'description', outlook: { autoVisio: true } };
    const { profile, locked, policyErrors } = resolveProfile(base, policy, { instanceUrl: 'visio.other.example', placement: 'location', autoVisio: false, blockPosition: 'top' });
    assert.deepEqual(policyErrors, []);
    assert.equal(profile.instanceUrl, 'https://visio.ministere.example');
    assert.equal(profile.placement, 'description');
    assert.equal(profile.outlook.autoVisio, true);
    assert.equal(profile.blockPosition, 'top', 'a field the policy leaves alone stays the user’s');
    assert.deepEqual([...locked].sort(), ['autoVisio', 'instanceUrl', 'placement']);
  });

  it('with `<field>Locked: false`, a policy value is a default the user may change', () => {
    const policy = {
      instanceUrl: 'https://visio.ministere.example', instanceUrlLocked: false,
      languages: ['de', 'fr', 'en'], langLocked: false,
      placement: 'description', placementLocked: false,
      outlook: { autoVisio: true }, autoVisioLocked: false,
    };
    const untouched = resolveProfile(base, policy, null);
    assert.deepEqual(untouched.policyErrors, []);
    assert.equal(untouched.locked.size, 0, 'the options page shows every field editable');
    assert.equal(untouched.profile.instanceUrl, 'https://visio.ministere.example', 'the policy value replaces the built one');
    assert.deepEqual(untouched.profile.languages, ['de', 'fr', 'en']);
    assert.equal(untouched.profile.placement, 'description');
    assert.equal(untouched.profile.outlook.autoVisio, true);

    const chosen = resolveProfile(base, policy, { instanceUrl: 'visio.suite.anct.gouv.fr', lang: 'en', placement: 'location', autoVisio: false });
    assert.deepEqual(chosen.userErrors, []);
    assert.equal(chosen.profile.instanceUrl, 'https://visio.suite.anct.gouv.fr', 'the user’s own setting wins over the default');
    assert.deepEqual(chosen.profile.languages, ['en', 'de', 'fr']);
    assert.equal(chosen.profile.placement, 'location');
    assert.equal(chosen.profile.outlook.autoVisio, false);
    assert.deepEqual([...chosen.profile.extraInstances].sort(), ['https://visio.ministere.example', 'https://visio.numerique.gouv.fr'],
      'rooms made on the policy’s or the built instance stay Visio rooms');
  });

  it('a policy value without its `Locked: false` stays locked next to another field’s `Locked: false`', () => {
    const { profile, locked } = resolveProfile(base, { instanceUrl: 'https://visio.ministere.example', placement: 'description', placementLocked: false },
      { instanceUrl: 'visio.other.example', placement: 'location' });
    assert.equal(profile.instanceUrl, 'https://visio.ministere.example');
    assert.equal(profile.placement, 'location');
    assert.deepEqual([...locked], ['instanceUrl']);
  });

  it('passes over managed keys that configure other parts (calendar feeds) instead of failing the policy', () => {
    const policy = { instanceUrl: 'https://visio.ministere.example', calendarFeeds: ['https://agenda.ministere.example/cal.ics'] };
    const { profile, policyErrors } = resolveProfile(base, policy, null);
    assert.deepEqual(policyErrors, []);
    assert.equal(profile.instanceUrl, 'https://visio.ministere.example');
    assert.ok(resolveProfile(base, { calendarFeedz: [] }, null).policyErrors.length > 0, 'a misspelt key still fails closed');
  });

  it('lets the policy lock the built value without restating it', () => {
    const { profile, locked } = resolveProfile(base, { blockPositionLocked: true, langLocked: true, placementLocked: false }, { blockPosition: 'top', lang: 'nl', placement: 'location' });
    assert.equal(profile.blockPosition, base.blockPosition);
    assert.deepEqual(profile.languages, base.languages);
    assert.equal(profile.placement, 'location');
    assert.deepEqual([...locked].sort(), ['blockPosition', 'lang']);
  });

  it('lets the policy set organisation fields the user cannot', () => {
    const { profile, locked } = resolveProfile(base, { notice: { fr: 'a', en: 'b', de: 'c', nl: 'd' }, dialInNumber: '+33 1 84 88 00 00' }, null);
    assert.equal(profile.dialInNumber, '+33 1 84 88 00 00');
    assert.equal(profile.notice?.nl, 'd');
    assert.equal(locked.size, 0);
  });

  for (const [name, policy, expected] of [
    ['a bad value', { instanceUrl: 'http://visio.ministere.example' }, ['instanceUrl instanceUrl.http']],
    ['an unknown field', { instanceUrll: 'visio.ministere.example' }, ['instanceUrll profile.unknownField']],
    ['a lock on a field users cannot set', { templatesLocked: true }, ['templatesLocked policy.unknownField']],
    ['a lock that is not a boolean', { placementLocked: 'yes' }, ['placementLocked policy.lockNotBoolean']],
    ['something that is not an object', 'instanceUrl=visio.example.org', [' policy.notObject']],
  ] as const) {
    it(`fails closed on a policy with ${name}`, () => {
      const resolved = resolveProfile(base, policy, { instanceUrl: 'visio.other.example', placement: 'location' });
      assert.deepEqual(keys(resolved.policyErrors), expected);
      assert.deepEqual(resolved.errors, resolved.policyErrors);
      assert.deepEqual(resolved.profile, base, 'neither the broken policy nor the user settings apply');
      assert.deepEqual([...resolved.locked].sort(), [...USER_FIELDS].sort());
    });
  }
});
