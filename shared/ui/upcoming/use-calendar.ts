// The calendar snapshot as preact state, kept current when the background stores new data.
import { useEffect, useState } from 'preact/hooks';
import type { CalendarPort } from './calendar-port.ts';
import type { CalendarSnapshot } from './upcoming-types.ts';

export function useCalendarSnapshot(calendar: CalendarPort): CalendarSnapshot | null {
  const [snapshot, setSnapshot] = useState<CalendarSnapshot | null>(null);
  useEffect(() => {
    let live = true;
    void calendar.load().then((loaded) => { if (live) setSnapshot(loaded); });
    const unsubscribe = calendar.onChange((next) => { if (live) setSnapshot(next); });
    return () => { live = false; unsubscribe(); };
  }, [calendar]);
  return snapshot;
}

/** The current time, ticking each minute: "in progress" changes without the user doing anything. */
export function useNow(clock: () => number = Date.now): number {
  const [now, setNow] = useState(clock());
  useEffect(() => {
    const timer = setInterval(() => setNow(clock()), 30_000);
    return () => clearInterval(timer);
  }, [clock]);
  return now;
}
