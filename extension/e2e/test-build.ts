// Builds the extension for the end-to-end tests with a profile whose instance is on 127.0.0.1, so
// the extension's standing host permission (the instance) covers the local fixture server: headless
// browsers cannot click a context menu, so the activeTab grant a real click gives is replaced by it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEFAULT_PROFILE } from '../../shared/core/profile/default-profile.ts';
import type { Profile } from '../../shared/core/profile/profile.ts';
import { validateProfile } from '../../shared/core/profile/validate-profile.ts';
import type { BuildContext } from '../../scripts/build/context.ts';
import { buildExtension, type Browser } from '../../scripts/build/extension.ts';

export const TEST_INSTANCE = 'http://127.0.0.1:9';

export async function buildTestExtension(browser: Browser, overrides: Partial<Profile> = {}): Promise<{ dir: string; profile: Profile; cleanup(): Promise<void> }> {
  const checked = validateProfile({ ...DEFAULT_PROFILE, instanceUrl: TEST_INSTANCE, webmails: [{ kind: 'owa', origin: 'https://mail.ministere.example' }], ...overrides });
  if (!checked.ok) throw new Error(`test profile invalid: ${JSON.stringify(checked.errors)}`);
  const out = await mkdtemp(join(tmpdir(), 'visio-ext-build-'));
  const ctx: BuildContext = { root: resolve(import.meta.dirname, '../..'), out, profile: checked.profile, version: '0.0.1', quiet: true, log: () => undefined };
  await buildExtension(ctx, browser);
  return { dir: join(out, browser), profile: checked.profile, cleanup: () => rm(out, { recursive: true, force: true }) };
}
