// One runner per page: one MutationObserver (no polling), scans coalesced to one per frame,
// the button group mounted idempotently in every open editor and put back whenever the webmail
// re-renders, hides or re-opens it; everything undone when `signal` aborts.
// The core's code (detection, invitation) is not in this script: the first open editor asks for
// the editor module (editor-loader.ts); until it is there, nothing is mounted, and if it cannot be
// loaded, the editor shows why and the next editor opened tries again.
import type { EventEditor, QuickAddDialog, WebmailAdapter } from './adapter.ts';
import { createButtonGroup, type ButtonGroup, type VisioAction } from './button-group.ts';
import { GROUP_SELECTOR } from './group-mark.ts';
import type { WebmailEditorApi } from './editor-api.ts';
import type { EditorLoader } from './editor-loader.ts';
import type { MeetingContext } from './meeting-actions.ts';
import type { WebmailMessageKey } from './messages.ts';
import { readDescription } from './fields.ts';
import type { MessageParams } from '../../../shared/core/i18n/translate.ts';

/**
 * While every mounted editor is intact, how often a full lookup may run (a second editor, a
 * quick-add dialog). A detached editor, field or group is noticed at once by `intact()`; only
 * these rarer changes wait up to this long.
 */
const FULL_SCAN_MS = 1000;

export interface RunnerOptions {
  readonly adapter: WebmailAdapter;
  readonly doc: Document;
  readonly signal: AbortSignal;
  /**
   * Read on every action, so settings changed in the options page apply without a reload;
   * `forAction`: a click wants them now (boot.ts asks the background again if it had not answered).
   */
  readonly context: (forAction?: boolean) => MeetingContext;
  /** Opens a join link; the default opens a new tab from the click (no popup blocker). */
  readonly openUrl?: (url: string) => void;
  /** Set by Google's quick-add hand-over: add a meeting as soon as the full editor shows. */
  readonly pendingAdd?: { take(): boolean; set(): void };
  /** Delay before the second read-back (hosts that revert a value do it asynchronously). */
  readonly recheckMs?: number;
  /** The editor module: boot.ts asks the background; the fixture harness hands it over directly. */
  readonly loadEditor: EditorLoader;
}

interface Mounted {
  readonly group: ButtonGroup;
  editor: EventEditor;
  /** Field values the buttons were last rendered for: no re-render when nothing changed. */
  seen: string;
  /** The settings they were rendered with: another instance may make a link ours or not. */
  contextSeen: MeetingContext | null;
  /** The meeting shown (kind and link): a message belongs to the meeting it was said about. */
  shown: string;
  /** `shown` when the current message was said; null when none is on screen. */
  messageFor: string | null;
  lang: string;
  /** Mounted only to say that the editor module could not be loaded. */
  readonly unavailable: boolean;
}

export interface Runner {
  /** Runs a scan now (tests; the observer schedules its own). */
  scan(): void;
  /** Mutation batches seen and time spent in the runner's callbacks, for the benchmark. */
  readonly stats: { batches: number; scans: number; busyMs: number };
}

