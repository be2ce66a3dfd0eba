// The built task pane in real Chromium with a fake Office: axe-core (WCAG 2.1 AA) finds nothing in
// either view, the pane speaks Outlook's language, and its buttons act on the appointment.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';

const root = resolve(import.meta.dirname, '../..');
const pane = join(root, 'dist/outlook-addin/taskpane.html');
const CHROMIUM = existsSync('/usr/lib/chromium/chromium') ? '/usr/lib/chromium/chromium' : '/usr/bin/chromium';

function skipReason(): string | false {
  const missing = !existsSync(CHROMIUM) ? `${CHROMIUM} is not installed (apt-get install chromium)` : !existsSync(pane) ? 'dist/outlook-addin not built (npm run build)' : null;
  if (missing === null) return false;
  if (process.env.CI === 'true') throw new Error(`CI=true and ${missing}`);
  return missing;
}
const skip = skipReason();

let browser: Browser;
let fakeOffice = '';
const axeSource = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

async function openPane(displayLanguage: string, body = '<p>Bonjour,</p>'): Promise<Page> {
  const page = await browser.newPage();
  await page.addInitScript((options) => { (window as unknown as { __fakeOfficeOptions: unknown }).__fakeOfficeOptions = options; },
    { displayLanguage, body, location: 'Salle 4.12' });
  // office.js comes from Microsoft's CDN in production; here the fake answers in its place.
  await page.route('https://appsforoffice.microsoft.com/**', (route) => route.fulfill({ contentType: 'text/javascript', body: fakeOffice }));
  await page.goto(pathToFileURL(pane).href);
  await page.waitForSelector('[data-visio-ready]');
  return page;
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: unknown): Promise<{ violations: Array<{ id: string; nodes: unknown[] }>; passes: unknown[] }> } }).axe;
    return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
  });
  assert.ok(result.passes.length > 10, 'axe ran its rules on a rendered page');
  return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
}

