// Options page section "Agendas": add or remove ICS feed addresses, each feed's status with its
// error in plain words, the reminder delay, and a .ics file read once. The address field keeps what
// the user typed when it is refused: nothing they wrote is lost.
import { useState } from 'preact/hooks';
import type { Lang } from '../../core/i18n/lang.ts';
import { wordCalendar, wordCalendarMessage, wordMeetingCount, type CalendarMessageKey } from '../upcoming/calendar-messages.ts';
import type { CalendarPort } from '../upcoming/calendar-port.ts';
import { REMINDER_CHOICES } from '../upcoming/upcoming-types.ts';
import { useCalendarSnapshot } from '../upcoming/use-calendar.ts';
import { CalendarFeedsStatus } from './calendar-feeds-status.tsx';

export function CalendarFeedsSection({ calendar, lang }: { calendar: CalendarPort; lang: Lang }) {
  const snapshot = useCalendarSnapshot(calendar);
  const [address, setAddress] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const t = (key: CalendarMessageKey, params?: Record<string, string | number>) => wordCalendar(lang, key, params);
  const say = (text: string, error = false) => setStatus({ text, error });

  const add = async (event: Event) => {
    event.preventDefault();
    const result = await calendar.addFeed(address);
    if (!result.ok) {
      setFieldError(wordCalendarMessage(lang, result.error));
      document.getElementById('visio-feed-url')?.focus();
      return;
    }
    setFieldError(null);
    setAddress('');
    say(t('feedAdded'));
  };

  const remove = async (id: string) => { await calendar.removeSource(id); say(t('sourceRemoved')); };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    try {
      const result = await calendar.importFile(file.name, await file.text());
      if (!result.ok) say(wordCalendarMessage(lang, result.error), true);
      else say(t('fileImported', { name: file.name, meetings: wordMeetingCount(lang, result.count) }));
    } catch {
      say(t('fileUnreadable'), true);
    }
    input.value = '';
  };

  const minutes = snapshot?.reminderMinutes;
  return (
    <section class="card calendar-feeds" aria-labelledby="visio-calendar-heading" data-visio-calendar-feeds="">
      <h2 id="visio-calendar-heading">{t('calendarHeading')}</h2>
      <p class="muted" style="margin-bottom: .75rem">{t('calendarIntro')}</p>
      <form onSubmit={(event) => void add(event)} noValidate>
        <div class="field">
          <label for="visio-feed-url">{t('feedAddress')}</label>
          <input id="visio-feed-url" type="url" inputMode="url" autoComplete="off" spellcheck={false} value={address}
            aria-describedby="visio-feed-url-help visio-feed-url-message" aria-invalid={fieldError !== null ? 'true' : 'false'}
            onInput={(event) => { setAddress((event.target as HTMLInputElement).value); setFieldError(null); }} />
          <p id="visio-feed-url-help" class="muted">{t('feedAddressHelp')}</p>
          <p id="visio-feed-url-message" class="field-error" data-visio-field-message="feedUrl">{fieldError ?? ''}</p>
        </div>
        <button type="submit" class="primary" data-visio-action="add-feed">{t('addFeed')}</button>
      </form>

      <h3 style="font-size: 1rem; margin: 1rem 0 .5rem">{t('sourcesHeading')}</h3>
      {snapshot !== null && snapshot.sources.length === 0 && <p class="muted" data-visio-no-sources="">{t('noSources')}</p>}
      {snapshot !== null && snapshot.sources.length > 0 && (
        <>
          <ul style="padding-left: 1.2em; margin: 0 0 .5rem">
            {snapshot.sources.map((source) => <CalendarFeedsStatus key={source.id} source={source} lang={lang} onRemove={(id) => void remove(id)} />)}
          </ul>
          <button type="button" data-visio-action="refresh-calendars" onClick={() => void calendar.refresh()}>{t('refreshAll')}</button>
        </>
      )}

      <div class="field" style="margin-top: 1rem">
        <label for="visio-reminder-minutes">{t('reminderLabel')}</label>
        <select id="visio-reminder-minutes" value={minutes === undefined ? '' : String(minutes)} disabled={minutes === undefined}
          onChange={(event) => {
            const value = Number((event.target as HTMLSelectElement).value);
            void calendar.setReminderMinutes(value).then(() => say(t('reminderSaved')));
          }}>
          {(minutes === undefined || REMINDER_CHOICES.includes(minutes) ? REMINDER_CHOICES : [...REMINDER_CHOICES, minutes].sort((a, b) => a - b)).map((choice) => (
            <option key={choice} value={String(choice)}>{choice === 0 ? t('reminderOff') : t('reminderMinutes', { minutes: choice })}</option>
          ))}
        </select>
      </div>

      <div class="field">
        <label for="visio-import-ics">{t('importFile')}</label>
        <input id="visio-import-ics" type="file" accept=".ics,text/calendar" data-visio-action="import-ics"
          onChange={(event) => void importFile(event.target as HTMLInputElement)} />
      </div>
      <p class={`status${status?.error ? ' status-error' : ''}`} role="status" aria-live="polite" data-visio-calendar-status="">{status?.text ?? ''}</p>
    </section>
  );
}
