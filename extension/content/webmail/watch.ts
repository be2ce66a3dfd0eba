// What every page of a webmail gets at load: its adapter's own lookup and one MutationObserver,
// nothing else. When an event editor (or Google's quick-add bubble) first shows, the watcher asks
// the background for the page script (entries/<kind>-page.ts: runner, buttons, words), stops, and
// the page script's runner takes over with an observer of its own: one observer at a time.
// Why: most calendar page loads never open an editor; evaluating the page script on each of them
// was most of what the extension cost a load (scripts/bench/webmail.bench.ts).
import type { WebmailAdapter } from './adapter.ts';
import { STARTED, STATS } from './boot-symbols.ts';
import { LOAD_WEBMAIL_PAGE_MESSAGE, type LoadWebmailEditorAnswer } from './editor-message.ts';
import { extensionApi } from './ext-api.ts';
import { showLoadFailed } from './load-failed-notice.ts';

const WATCHING = Symbol.for('visio-scheduler.webmail-watcher');

/** Resolves once the page script ran in this frame's content-script world. */
export type PageScriptLoader = (kind: string) => Promise<void>;

export async function requestPageScript(kind: string): Promise<void> {
  const api = extensionApi();
  if (!api) throw new Error('not running as an extension content script: nothing can inject the page script');
  const answer = await api.runtime.sendMessage({ type: LOAD_WEBMAIL_PAGE_MESSAGE, kind }) as LoadWebmailEditorAnswer | undefined;
  if (!answer?.ok) throw new Error(answer && !answer.ok ? answer.reason : 'no answer from the background');
}

export interface WatchOptions {
  readonly doc?: Document;
  readonly load?: PageScriptLoader;
}

/** Returns false when this frame already has a watcher or a runner (static and registered scripts may both match). */
export function watchForEditor(adapter: WebmailAdapter, options: WatchOptions = {}): boolean {
  const started = performance.now();
  const doc = options.doc ?? document;
  const load = options.load ?? requestPageScript;
  const view = doc.defaultView!;
  const scope = globalThis as { [WATCHING]?: true; [STARTED]?: unknown; [STATS]?: unknown };
  if (scope[WATCHING] || scope[STARTED]) return false;
  scope[WATCHING] = true;
  // The runner's shape (boot.ts), so the benchmark reads the script's cost at load the same way.
  const stats = { batches: 0, scans: 0, busyMs: 0 };
  scope[STATS] = { runner: stats, firstScanMs: 0 };

  let scheduled = 0;
  let loading = false;
  /** After a refusal, the next try waits for the editor to close and another to open. */
  let refusedWhileShown = false;

  const editorShown = (): boolean => {
    if (adapter.present && !adapter.present(doc)) return false;
    return adapter.findEditors(doc).length > 0 || (adapter.findQuickAdd?.(doc).length ?? 0) > 0;
  };

  const check = (): void => {
    scheduled = 0;
    if (loading) return;
    const began = performance.now();
    stats.scans += 1;
    const shown = editorShown();
    stats.busyMs += performance.now() - began;
    if (!shown) { refusedWhileShown = false; return; }
    if (refusedWhileShown) return;
    loading = true;
    observer.disconnect();
    load(adapter.kind).catch((error: unknown) => {
      // Said in the open editor (and the console); the next editor opened tries again.
      console.warn(`Visio: the ${adapter.name} page script could not be loaded`, error);
      for (const editor of adapter.findEditors(doc)) showLoadFailed(doc, editor);
      refusedWhileShown = true;
      loading = false;
      observe();
    });
  };

  const observer = new view.MutationObserver(() => {
    stats.batches += 1;
    if (!scheduled) scheduled = view.requestAnimationFrame ? view.requestAnimationFrame(check) : view.setTimeout(check, 16);
  });
  // Where editors come as dialogs appended to the body, the body's children are enough (and a
  // calendar page's own rendering costs nothing); elsewhere the runner's options (runner.ts):
  // panels shown and hidden without leaving the DOM count too.
  const observe = () => {
    if (adapter.editorsOpenAsBodyChildren && doc.body) observer.observe(doc.body, { childList: true });
    else observer.observe(doc.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'hidden', 'aria-hidden'] });
  };
  observe();
  check();
  (scope[STATS] as { firstScanMs: number }).firstScanMs = performance.now() - started;
  return true;
}