describe('Outlook task pane in Chromium', { skip }, () => {
  before(async () => {
    const bundled = await build({
      entryPoints: [join(root, 'outlook-addin/testing/browser-office.ts')], bundle: true, write: false, format: 'iife', target: 'es2020',
    });
    fakeOffice = bundled.outputFiles[0]?.text ?? '';
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  });
  after(async () => { await browser?.close(); });

  test('meeting view: no axe violations, French by default', async () => {
    const page = await openPane('fr-FR');
    assert.equal(await page.getAttribute('html', 'lang'), 'fr');
    assert.ok(await page.getByRole('button', { name: 'Ajouter la réunion au rendez-vous' }).isVisible());
    assert.deepEqual(await axeViolations(page), []);
    await page.close();
  });

  test('add, then remove: the appointment gets the meeting and gets it back out', async () => {
    const page = await openPane('fr-FR');
    await page.getByRole('button', { name: 'Ajouter la réunion au rendez-vous' }).click();
    await page.waitForSelector('[data-visio-link]');
    const url = await page.textContent('[data-visio-link]');
    assert.match(url ?? '', /^https:\/\/visio\.numerique\.gouv\.fr\/[a-z]{3}-[a-z]{4}-[a-z]{3}$/);
    assert.match(await page.evaluate(() => (window as unknown as { __fakeItem: { bodyContent: string } }).__fakeItem.bodyContent), new RegExp(url ?? 'x'));
    assert.match(await page.textContent('[data-visio-status]') ?? '', /La réunion Visio est dans le rendez-vous/);
    assert.deepEqual(await axeViolations(page), [], 'after adding');
    await page.getByRole('button', { name: 'Retirer la réunion' }).click();
    await page.waitForFunction(() => /retirée/.test(document.querySelector('[data-visio-status]')?.textContent ?? ''));
    const state = await page.evaluate(() => {
      const item = (window as unknown as { __fakeItem: { bodyContent: string; locationText: string } }).__fakeItem;
      return { body: item.bodyContent, location: item.locationText };
    });
    assert.deepEqual(state, { body: '<p>Bonjour,</p>', location: 'Salle 4.12' });
    await page.close();
  });

  test('empty appointment: the link slot says to add the meeting to the appointment, in prose', async () => {
    const page = await openPane('fr-FR');
    const hint = page.locator('[data-visio-empty-hint]');
    assert.equal(await hint.innerText(), 'Aucune réunion dans ce rendez-vous : utilisez « Ajouter la réunion au rendez-vous » ci-dessous.');
    assert.equal(await hint.evaluate((element) => getComputedStyle(element).wordBreak), 'normal', 'words are not cut mid-word');
    assert.ok(await page.getByRole('button', { name: 'Nouvelle réunion' }).isDisabled());
    await page.close();
  });

  test('a Visio link typed by hand: Join and why, no « Retirer » that would then refuse', async () => {
    const body = '<p>Bonjour, on se retrouve sur https://visio.numerique.gouv.fr/usr-link-abc comme d’habitude.</p>';
    const page = await openPane('fr-FR', body);
    assert.equal(await page.textContent('[data-visio-link]'), 'https://visio.numerique.gouv.fr/usr-link-abc');
    assert.equal(await page.getByRole('button', { name: 'Retirer la réunion' }).count(), 0);
    const join = page.getByRole('button', { name: 'Rejoindre', exact: true });
    assert.equal(await join.count(), 1, 'one Join, in the link card');
    assert.ok(await join.isEnabled());
    assert.match(await page.locator('[data-visio-foreign-link]').innerText(), /n’a pas été ajouté par Visio/);
    assert.deepEqual(await axeViolations(page), []);
    await join.click();
    const opened = await page.evaluate(() => (window as unknown as { __fakeContext: { opened?: string[] } }).__fakeContext.opened);
    assert.deepEqual(opened, ['https://visio.numerique.gouv.fr/usr-link-abc']);
    assert.equal(await page.evaluate(() => (window as unknown as { __fakeItem: { bodyContent: string } }).__fakeItem.bodyContent), body, 'the text is untouched');
    await page.close();
  });

  test('"Nouvelle réunion" replaces the room in the appointment, leaving one block', async () => {
    const page = await openPane('fr-FR');
    await page.getByRole('button', { name: 'Ajouter la réunion au rendez-vous' }).click();
    await page.waitForSelector('[data-visio-link]');
    const first = await page.textContent('[data-visio-link]') ?? '';
    await page.getByRole('button', { name: 'Nouvelle réunion' }).click();
    await page.waitForFunction((old) => {
      const shown = document.querySelector('[data-visio-link]')?.textContent;
      return Boolean(shown) && shown !== old;
    }, first);
    const second = await page.textContent('[data-visio-link]') ?? '';
    // The fake is a Mailbox 1.14 client: the link is its own enhancedLocation entry, next to the room.
    const state = await page.evaluate(() => {
      const item = (window as unknown as { __fakeItem: { bodyContent: string; enhancedEntries: Array<{ displayName: string }> } }).__fakeItem;
      return { body: item.bodyContent, locations: item.enhancedEntries.map((entry) => entry.displayName) };
    });
    assert.ok(!state.body.includes(first), 'the old room is gone from the body');
    assert.equal(state.body.split(second).length - 1, 2, 'one block: the new link in href and in text');
    assert.deepEqual(state.locations, ['Salle 4.12', second]);
    await page.close();
  });

  test('automatic Visio is saved in roaming settings', async () => {
    const page = await openPane('en-US');
    await page.getByLabel('Automatically add a Visio meeting to every new appointment').check();
    await page.waitForFunction(() => /Choice saved/.test(document.querySelector('[data-visio-status]')?.textContent ?? ''));
    const saved = await page.evaluate(() => (window as unknown as { __fakeContext: { roamingSettings: { saved: Record<string, unknown> } } }).__fakeContext.roamingSettings.saved);
    assert.deepEqual(saved.visioSettings, { autoVisio: true });
    await page.close();
  });

  test('a language chosen in the settings applies to the pane at once and is saved in roaming settings', async () => {
    const page = await openPane('fr-FR');
    await page.getByRole('button', { name: 'Réglages', exact: true }).click();
    await page.getByLabel('Langue').selectOption('nl');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'nl');
    assert.ok(await page.getByRole('button', { name: 'Terug naar de vergadering' }).isVisible());
    const saved = await page.evaluate(() => (window as unknown as { __fakeContext: { roamingSettings: { saved: Record<string, { lang?: string }> } } }).__fakeContext.roamingSettings.saved);
    assert.equal(saved.visioSettings?.lang, 'nl');
    await page.close();
  });

  for (const [displayLanguage, lang, settings] of [['de-DE', 'de', 'Einstellungen'], ['nl-NL', 'nl', 'Instellingen'], ['en-GB', 'en', 'Settings']] as const) {
    test(`${lang}: the settings view (shared/ui form) has no axe violations`, async () => {
      const page = await openPane(displayLanguage);
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      await page.getByRole('button', { name: settings, exact: true }).click();
      await page.waitForSelector('form');
      assert.deepEqual(await axeViolations(page), []);
      await page.close();
    });
  }
});
