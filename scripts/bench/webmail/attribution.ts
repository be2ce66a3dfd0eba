// Which part of a Chromium trace is the extension's work, on the page's renderer main thread.
//
// Why attribution instead of "with minus without": SOGo's own load spreads over ~50-100 ms of
// script time from one load to the next, so the difference of two medians is mostly noise. The
// trace says, event by event, whose code ran; what the extension adds is the time of:
// - the content script's isolated world: a main-frame `LocalWindowProxy::Initialize` outside the
//   navigation's commit (the page's own world and the test driver's are made in the commit; ours
//   when the page is idle, just before our EvaluateScript). Any content script costs it;
// - `EvaluateScript` / `v8.compile*` of the content script (url chrome-extension://…);
// - `FunctionCall` of its functions: MutationObserver callbacks (run at microtask checkpoints),
//   requestAnimationFrame and timer callbacks, event listeners. Chromium emits FunctionCall only
//   for calls entered from the browser (depth 0), so nothing is counted twice; a `TimerFire` or
//   `FireAnimationFrame` whose one callback is ours is counted whole (its small wrapper included);
// - the extension API's messages (`Receive mojo message` on an `extensions.mojom.*` interface:
//   `runtime.sendMessage` replies, the service worker's start broadcasts; not the LocalFrame
//   notices every frame gets) and the microtask checkpoint after them in the same task: there an
//   `await` in the content script resumes, and promise continuations carry no url of their own.
// Only spans not inside another counted span are summed. Not seen: microtasks one of our
// callbacks queues (they run after its FunctionCall closes); the runner's scans queue none.
//
// Checked by hand on real SOGo, 2026-12-03:
// - against V8's sampling profiler in the same trace (category disabled-by-default-v8.cpu_profiler):
//   every sample with one of our frames on its stack fell inside the spans above, 19 of 19 in a
//   load, 124 of 124 over three editor openings;
// - controls (scripts/bench/webmail.bench.ts with VISIO_BENCH_CONTROLS=1, 12 loads each): no
//   extension → 0 ms at every load; the empty content script (`void 0;`) → 2.4 ms, of which the
//   isolated world 2.3 and its evaluation 0.1; ours plus a 3 ms busy-wait at load → evaluation
//   3.1 and 3.4 ms above ours in two runs (the whole figure 4.0 and 1.7 ms above: wall-time
//   medians of loads on a shared 2-core machine, where other processes deschedule the page).

/** The fields of a Chrome trace event this file reads (JSON trace format). */
export interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly tdur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: {
    readonly data?: { readonly url?: string; readonly scriptId?: string | number; readonly lineNumber?: number; readonly columnNumber?: number };
    readonly chrome_mojo_event_info?: { readonly mojo_interface_tag?: string };
    readonly IsMainFrame?: boolean;
  };
}

