// Test helper: a webmail fixture loaded into jsdom at the URL it declares, with the runner
// started on it. Tests drive the real buttons and read the real fields.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import type { Lang } from '../../../../shared/core/i18n/lang.ts';
import { DEFAULT_PROFILE } from '../../../../shared/core/profile/default-profile.ts';
import type { Profile } from '../../../../shared/core/profile/profile.ts';
import type { WebmailAdapter } from '../adapter.ts';
import type { WebmailEditorApi } from '../editor-api.ts';
import type { EditorLoader } from '../editor-loader.ts';
import { addMeeting, readState, removeMeeting, verifyStillThere } from '../meeting-actions.ts';
import { startRunner, type Runner } from '../runner.ts';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** The same functions entries/editor.ts publishes. */
export const EDITOR: WebmailEditorApi = { readState, addMeeting, removeMeeting, verifyStillThere };

export function fixtureFiles(kind: string): string[] {
  try { return readdirSync(join(FIXTURES, kind)).filter((name) => name.endsWith('.html')).map((name) => `${kind}/${name}`); } catch { return []; }
}

export interface LoadedFixture {
  readonly dom: JSDOM;
  readonly doc: Document;
  readonly runner: Runner;
  readonly controller: AbortController;
  readonly opened: string[];
  readonly pending: { requested: number; queued: boolean };
}

export function loadFixture(
  file: string,
  adapter: WebmailAdapter,
  options: { lang?: Lang; profile?: Profile; pendingAdd?: boolean; blocked?: boolean; loadEditor?: EditorLoader; beforeStart?: (doc: Document) => void } = {},
): LoadedFixture {
  const html = readFileSync(join(FIXTURES, file), 'utf8');
  const url = /name="visio-fixture-url" content="([^"]+)"/.exec(html)?.[1] ?? 'https://webmail.example/';
  const dom = new JSDOM(html, { url, pretendToBeVisual: true });
  const doc = dom.window.document;
  // Rich editors in iframes (TinyMCE) write their body at run time: so does the test.
  for (const frame of doc.querySelectorAll<HTMLIFrameElement>('iframe[data-fixture-body]')) {
    const body = frame.contentDocument!.body;
    body.innerHTML = frame.dataset.fixtureBody ?? '';
    body.setAttribute('contenteditable', 'true');
  }
  options.beforeStart?.(doc);
  const controller = new AbortController();
  const opened: string[] = [];
  const pending = { requested: 0, queued: options.pendingAdd ?? false };
  const context = { profile: options.profile ?? DEFAULT_PROFILE, lang: options.lang ?? 'fr', blocked: options.blocked ?? false };
  const runner = startRunner({
    adapter, doc, signal: controller.signal, context: () => context,
    openUrl: (link) => { opened.push(link); },
    pendingAdd: { set: () => { pending.requested += 1; pending.queued = true; }, take: () => { const was = pending.queued; pending.queued = false; return was; } },
    recheckMs: 1,
    // What the editor module publishes, handed over at once (no extension to inject it here).
    loadEditor: options.loadEditor ?? (() => EDITOR),
  });
  return { dom, doc, runner, controller, opened, pending };
}

/** Visible Visio actions in the document, in order. */
export function visibleActions(root: ParentNode): string[] {
  return [...root.querySelectorAll<HTMLButtonElement>('[data-visio-action]')].filter((button) => !button.hidden)
    .map((button) => button.dataset.visioAction ?? '');
}

export function press(root: ParentNode, action: string): void {
  const button = root.querySelector<HTMLButtonElement>(`[data-visio-action="${action}"]`);
  if (!button) throw new Error(`no ${action} button`);
  button.click();
}

/** Lets MutationObserver callbacks and the coalesced scan run. */
export async function settle(loaded: LoadedFixture): Promise<void> {
  await new Promise((resolve) => loaded.dom.window.setTimeout(resolve, 40));
}

/** Settles until `done()` holds (a slow, shared machine may need more than one frame or two). */
export async function settleUntil(loaded: LoadedFixture, done: () => boolean, what: string): Promise<void> {
  for (let round = 0; round < 50 && !done(); round += 1) await settle(loaded);
  if (!done()) throw new Error(`still not the case after 2 s: ${what}`);
}
