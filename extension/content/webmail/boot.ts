// A content script's life: once per page (static and runtime-registered scripts may both match),
// start the runner at once; ask for the settings only when the first editor opens, together with
// the editor module, and reload them when they change after that.
// Why not at load: most calendar page loads never open an editor, and the settings' round trip to
// the background (waking its service worker) was the largest part of what the script cost a page
// load (scripts/bench/webmail.bench.ts).
import type { WebmailAdapter } from './adapter.ts';
import { builtContext, loadContext, onContextChange } from './context.ts';
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
export function bootWebmail(adapter: WebmailAdapter, doc: Document = document, loadEditor: EditorLoader = backgroundEditorLoader()): AbortController | null {
  const bootStarted = performance.now();
  const scope = globalThis as { [STARTED]?: AbortController; [STATS]?: unknown };
  if (scope[STARTED]) return null;
  const controller = new AbortController();
  scope[STARTED] = controller;

  let context: MeetingContext | null = null;
  let contextLoad: Promise<MeetingContext> | null = null;
  const ensureContext = (): Promise<MeetingContext> => contextLoad ??= loadContext(doc).then((loaded) => {
    context = loaded;
    onContextChange(() => {
      void loadContext(doc).then((next) => { context = next; runner.scan(); });
    }, controller.signal);
    return loaded;
  });
  // The runner mounts nothing before its loader resolves: the settings are there by then.
  const loadEditorAndContext: EditorLoader = () => {
    const editor = loadEditor();
    if (context && !(editor instanceof Promise)) return editor;
    return Promise.all([editor, ensureContext()]).then(([api]) => api);
  };

  const runner = startRunner({
    adapter, doc, signal: controller.signal, loadEditor: loadEditorAndContext,
    // Only an editor whose module failed to load can render before the settings arrive: it shows
    // the error in the page's language, with Add blocked.
    context: () => context ?? builtContext(doc),
    pendingAdd: adapter.findQuickAdd ? sessionPendingAdd(doc.defaultView!.sessionStorage) : undefined,
  });
  scope[STATS] = { runner: runner.stats, firstScanMs: performance.now() - bootStarted };
  return controller;
}