export function startRunner(options: RunnerOptions): Runner {
  const { adapter, doc, signal } = options;
  const view = doc.defaultView!;
  const mounted = new Map<Element, Mounted>();
  const quickAdds = new Map<Element, HTMLElement>();
  const stats = { batches: 0, scans: 0, busyMs: 0 };
  const now = () => view.performance.now();
  let scheduled = 0;
  let trailing = 0;
  let lastFullScan = -Infinity;
  let editorApi: WebmailEditorApi | null = null;
  let loading = false;
  let loadFailed = false;
  let requested = false;
  /** Editors that were open when loading failed: they show the error; any other editor retries. */
  const failedRoots = new Set<Element>();
  /**
   * Where editors open as new children of <body> (adapter.editorsOpenAsBodyChildren): the body's
   * children when the last full lookup ran. With no editor open, while they are the same (count,
   * first and last: dialogs are appended, backdrops put first), none can have opened: the batches
   * of the page underneath (a calendar re-rendering) need no lookup.
   */
  const bodyDialogs = adapter.editorsOpenAsBodyChildren === true;
  let bodySeen: { count: number; first: Element | null; last: Element | null } | null = null;
  const noteBody = (): void => {
    const body = doc.body;
    if (bodyDialogs && body) bodySeen = { count: body.childElementCount, first: body.firstElementChild, last: body.lastElementChild };
  };
  const bodyUnchanged = (): boolean => {
    const body = doc.body;
    return bodySeen !== null && body !== null && body.childElementCount === bodySeen.count
      && body.lastElementChild === bodySeen.last && body.firstElementChild === bodySeen.first;
  };

  const openUrl = options.openUrl ?? ((url: string) => { view.open(url, '_blank', 'noopener,noreferrer'); });

  function fingerprint(editor: EventEditor): string {
    const description = editor.description ? readDescription(editor.description) : '';
    return `${editor.location?.value ?? ''}\u0000${description}\u0000${(editor.nativeMeetings ?? []).map((meeting) => meeting.url).join('\n')}`;
  }

  function tell(entry: Mounted, key: WebmailMessageKey, params: MessageParams = {}, tone: 'status' | 'error' = 'status'): void {
    entry.group.say(key, params, tone);
    entry.messageFor = entry.shown;
  }

  function act(entry: Mounted, action: VisioAction): void {
    const { readState, addMeeting, removeMeeting, verifyStillThere } = editorApi!; // groups with buttons exist only once it is loaded
    const context = options.context(true);
    const editor = entry.editor;
    if (action === 'join') {
      // Re-read: the user may have edited the link since it was rendered; Join changes nothing.
      const state = readState(editor, context);
      if (state.kind === 'existing') openUrl(state.url);
      refresh(entry, true);
      return;
    }
    const result = action === 'add' ? addMeeting(editor, context) : removeMeeting(editor, context);
    refresh(entry, true);
    if (!result.ok) {
      tell(entry, result.error.key, result.error.params, 'error');
      return;
    }
    if (result.already) { tell(entry, 'already'); return; }
    tell(entry, action === 'add' ? 'added' : 'removed');
    const added = result.added;
    if (added) {
      view.setTimeout(() => {
        if (signal.aborted) return;
        const lost = verifyStillThere(editor, context, added);
        refresh(entry, true);
        if (lost) tell(entry, lost.key, lost.params, 'error');
      }, options.recheckMs ?? 400);
    }
  }

  function refresh(entry: Mounted, force = false): void {
    if (entry.unavailable) return;
    const print = fingerprint(entry.editor);
    const context = options.context();
    if (!force && print === entry.seen && context === entry.contextSeen) return;
    entry.seen = print;
    entry.contextSeen = context;
    const state = editorApi!.readState(entry.editor, context);
    entry.group.render(state);
    entry.shown = state.kind === 'existing' ? `existing\u0000${state.url}` : state.kind;
    // Another event in a dialog the webmail reuses (Roundcube), or the user took the link out:
    // "added" or an error about the previous meeting would now be wrong.
    if (entry.messageFor !== null && entry.messageFor !== entry.shown) {
      entry.group.quiet();
      entry.messageFor = null;
    }
  }

  /** Asks for the editor module once; a scan follows its arrival (or its failure). */
  function requestEditor(): void {
    loading = true;
    requested = true;
    let result: ReturnType<EditorLoader>;
    try { result = options.loadEditor(); } catch (error) { result = Promise.reject(error); }
    if (!(result instanceof Promise)) { editorApi = result; loading = false; return; }
    result.then((api) => { editorApi = api; }, (error: unknown) => {
      loadFailed = true;
      console.warn('Visio: the webmail editor module could not be loaded', error);
    }).finally(() => {
      loading = false;
      lastFullScan = -Infinity;
      schedule();
    });
  }

  function ensureEditor(editor: EventEditor): void {
    let entry = mounted.get(editor.root);
    let fresh = false;
    const lang = options.context().lang;
    const unavailable = editorApi === null;
    if (entry && (entry.lang !== lang || entry.unavailable !== unavailable)) {
      entry.group.element.remove();
      entry = undefined;
    }
    if (!entry) {
      // Another runner (or a previous life of this one) may have left a group: one per editor.
      for (const stale of editor.root.querySelectorAll(GROUP_SELECTOR)) stale.remove();
      const context = options.context();
      const created: Mounted = {
        editor, seen: '', contextSeen: null, shown: '', messageFor: null, lang, unavailable,
        group: createButtonGroup(doc, {
          lang: context.lang, appName: context.profile.appName, kind: adapter.kind,
          onAction: (action) => act(created, action),
        }),
      };
      entry = created;
      fresh = true;
      mounted.set(editor.root, entry);
      if (unavailable) {
        created.group.render({ kind: 'unavailable' });
        tell(created, 'loadFailed', {}, 'error');
      }
    }
    entry.editor = editor; // fields may have been re-rendered as new elements
    const element = entry.group.element;
    if (element.parentNode !== editor.mount.parent || (editor.mount.before !== null && element.nextSibling !== editor.mount.before)) {
      editor.mount.parent.insertBefore(element, editor.mount.before);
      entry.seen = '';
    }
    refresh(entry);
    if (fresh && !unavailable && options.pendingAdd?.take()) act(entry, 'add');
  }

  function ensureQuickAdd(dialog: QuickAddDialog): void {
    let button = quickAdds.get(dialog.root);
    if (!button) {
      const context = options.context();
      const group = createButtonGroup(doc, {
        lang: context.lang, appName: context.profile.appName, kind: adapter.kind, addTitle: 'quickAdd',
        onAction: () => {
          // Set before the hand-over: the full editor may show before openFullEditor returns.
          options.pendingAdd?.set();
          if (dialog.openFullEditor()) return;
          // Withdrawn at once: a full editor the user opens by hand later must not get a meeting
          // nobody asked for.
          options.pendingAdd?.take();
          console.warn(`Visio: ${adapter.name}: the quick-add bubble's control that opens the full editor was not found`);
          group.say('handOverFailed', {}, 'error');
        },
      });
      group.render({ kind: 'none' });
      button = group.element;
      quickAdds.set(dialog.root, button);
    }
    if (button.parentNode !== dialog.mount.parent) dialog.mount.parent.insertBefore(button, dialog.mount.before);
  }

  /** Every mounted editor still whole: its root, fields and our group are in the document. */
  function intact(): boolean {
    if (mounted.size === 0 || quickAdds.size > 0) return false;
    for (const { editor, group } of mounted.values()) {
      if (!editor.root.isConnected || !group.element.isConnected || (editor.location && !editor.location.isConnected)
        || (editor.description && !editor.description.element.isConnected)) return false;
    }
    return true;
  }

  function scan(): void {
    scheduled = 0;
    // While the editor module is on its way, nothing can be mounted: its arrival schedules a scan.
    if (signal.aborted || loading) return;
    const started = now();
    stats.scans += 1;
    // An open editor makes the host mutate on every frame: while it is intact, refresh its buttons
    // only, and look for other editors at most every FULL_SCAN_MS (a trailing scan catches the last
    // change). Where editors are dialogs in <body>, the full lookup is as cheap as that (the body's
    // children, the editor's own section) and always current: the webmail's own meeting (SOGo's
    // Jitsi URL, added or deleted while the editor is open) is read there only.
    if (!bodyDialogs && intact() && started - lastFullScan < FULL_SCAN_MS) {
      for (const entry of mounted.values()) refresh(entry);
      if (!trailing) trailing = view.setTimeout(() => { trailing = 0; lastFullScan = -Infinity; schedule(); }, FULL_SCAN_MS);
      stats.busyMs += now() - started;
      return;
    }
    lastFullScan = started;
    noteBody();
    // No editor can be open: the adapter's cheap gate saves the full lookup (and, after the
    // editor closed, takes down what was mounted in it).
    if (adapter.present && quickAdds.size === 0 && !adapter.present(doc)) {
      for (const entry of mounted.values()) entry.group.element.remove();
      mounted.clear();
      failedRoots.clear();
      stats.busyMs += now() - started;
      return;
    }
    const editors = adapter.findEditors(doc);
    const dialogs = adapter.findQuickAdd?.(doc) ?? [];
    if (loadFailed) {
      loadFailed = false;
      for (const editor of editors) failedRoots.add(editor.root);
    }
    // The first editor asks for the editor module (a quick-add, which hands over to one, asks ahead
    // of it once); after a failure, an editor that was not open then tries again.
    if (!editorApi && ((dialogs.length > 0 && !requested) || editors.some((editor) => !failedRoots.has(editor.root)))) {
      requestEditor();
      if (loading) { stats.busyMs += now() - started; return; }
    }
    const seen = new Set<Element>();
    for (const editor of editors) {
      seen.add(editor.root);
      if (editorApi || failedRoots.has(editor.root)) ensureEditor(editor);
    }
    for (const root of failedRoots) if (!seen.has(root)) failedRoots.delete(root);
    for (const [root, entry] of mounted) {
      if (!seen.has(root)) { entry.group.element.remove(); mounted.delete(root); }
    }
    if (adapter.findQuickAdd) {
      const roots = new Set(dialogs.map((dialog) => dialog.root));
      for (const dialog of dialogs) ensureQuickAdd(dialog);
      for (const [root, element] of quickAdds) if (!roots.has(root)) { element.remove(); quickAdds.delete(root); }
    }
    stats.busyMs += now() - started;
  }

  function schedule(): void {
    if (scheduled || signal.aborted) return;
    scheduled = view.requestAnimationFrame ? view.requestAnimationFrame(scan) : view.setTimeout(scan, 16);
  }

  /**
   * A batch that only re-rendered our own group (its text, hidden flags): nothing to look for.
   * `contains` on the few mounted groups, not a selector on every ancestor: with nothing mounted
   * (a calendar page loading, hundreds of batches) it costs nothing.
   */
  function onlyInsideOurGroups(records: MutationRecord[]): boolean {
    if (mounted.size === 0 && quickAdds.size === 0) return false;
    for (const record of records) {
      let ours = false;
      for (const entry of mounted.values()) if (entry.group.element.contains(record.target)) { ours = true; break; }
      if (!ours) for (const element of quickAdds.values()) if (element.contains(record.target)) { ours = true; break; }
      if (!ours) return false;
    }
    return true;
  }

  /**
   * Where editors are dialogs in <body>, a batch of attribute changes alone (an animation's style,
   * aria-hidden of what a dialog covers) can neither open nor close an editor, nor change a field
   * or a meeting in one: only added or removed nodes can. With no editor open, only a change of
   * the body's children can open one.
   */
  function cannotConcernAnEditor(records: MutationRecord[]): boolean {
    if (!bodyDialogs) return false;
    if (mounted.size === 0 && quickAdds.size === 0 && bodyUnchanged()) return true;
    for (const record of records) if (record.type !== 'attributes') return false;
    return true;
  }

  // O(1) per batch: big hosts (SOGo's calendar) fire hundreds of batches while rendering; the
  // work is one coalesced scan per frame. The check of our own re-renders stops at the first
  // record of the host's.
  const observer = new view.MutationObserver((records) => {
    stats.batches += 1;
    if (scheduled || signal.aborted) return;
    const started = now();
    if (!onlyInsideOurGroups(records) && !cannotConcernAnEditor(records)) schedule();
    stats.busyMs += now() - started;
  });
  observer.observe(doc.documentElement, {
    childList: true, subtree: true,
    // Panels shown and hidden without leaving the DOM (Roundcube dialogs, Google's event tabs).
    attributes: true, attributeFilter: ['style', 'hidden', 'aria-hidden'],
  });
  // Typing changes values without mutations: re-render Add/Join when the user edits a field.
  // Removed by hand on abort: a signal from the content script's world is not always accepted by
  // the page's document (jsdom, Firefox's wrappers).
  doc.addEventListener('input', schedule, true);
  doc.addEventListener('change', schedule, true);

  signal.addEventListener('abort', () => {
    observer.disconnect();
    doc.removeEventListener('input', schedule, true);
    doc.removeEventListener('change', schedule, true);
    if (scheduled) { view.cancelAnimationFrame?.(scheduled); view.clearTimeout(scheduled); }
    if (trailing) view.clearTimeout(trailing);
    for (const entry of mounted.values()) entry.group.element.remove();
    for (const element of quickAdds.values()) element.remove();
    mounted.clear();
    quickAdds.clear();
  }, { once: true });

  scan();
  return { scan, stats };
}
