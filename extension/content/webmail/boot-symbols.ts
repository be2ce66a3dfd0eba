// Marks on the content script's own global (an isolated world the page cannot see), shared by the
// watcher (watch.ts) and the page script (boot.ts), which run in the same world one after the other.

/** A runner is started in this frame: a second script that matches the page must not start another. */
export const STARTED = Symbol.for('visio-scheduler.webmail-runner');

/**
 * The counters of whichever runs now, the watcher or the runner ({ runner: { batches, scans,
 * busyMs }, firstScanMs }): scripts/bench/webmail.bench.ts reads them through the DevTools protocol.
 */
export const STATS = Symbol.for('visio-scheduler.webmail-stats');
