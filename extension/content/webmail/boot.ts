// A page script's life: injected by the background when the page's watcher (watch.ts) sees the
// first event editor, once per frame; it starts the runner at once, asks for the settings together
// with the editor module, and reloads them when they change after that. The fixture tests boot it
// directly on their pages.
import type { WebmailAdapter } from './adapter.ts';
import { builtContext, loadContext, onContextChange } from './context.ts';
import { backgroundEditorLoader, type EditorLoader } from './editor-loader.ts';
import type { MeetingContext } from './meeting-actions.ts';
import { sessionPendingAdd } from './pending-add.ts';
import { startRunner } from './runner.ts';
import { STARTED, STATS } from './boot-symbols.ts';

export interface BootOptions {
  readonly doc?: Document;
  /** Where the editor module comes from; by default the background injects it. */
  readonly loadEditor?: EditorLoader;
  /** The settings; by default the background's answer (context.ts). */
  readonly loadSettings?: (doc: Document) => Promise<MeetingContext>;
}

export function bootWebmail(adapter: WebmailAdapter, options: BootOptions = {}): AbortController | null {
  const bootStarted = performance.now();
  const doc = options.doc ?? document;
  const loadEditor = options.loadEditor ?? backgroundEditorLoader();
  const loadSettings = options.loadSettings ?? loadContext;
  const scope = globalThis as { [STARTED]?: AbortController; [STATS]?: unknown };
  if (scope[STARTED]) return null;
  const controller = new AbortController();
  scope[STARTED] = controller;

  let context: MeetingContext | null = null;
  let firstLoad: Promise<MeetingContext> | null = null;
  let latest = 0;
  let retrying = false;
  /** Asks the background; only the newest request's answer is kept (a change may overtake one). */
  const reload = (): Promise<MeetingContext> => {
    const ticket = ++latest;
    return loadSettings(doc).then((loaded) => {
      if (ticket === latest) context = loaded;
      return context ?? loaded;
    });
  };
  const ensureContext = (): Promise<MeetingContext> => {
    if (firstLoad) return firstLoad;
    // Listening from the first request on: a change made while it is on its way is not lost.
    onContextChange(() => { void reload().then(() => runner.scan()); }, controller.signal);
    firstLoad = reload();
    return firstLoad;
  };
  // The runner mounts nothing before its loader resolves: the settings are there by then.
  const loadEditorAndContext: EditorLoader = () => {
    const editor = loadEditor();
    if (context && !(editor instanceof Promise)) return editor;
    return Promise.all([editor, ensureContext()]).then(([api]) => api);
  };
  const currentContext = (forAction = false): MeetingContext => {
    // The background gave no usable answer (it was restarting, say): the click is refused with
    // that reason, and the settings are asked for again so that the next click can work.
    if (forAction && context?.unanswered && !retrying) {
      retrying = true;
      void reload().then((next) => { if (!next.unanswered) runner.scan(); }, () => undefined)
        .finally(() => { retrying = false; });
    }
    // Only an editor whose module failed to load can render before the settings arrive: it shows
    // the error in the page's language, with Add blocked.
    return context ?? builtContext(doc);
  };

  const runner = startRunner({
    adapter, doc, signal: controller.signal, loadEditor: loadEditorAndContext, context: currentContext,
    pendingAdd: adapter.findQuickAdd ? sessionPendingAdd(doc.defaultView!.sessionStorage) : undefined,
  });
  scope[STATS] = { runner: runner.stats, firstScanMs: performance.now() - bootStarted };
  return controller;
}
