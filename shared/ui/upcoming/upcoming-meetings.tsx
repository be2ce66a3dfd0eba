// "Prochaines réunions" in the popup: the next 7 days of meetings with a link, in the user's time
// zone, Join one click away, the meeting in progress highlighted, and plain words when there is
// nothing to show or a calendar could not be read.
import type { Lang } from '../../core/i18n/lang.ts';
import { wordCalendar, wordCalendarMessage } from './calendar-messages.ts';
import type { CalendarPort } from './calendar-port.ts';
import { formatDayHeading } from './format-when.ts';
import { MeetingItem } from './meeting-item.tsx';
import { selectUpcoming } from './select-upcoming.ts';
import { useCalendarSnapshot, useNow } from './use-calendar.ts';

export interface UpcomingMeetingsProps {
  readonly calendar: CalendarPort;
  readonly lang: Lang;
  /** The user's zone; the browser's by default. */
  readonly timeZone?: string;
  readonly clock?: () => number;
}

export function UpcomingMeetings({ calendar, lang, timeZone, clock }: UpcomingMeetingsProps) {
  const snapshot = useCalendarSnapshot(calendar);
  const now = useNow(clock);
  const zone = timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const t = (key: Parameters<typeof wordCalendar>[1], params?: Parameters<typeof wordCalendar>[2]) => wordCalendar(lang, key, params);
  const join = (url: string) => { void calendar.join(url); };

  const header = (
    <div class="panel-header">
      <h2 id="visio-upcoming-heading" style="margin: 0">{t('upcomingHeading')}</h2>
      {snapshot !== null && snapshot.sources.length > 0 && (
        <button type="button" class="link-button" data-visio-action="refresh-calendars" onClick={() => void calendar.refresh()}>{t('upcomingRefresh')}</button>
      )}
    </div>
  );

  if (snapshot === null) {
    return <section class="card upcoming" aria-labelledby="visio-upcoming-heading" data-visio-upcoming="loading">{header}<p class="muted">{t('upcomingLoading')}</p></section>;
  }
  if (snapshot.sources.length === 0) {
    return (
      <section class="card upcoming" aria-labelledby="visio-upcoming-heading" data-visio-upcoming="no-source">
        {header}
        <p class="muted" data-visio-upcoming-empty="">{t('upcomingNoSource')}</p>
        {calendar.openSettings && <button type="button" data-visio-action="calendar-settings" onClick={() => void calendar.openSettings?.()}>{t('upcomingSettings')}</button>}
      </section>
    );
  }

  const days = selectUpcoming(snapshot.meetings, now, zone);
  const failing = snapshot.sources.filter((source) => source.state === 'error' && source.error !== undefined);
  return (
    <section class="card upcoming" aria-labelledby="visio-upcoming-heading" data-visio-upcoming={days.length > 0 ? 'list' : snapshot.sources.every((source) => source.state === 'pending') ? 'loading' : 'empty'}>
      {header}
      {failing.length > 0 && (
        <ul class="upcoming-errors" style="margin: .5rem 0; padding-left: 1.2em">
          {failing.map((source) => (
            <li key={source.id} class="field-error" data-visio-source-error={source.id}>
              {t('upcomingSourceError', { source: source.label, reason: source.error ? wordCalendarMessage(lang, source.error) : '' })}
            </li>
          ))}
        </ul>
      )}
      {days.length === 0 && (snapshot.sources.every((source) => source.state === 'pending')
        ? <p class="muted">{t('upcomingLoading')}</p>
        : <p class="muted" data-visio-upcoming-empty="">{t('upcomingEmpty')}</p>)}
      {days.map((day) => (
        <div key={day.day} class="upcoming-day" data-visio-day={day.day}>
          <h3 style="font-size: .9rem; margin: .75rem 0 .25rem">{formatDayHeading(day.day, now, lang, zone)}</h3>
          <ul style="list-style: none; margin: 0; padding: 0; display: grid; gap: 8px">
            {day.meetings.map((item) => <MeetingItem key={`${item.meeting.uid}@${item.meeting.start}`} item={item} lang={lang} timeZone={zone} onJoin={join} />)}
          </ul>
        </div>
      ))}
      {calendar.openSettings && (
        <p style="margin: .75rem 0 0"><button type="button" class="link-button" data-visio-action="calendar-settings" onClick={() => void calendar.openSettings?.()}>{t('upcomingSettings')}</button></p>
      )}
    </section>
  );
}
