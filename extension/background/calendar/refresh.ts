// Reads the sources that are due and keeps, per source, the coming meetings that have a link. One
// refresh at a time per background: an alarm and a click on "Read again" may arrive together.
import browser from 'webextension-polyfill';
import type { LocalizedMessage } from '../../../shared/core/i18n/translate.ts';
import { calendarMessage } from '../../../shared/ui/upcoming/calendar-messages.ts';
import type { UpcomingMeeting } from '../../../shared/ui/upcoming/upcoming-types.ts';
import { retryDelayMs } from './backoff.ts';
import { loadStates, saveStates, type SourceState } from './calendar-store.ts';
import { fetchFeed, type FetchOptions, type FetchOutcome } from './fetch-feed.ts';
import { normalizeFeedUrl } from './feed-url.ts';
import { allSources, type Source } from './sources.ts';

/** What is kept from a read: from a little before now (meetings in progress) to two weeks ahead. */
export const KEEP_BEFORE_MS = 12 * 60 * 60_000;
export const KEEP_AHEAD_MS = 14 * 24 * 60 * 60_000;
/** A 304 is trusted only while the kept meetings still cover the popup's 7 days plus a margin. */
const MIN_COVERAGE_MS = 8 * 24 * 60 * 60_000;

export interface ReadWindow {
  readonly fromMs: number;
  readonly toMs: number;
}

export type MeetingRead =
  | { readonly ok: true; readonly meetings: UpcomingMeeting[]; readonly skipped: number }
  | { readonly ok: false; readonly error: LocalizedMessage };
export type MeetingReader = (input: Uint8Array | string, window: ReadWindow) => Promise<MeetingRead>;

/** Decides whether an HTTP answer is a calendar at all (the core's feed-response rules). */
export type AnswerCheck = (answer: Extract<FetchOutcome, { kind: 'answer' }>) => LocalizedMessage | null;

export interface RefreshDeps {
  readonly read: MeetingReader;
  readonly checkAnswer: AnswerCheck;
  readonly fetchOptions?: Omit<FetchOptions, 'validators'>;
}

export function readWindow(now: number): ReadWindow {
  return { fromMs: now - KEEP_BEFORE_MS, toMs: now + KEEP_AHEAD_MS };
}

async function hasPermission(url: string): Promise<boolean> {
  const checked = normalizeFeedUrl(url);
  if (!checked.ok) return false;
  return browser.permissions.contains({ origins: [checked.permissionPattern] });
}

function failed(previous: SourceState | undefined, error: LocalizedMessage, now: number): SourceState {
  const failures = (previous?.failures ?? 0) + 1;
  return { ...(previous ?? { meetings: [] }), failures, nextAttemptAt: now + retryDelayMs(failures), error };
}

/** One feed source, one attempt. Exported for the tests; the background calls refreshDue. */
export async function refreshFeed(source: Source, previous: SourceState | undefined, deps: RefreshDeps, now: number): Promise<SourceState> {
  if (source.url === undefined) return failed(previous, calendarMessage('feedPolicyInvalid'), now);
  if (!(await hasPermission(source.url))) {
    return failed(previous, calendarMessage('feedPermissionMissing', { host: new URL(source.url).host }), now);
  }
  const covered = (previous?.windowEnd ?? 0) >= now + MIN_COVERAGE_MS && previous?.error === undefined;
  const outcome = await fetchFeed(source.url, { ...deps.fetchOptions, ...(covered && previous?.validators ? { validators: previous.validators } : {}) });
  if (outcome.kind === 'failed') return failed(previous, outcome.error, now);
  if (outcome.kind === 'not-modified' && previous !== undefined) {
    const { error: _cleared, ...rest } = previous;
    return { ...rest, failures: 0, lastSuccess: now, nextAttemptAt: now + retryDelayMs(0) };
  }
  if (outcome.kind === 'not-modified') return failed(previous, calendarMessage('feedUnreadable'), now);
  const refused = deps.checkAnswer(outcome);
  if (refused !== null) return failed(previous, refused, now);
  const window = readWindow(now);
  const read = await deps.read(outcome.bytes, window);
  if (!read.ok) return failed(previous, read.error, now);
  return {
    meetings: read.meetings, windowEnd: window.toMs, validators: outcome.validators,
    lastSuccess: now, failures: 0, nextAttemptAt: now + retryDelayMs(0), skipped: read.skipped,
  };
}

let chain: Promise<void> = Promise.resolve();

/**
 * Reads every feed whose next attempt is due (all of them when `force`), keeps the results, and
 * forgets the state of removed sources. Files are never re-read: their meetings stay as read.
 */
export function refreshDue(deps: RefreshDeps, options: { force?: boolean; now?: number } = {}): Promise<void> {
  const run = chain.then(() => refreshOnce(deps, options.force ?? false, options.now ?? Date.now()));
  chain = run.catch(() => undefined);
  return run;
}

async function refreshOnce(deps: RefreshDeps, force: boolean, now: number): Promise<void> {
  const sources = await allSources();
  const states = await loadStates();
  const next: Record<string, SourceState> = {};
  // In parallel: one slow calendar server must not hold back the others.
  await Promise.all(sources.map(async (source) => {
    const previous = states[source.id];
    if (source.kind === 'file') { if (previous) next[source.id] = previous; return; }
    next[source.id] = force || previous === undefined || previous.nextAttemptAt <= now
      ? await refreshFeed(source, previous, deps, now)
      : previous;
  }));
  // Re-read before writing: a source removed while we were fetching must stay removed.
  const current = new Set((await allSources()).map((source) => source.id));
  const latest = await loadStates();
  const merged: Record<string, SourceState> = {};
  for (const id of current) { const state = next[id] ?? latest[id]; if (state) merged[id] = state; }
  await saveStates(merged);
}
