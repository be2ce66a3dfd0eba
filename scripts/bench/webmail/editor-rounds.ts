// One round of the editor flow on the SOGo calendar page, timed in the page: click "new event",
// wait for SOGo's form and for our button in it, click Add (link in the location field?), cancel.
import type { Page } from 'playwright-core';
import { NEW_EVENT } from './sogo-pages.ts';

export interface EditorRound {
  /** New-event click → SOGo's event form in the document, ms. */
  readonly formMs: number;
  /** New-event click → our button in the form, not hidden, ms (NaN: never shown). */
  readonly buttonMs: number;
  /** The Add click itself, until it returns with the link in the location field, ms (NaN: no link). */
  readonly clickMs: number;
}

const FORM = 'form[name="eventForm"]';
const BUTTON = 'form[name="eventForm"] [data-visio-action="add"]:not([hidden])';
const SHOW_TIMEOUT_MS = 10_000;

/**
 * Times the editor's opening with a MutationObserver in the page's own world: it sees our
 * button's insertion in the microtask after it, where a polling wait would add up to its period.
 */
async function openEditor(page: Page): Promise<{ formMs: number; buttonMs: number }> {
  return page.evaluate(async ({ newEvent, form, button, timeout }) => {
    const started = performance.now();
    let formAt = Number.NaN;
    let observer: MutationObserver | undefined;
    const shown = new Promise<number>((resolve) => {
      // Inline, not a named const: tsx would wrap a named function in a helper the page lacks.
      observer = new MutationObserver(() => {
        if (Number.isNaN(formAt) && document.querySelector(form)) formAt = performance.now();
        if (document.querySelector(button)) resolve(performance.now());
      });
      observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden'] });
      setTimeout(() => resolve(Number.NaN), timeout);
    });
    (document.querySelector(newEvent) as HTMLElement).click();
    const shownAt = await shown;
    observer?.disconnect();
    return { formMs: formAt - started, buttonMs: shownAt - started };
  }, { newEvent: NEW_EVENT, form: FORM, button: BUTTON, timeout: SHOW_TIMEOUT_MS });
}

/** Clicks Add; the runner writes synchronously, so the click's own time is the time to the link. */
async function clickAdd(page: Page): Promise<number> {
  return page.evaluate(() => {
    const button = document.querySelector('form[name="eventForm"] [data-visio-action="add"]') as HTMLButtonElement;
    const location = document.querySelector('input[ng-model="editor.component.location"]') as HTMLInputElement;
    const started = performance.now();
    button.click();
    const elapsed = performance.now() - started;
    return location.value.includes('https://') ? elapsed : Number.NaN;
  });
}

async function cancelEditor(page: Page): Promise<void> {
  await page.evaluate(() => (document.querySelector('form[name="eventForm"] button[ng-click="editor.cancel(eventForm)"]') as HTMLElement).click());
  await page.waitForSelector(FORM, { state: 'detached' });
}

/** With `add: false` the editor is only opened and closed (no Add, so no delayed re-check of the link). */
export async function editorRound(page: Page, options: { add: boolean }): Promise<EditorRound> {
  const opened = await openEditor(page);
  if (Number.isNaN(opened.buttonMs)) throw new Error(`our button did not show in SOGo's event editor within ${SHOW_TIMEOUT_MS / 1000} s`);
  const clickMs = options.add ? await clickAdd(page) : Number.NaN;
  await cancelEditor(page);
  return { ...opened, clickMs };
}
