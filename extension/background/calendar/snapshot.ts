// The popup's view of all sources: their meetings merged (one entry per occurrence even when two
// calendars hold the same invitation) and one status line per source, without any address.
import { occurrenceKey, type CalendarSnapshot, type SourceStatus, type UpcomingMeeting } from '../../../shared/ui/upcoming/upcoming-types.ts';
import type { SourceState } from './calendar-store.ts';
import type { Source } from './sources.ts';

export function mergeMeetings(lists: readonly (readonly UpcomingMeeting[])[]): UpcomingMeeting[] {
  const byKey = new Map<string, UpcomingMeeting>();
  for (const list of lists) for (const meeting of list) if (!byKey.has(occurrenceKey(meeting))) byKey.set(occurrenceKey(meeting), meeting);
  return [...byKey.values()].sort((a, b) => a.start - b.start || a.summary.localeCompare(b.summary));
}

export function sourceStatus(source: Source, state: SourceState | undefined): SourceStatus {
  const base = { id: source.id, kind: source.kind, label: source.label };
  if (state === undefined) return { ...base, state: 'pending' };
  const counts = { meetingCount: state.meetings.length, ...(state.skipped ? { skipped: state.skipped } : {}) };
  if (state.error !== undefined) {
    return {
      ...base, state: 'error', error: state.error, retryAt: state.nextAttemptAt,
      ...(state.lastSuccess !== undefined ? { lastSuccess: state.lastSuccess } : {}), ...counts,
    };
  }
  return { ...base, state: state.lastSuccess === undefined ? 'pending' : 'ok', ...(state.lastSuccess !== undefined ? { lastSuccess: state.lastSuccess } : {}), ...counts };
}

export function buildSnapshot(sources: readonly Source[], states: Readonly<Record<string, SourceState>>, reminderMinutes: number): CalendarSnapshot {
  return {
    meetings: mergeMeetings(sources.map((source) => states[source.id]?.meetings ?? [])),
    sources: sources.map((source) => sourceStatus(source, states[source.id])),
    reminderMinutes,
  };
}
