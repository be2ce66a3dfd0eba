// One meeting in the list: when, what, and how to join. Visio meetings get the Join button; other
// services' links are shown as what they are ("Ouvrir dans Microsoft Teams"), never disguised as Visio.
import type { Lang } from '../../core/i18n/lang.ts';
import { PROVIDER_NAMES } from '../../core/meeting/providers.ts';
import { wordCalendar } from './calendar-messages.ts';
import { formatRange } from './format-when.ts';
import type { ListedMeeting } from './select-upcoming.ts';

const IN_PROGRESS_STYLE = 'border-left: 4px solid var(--accent, #000091); padding-left: 8px; background: var(--card, #f6f6f6);';

export function MeetingItem({ item, lang, timeZone, onJoin }: {
  item: ListedMeeting; lang: Lang; timeZone: string; onJoin: (url: string) => void;
}) {
  const { meeting, inProgress } = item;
  const summary = meeting.summary.trim() || wordCalendar(lang, 'untitled');
  const when = meeting.allDay ? wordCalendar(lang, 'allDay') : formatRange(meeting.start, meeting.end, lang, timeZone);
  // Detection only yields http(s) links; checked again because this becomes a clickable address.
  const safeUrl = /^https?:\/\//i.test(meeting.url) ? meeting.url : null;
  return (
    <li class="upcoming-meeting" data-visio-meeting={meeting.uid} data-visio-provider={meeting.provider}
      {...(inProgress ? { 'data-visio-in-progress': '', 'aria-current': 'true' as const, style: IN_PROGRESS_STYLE } : {})}>
      <p class="muted" style="margin: 0">
        <span data-visio-when="">{when}</span>
        {inProgress && <strong data-visio-badge="in-progress"> · {wordCalendar(lang, 'inProgress')}</strong>}
      </p>
      <p class="clamp-2" style="margin: 2px 0 6px; font-weight: 600" title={summary} data-visio-summary="">{summary}</p>
      {safeUrl !== null && meeting.provider === 'visio' && (
        <button type="button" class={inProgress ? 'primary' : ''} data-visio-action="join" data-visio-url={safeUrl}
          aria-label={wordCalendar(lang, 'joinMeetingLabel', { summary })} onClick={() => onJoin(safeUrl)}>
          {wordCalendar(lang, 'joinVisio')}
        </button>
      )}
      {safeUrl !== null && meeting.provider !== 'visio' && (
        <a href={safeUrl} target="_blank" rel="noopener noreferrer" data-visio-provider-link={meeting.provider}
          onClick={(event) => { event.preventDefault(); onJoin(safeUrl); }}>
          {wordCalendar(lang, 'otherProviderLink', { provider: PROVIDER_NAMES[meeting.provider] })}
        </a>
      )}
    </li>
  );
}