const EXTENSION_URL = 'chrome-extension://';
const COMPILE_EVENTS = new Set(['EvaluateScript', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule']);
/** Events that run exactly one callback: ours when the FunctionCall inside is ours. */
const ONE_CALLBACK_EVENTS = new Set(['TimerFire', 'FireAnimationFrame', 'FireIdleCallback']);
const CHECKPOINT = 'BlinkScheduler_PerformMicrotaskCheckpoint';

/** A complete event: start and end in µs, thread time in µs when the trace has it. */
interface Span {
  readonly event: TraceEvent;
  readonly start: number;
  readonly end: number;
  readonly cpu: number;
}

export type Share = 'injection' | 'script' | 'callbacks' | 'extensionIpc';

export interface Attribution {
  /** Wall time of the extension's spans, ms (none counted twice). */
  readonly wallMs: number;
  /** Their thread (CPU) time, ms: what the extension cost while it was not descheduled. */
  readonly cpuMs: number;
  readonly byShare: Readonly<Record<Share, number>>;
  /** How many of our functions were called from the browser, by function (`scriptId:line:column`). */
  readonly callsByFunction: ReadonlyMap<string, { count: number; wallMs: number }>;
}

function isExtensionUrl(url: string | undefined): boolean {
  return typeof url === 'string' && url.startsWith(EXTENSION_URL);
}

/**
 * The page's renderer main thread: the thread that runs most of the page's own scripts (the
 * extension's service worker also runs chrome-extension:// code, on another thread).
 */
export function pageThread(events: readonly TraceEvent[], pageOrigin: string): { pid: number; tid: number } | null {
  const counts = new Map<string, { pid: number; tid: number; count: number }>();
  for (const event of events) {
    if (event.name !== 'FunctionCall' && event.name !== 'EvaluateScript') continue;
    if (!event.args?.data?.url?.startsWith(pageOrigin)) continue;
    const key = `${event.pid}:${event.tid}`;
    const entry = counts.get(key) ?? { pid: event.pid, tid: event.tid, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  const best = [...counts.values()].sort((a, b) => b.count - a.count)[0];
  return best ? { pid: best.pid, tid: best.tid } : null;
}

/** Complete spans of one thread, sorted by start then longest first (parents before children). */
function threadSpans(events: readonly TraceEvent[], thread: { pid: number; tid: number }): Span[] {
  const spans: Span[] = [];
  const open: TraceEvent[] = [];
  for (const event of events) {
    if (event.pid !== thread.pid || event.tid !== thread.tid) continue;
    if (event.ph === 'X' && event.dur !== undefined) {
      spans.push({ event, start: event.ts, end: event.ts + event.dur, cpu: event.tdur ?? 0 });
    } else if (event.ph === 'B') {
      open.push(event);
    } else if (event.ph === 'E') {
      // B/E pairs nest on one thread; an E closes the latest B.
      const begin = open.pop();
      if (begin) spans.push({ event: begin, start: begin.ts, end: event.ts, cpu: 0 });
    }
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** For every span, the spans directly inside it (one pass with a stack: spans nest on a thread). */
function children(spans: readonly Span[]): Map<Span, Span[]> {
  const inside = new Map<Span, Span[]>();
  const stack: Span[] = [];
  for (const span of spans) {
    while (stack.length && stack[stack.length - 1]!.end <= span.start) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent && span.end <= parent.end) {
      const list = inside.get(parent) ?? [];
      list.push(span);
      inside.set(parent, list);
    }
    stack.push(span);
  }
  return inside;
}

function mojoInterface(span: Span): string | null {
  return span.event.name === 'Receive mojo message' ? span.event.args?.chrome_mojo_event_info?.mojo_interface_tag ?? '' : null;
}

/**
 * `extensions.mojom.LocalFrame` is left out: Chromium sends it to every frame, with no extension
 * installed too (seen in the no-extension control), and it runs none of our code.
 */
function isExtensionIpc(span: Span): boolean {
  const tag = mojoInterface(span);
  return tag !== null && tag.startsWith('extensions.mojom.') && tag !== 'extensions.mojom.LocalFrame';
}

/** Main-frame script worlds created outside a navigation's commit: the content script's. */
function worldsAfterCommit(spans: readonly Span[]): Set<Span> {
  const found = new Set<Span>();
  let commitEnd = -Infinity;
  for (const span of spans) {
    if (mojoInterface(span) === 'content.mojom.NavigationClient') commitEnd = Math.max(commitEnd, span.end);
    if (span.event.name === 'LocalWindowProxy::Initialize' && span.event.args?.IsMainFrame === true && span.start >= commitEnd) found.add(span);
  }
  return found;
}

/** Why a span is the extension's, or null when it is not (its children may still be). */
function shareOf(span: Span, inside: Map<Span, Span[]>, ours: { resumes: ReadonlySet<Span>; worlds: ReadonlySet<Span> }): Share | null {
  const { name, args } = span.event;
  if (ours.worlds.has(span)) return 'injection';
  if (COMPILE_EVENTS.has(name) && isExtensionUrl(args?.data?.url)) return 'script';
  if (name === 'FunctionCall' && isExtensionUrl(args?.data?.url)) return 'callbacks';
  if (ONE_CALLBACK_EVENTS.has(name)) {
    const calls = (inside.get(span) ?? []).filter((child) => child.event.name === 'FunctionCall');
    if (calls.length > 0 && calls.every((call) => isExtensionUrl(call.event.args?.data?.url))) return 'callbacks';
  }
  if (isExtensionIpc(span) || ours.resumes.has(span)) return 'extensionIpc';
  return null;
}

/** Microtask checkpoints that follow an extension message in the same top-level task. */
function checkpointsAfterExtensionIpc(spans: readonly Span[], inside: Map<Span, Span[]>): Set<Span> {
  const found = new Set<Span>();
  const contained = new Set([...inside.values()].flat());
  for (const task of spans.filter((span) => !contained.has(span))) {
    const all = descendants(task, inside);
    const message = all.find(isExtensionIpc);
    if (!message) continue;
    for (const span of all) if (span.event.name === CHECKPOINT && span.start >= message.end) found.add(span);
  }
  return found;
}

function descendants(span: Span, inside: Map<Span, Span[]>): Span[] {
  const out: Span[] = [];
  const queue = [...(inside.get(span) ?? [])];
  while (queue.length) {
    const next = queue.shift()!;
    out.push(next);
    queue.push(...(inside.get(next) ?? []));
  }
  return out.sort((a, b) => a.start - b.start);
}

function functionKey(event: TraceEvent): string {
  const data = event.args?.data;
  return `${String(data?.scriptId ?? '?')}:${data?.lineNumber ?? '?'}:${data?.columnNumber ?? '?'}`;
}

/** The extension's share of one thread's time in a trace; outermost spans only, so none twice. */
export function attribute(events: readonly TraceEvent[], thread: { pid: number; tid: number }): Attribution {
  const spans = threadSpans(events, thread);
  const inside = children(spans);
  const ours = { resumes: checkpointsAfterExtensionIpc(spans, inside), worlds: worldsAfterCommit(spans) };
  const byShare: Record<Share, number> = { injection: 0, script: 0, callbacks: 0, extensionIpc: 0 };
  const callsByFunction = new Map<string, { count: number; wallMs: number }>();
  let wall = 0;
  let cpu = 0;
  let coveredUntil = -Infinity;
  for (const span of spans) {
    const call = span.event.name === 'FunctionCall' && isExtensionUrl(span.event.args?.data?.url);
    if (call) {
      const entry = callsByFunction.get(functionKey(span.event)) ?? { count: 0, wallMs: 0 };
      entry.count += 1;
      entry.wallMs += (span.end - span.start) / 1000;
      callsByFunction.set(functionKey(span.event), entry);
    }
    if (span.start < coveredUntil) continue; // inside a span already counted
    const share = shareOf(span, inside, ours);
    if (!share) continue;
    wall += span.end - span.start;
    cpu += span.cpu;
    byShare[share] += (span.end - span.start) / 1000;
    coveredUntil = span.end;
  }
  return { wallMs: wall / 1000, cpuMs: cpu / 1000, byShare, callsByFunction };
}
