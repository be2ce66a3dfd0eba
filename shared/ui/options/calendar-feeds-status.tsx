// One calendar source in the options page: what it is, how its last read went, and Remove.
import type { Lang } from '../../core/i18n/lang.ts';
import { wordCalendar, wordCalendarMessage, wordMeetingCount, wordSkippedCount } from '../upcoming/calendar-messages.ts';
import type { SourceStatus } from '../upcoming/upcoming-types.ts';

function time(ms: number, lang: Lang): string {
  return new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit' }).format(ms);
}

export function sourceStatusText(source: SourceStatus, lang: Lang): string {
  if (source.state === 'pending') return wordCalendar(lang, 'statePending');
  if (source.state === 'error') {
    const reason = source.error ? wordCalendarMessage(lang, source.error) : '';
    const retry = source.retryAt !== undefined && source.kind !== 'file' ? ` ${wordCalendar(lang, 'stateRetry', { time: time(source.retryAt, lang) })}` : '';
    return `${wordCalendar(lang, 'stateError', { reason })}${retry}`;
  }
  const ok = wordCalendar(lang, 'stateOk', { time: time(source.lastSuccess ?? 0, lang), meetings: wordMeetingCount(lang, source.meetingCount ?? 0) });
  return source.skipped ? `${ok} ${wordSkippedCount(lang, source.skipped)}` : ok;
}

export function CalendarFeedsStatus({ source, lang, onRemove }: { source: SourceStatus; lang: Lang; onRemove: (id: string) => void }) {
  const kindNote = source.kind === 'policy' ? wordCalendar(lang, 'sourceFromPolicy') : source.kind === 'file' ? wordCalendar(lang, 'sourceFile') : null;
  return (
    <li data-visio-source={source.id} data-visio-source-state={source.state} style="margin-bottom: 8px">
      <span style="font-family: ui-monospace, monospace; word-break: break-all">{source.label}</span>
      {kindNote !== null && <span class="muted"> ({kindNote})</span>}
      <p class={source.state === 'error' ? 'field-error' : 'muted'} data-visio-source-status="">{sourceStatusText(source, lang)}</p>
      {source.kind !== 'policy' && (
        <button type="button" data-visio-action="remove-source" aria-label={wordCalendar(lang, 'removeSourceLabel', { source: source.label })}
          onClick={() => onRemove(source.id)}>{wordCalendar(lang, 'removeSource')}</button>
      )}
    </li>
  );
}
