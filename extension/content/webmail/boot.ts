// A content script's life: once per page (static and runtime-registered scripts may both match),
// load the settings, start the runner, reload the settings when they change.
import type { WebmailAdapter } from './adapter.ts';
import { loadContext, onContextChange } from './context.ts';
import { backgroundEditorLoader, type EditorLoader } from './editor-loader.ts';
import type { MeetingContext } from './meeting-actions.ts';
import { sessionPendingAdd } from './pending-add.ts';
import { startRunner } from './runner.ts';

const STARTED = Symbol.for('visio-scheduler.webmail-runner');
/**
 * The runner's counters, on the content script's own global (an isolated world the page cannot
 * see): scripts/bench/webmail.bench.ts reads them through the DevTools protocol.
 */
export const STATS = Symbol.for('visio-scheduler.webmail-stats');

/** `loadEditor`: where the editor module comes from; by default the background injects it. */
export async function bootWebmail(adapter: WebmailAdapter, doc: Document = document, loadEditor: EditorLoader = backgroundEditorLoader()): Promise<AbortController | null> {
  const bootStarted = performance.now();
  const scope = globalThis as { [STARTED]?: AbortController; [STATS]?: unknown };
  if (scope[STARTED]) return null;
  const controller = new AbortController();
  scope[STARTED] = controller;
  let context: MeetingContext = await loadContext(doc);
  const runner = startRunner({
    adapter, doc, signal: controller.signal, context: () => context, loadEditor,
    pendingAdd: adapter.findQuickAdd ? sessionPendingAdd(doc.defaultView!.sessionStorage) : undefined,
  });
  scope[STATS] = { runner: runner.stats, firstScanMs: performance.now() - bootStarted };
  onContextChange(() => {
    void loadContext(doc).then((next) => { context = next; runner.scan(); });
  }, controller.signal);
  return controller;
}
