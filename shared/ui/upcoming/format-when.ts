// Dates and times in the user's language and time zone (Intl), for the meeting list.
import type { Lang } from '../../core/i18n/lang.ts';
import { wordCalendar } from './calendar-messages.ts';
import { dayKey } from './select-upcoming.ts';

const DAY_MS = 86_400_000;

export function formatTime(ms: number, lang: Lang, timeZone: string): string {
  return new Intl.DateTimeFormat(lang, { timeZone, hour: '2-digit', minute: '2-digit' }).format(ms);
}

/** "Aujourd’hui", "Demain", else "jeudi 14 janvier". */
export function formatDayHeading(day: string, now: number, lang: Lang, timeZone: string): string {
  const today = dayKey(now, timeZone);
  if (day === today) return wordCalendar(lang, 'today');
  // Calendar arithmetic on the date itself: "now + 24 h" lands on the same day when a DST day has 25 hours.
  if (day === nextDay(today)) return wordCalendar(lang, 'tomorrow');
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const noonUtc = Date.UTC(year, month - 1, date, 12);
  const text = new Intl.DateTimeFormat(lang, { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' }).format(noonUtc);
  return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T12:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}

export function formatRange(start: number, end: number, lang: Lang, timeZone: string): string {
  if (end <= start) return formatTime(start, lang, timeZone);
  return wordCalendar(lang, 'timeRange', { start: formatTime(start, lang, timeZone), end: formatTime(end, lang, timeZone) });
}
