// "Planifier": a title and a time slot, then a prefilled event in a web calendar or a .ics file.
import { useState } from 'preact/hooks';
import type { Meeting } from '../../core/meeting/room.ts';
import type { Profile } from '../../core/profile/profile.ts';
import { useHost, useT } from '../host-context.ts';
import { wordMessage } from '../i18n/word.ts';
import { googleCalendarUrl, onPremOwaOrigins, onPremOwaUrl, outlookWebUrl, type ScheduleRequest } from '../schedule/deeplinks.ts';
import { defaultStart, eventWindow, MAX_DURATION, MIN_DURATION } from '../schedule/event-window.ts';
import type { Invite } from './invite-type.ts';
import { StatusLine, useStatus } from '../status-line.tsx';

export interface ScheduleFormProps {
  readonly profile: Profile;
  readonly meeting: Meeting | null;
  readonly invite: Invite | null;
  readonly disabled: boolean;
  readonly onUsed: (url: string) => void;
  /** Injected for tests and benchmarks; the device clock otherwise. */
  readonly now?: () => Date;
}

export function ScheduleForm({ profile, meeting, invite, disabled, onUsed, now = () => new Date() }: ScheduleFormProps) {
  const host = useHost();
  const t = useT();
  const [initial] = useState(() => defaultStart(now()));
  const [title, setTitle] = useState(() => t('eventTitleDefault', { appName: profile.appName }));
  const [date, setDate] = useState(initial.date);
  const [time, setTime] = useState(initial.time);
  const [duration, setDuration] = useState('30');
  // Its own live region under its own buttons: the panel's one sits above this form, and a message
  // about the duration belongs next to the duration.
  const [status, say, unsay] = useStatus();
  /** Editing a field withdraws a complaint about it; the next click checks again. */
  const edit = (set: (value: string) => void) => (event: { currentTarget: HTMLInputElement }) => {
    set(event.currentTarget.value);
    if (status?.kind === 'error') unsay();
  };

  /** Checks the form; says what is wrong and returns null when it cannot be scheduled. */
  const request = (): ScheduleRequest | null => {
    if (!meeting || !invite) return null;
    const slot = eventWindow(date, time, duration);
    if (!slot.ok) { say(wordMessage(host.lang, slot.error), 'error'); return null; }
    unsay();
    return { title: title.trim() || t('eventTitleDefault', { appName: profile.appName }), window: slot.window, url: meeting.url, inviteText: invite.text, placement: profile.placement };
  };
  const open = (build: (r: ScheduleRequest) => string) => {
    const checked = request();
    if (!checked || !meeting) return;
    void host.openUrl(build(checked));
    onUsed(meeting.url);
  };
  const download = async () => {
    const checked = request();
    if (!checked || !meeting || !invite || !host.download) return;
    // Loaded on click: ical.js is the biggest piece of the popup and most openings never need it.
    const { meetingToIcs } = await import('../../core/ical/write-ics.ts');
    const ics = meetingToIcs({
      title: checked.title, start: `${date}T${time}`, durationMinutes: checked.window.durationMinutes,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, meeting, invite, profile, lang: host.lang, now: now(),
    });
    const result = await host.download(`${profile.appName.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${meeting.slug}.ics`, 'text/calendar', ics);
    if (result.ok) { say(t('icsDownloaded')); onUsed(meeting.url); } else say(wordMessage(host.lang, result.error), 'error');
  };
  const off = disabled || !meeting;
  return (
    <section class="card" aria-labelledby="visio-schedule-heading">
      <h2 id="visio-schedule-heading">{t('scheduleHeading')}</h2>
      <form class="schedule" onSubmit={(event) => event.preventDefault()}>
        <label class="wide">{t('eventTitle')}
          <input type="text" name="title" value={title} onInput={edit(setTitle)} />
        </label>
        <label>{t('eventDate')}
          <input type="date" name="date" required value={date} onInput={edit(setDate)} />
        </label>
        <label>{t('eventTime')}
          <input type="time" name="time" required value={time} onInput={edit(setTime)} />
        </label>
        <label>{t('eventDuration')}
          <input type="number" name="duration" min={MIN_DURATION} max={MAX_DURATION} step="5" required value={duration} onInput={edit(setDuration)} />
        </label>
      </form>
      <div class="actions">
        <button type="button" data-visio-action="schedule-google" disabled={off} onClick={() => open(googleCalendarUrl)}>{t('scheduleGoogle')}</button>
        <button type="button" data-visio-action="schedule-outlook" disabled={off} onClick={() => open((r) => outlookWebUrl('office', r))}>{t('scheduleOutlook')}</button>
        <button type="button" data-visio-action="schedule-outlook-live" disabled={off} onClick={() => open((r) => outlookWebUrl('live', r))}>{t('scheduleOutlookLive')}</button>
        {onPremOwaOrigins(profile.webmails).map((origin) => (
          <button type="button" key={origin} data-visio-action="schedule-owa" data-visio-origin={origin} disabled={off}
            onClick={() => open((r) => onPremOwaUrl(origin, r))}>{t('scheduleOwa', { host: new URL(origin).host })}</button>
        ))}
        {host.download ? <button type="button" data-visio-action="download-ics" disabled={off} onClick={() => void download()}>{t('downloadIcs')}</button> : null}
      </div>
      <StatusLine status={status} />
    </section>
  );
}
