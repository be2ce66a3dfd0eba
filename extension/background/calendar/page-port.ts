// The calendar port for extension pages (popup, options page): reads what the background stored,
// writes the user's choices to storage.local, and asks the background to read feeds. Lives with the
// background module because it shares its storage layout; it runs in the pages, not the worker.
import browser from 'webextension-polyfill';
import { calendarMessage } from '../../../shared/ui/upcoming/calendar-messages.ts';
import type { CalendarPort, ImportResult } from '../../../shared/ui/upcoming/calendar-port.ts';
import type { CalendarSnapshot } from '../../../shared/ui/upcoming/upcoming-types.ts';
import { CALENDAR_MESSAGE, type CalendarRequestBody } from './calendar-messages-protocol.ts';
import { loadReminderMinutes, loadSources, loadStates, newSourceId, NOTIFIED_KEY, REMINDER_KEY, saveReminderMinutes, saveSources, saveStates, SOURCES_KEY, STATE_KEY } from './calendar-store.ts';
import { normalizeFeedUrl } from './feed-url.ts';
import { buildSnapshot } from './snapshot.ts';
import { allSources } from './sources.ts';

async function loadSnapshot(): Promise<CalendarSnapshot> {
  const [sources, states, minutes] = await Promise.all([allSources(), loadStates(), loadReminderMinutes()]);
  return buildSnapshot(sources, states, minutes);
}

function send(request: CalendarRequestBody): Promise<unknown> {
  return browser.runtime.sendMessage({ type: CALENDAR_MESSAGE, ...request });
}

export function createCalendarPort(): CalendarPort {
  return {
    load: loadSnapshot,
    onChange: (listener) => {
      const handle = (changes: Record<string, unknown>, area: string) => {
        const ours = area === 'managed' || (area === 'local' && [SOURCES_KEY, STATE_KEY, REMINDER_KEY].some((key) => key in changes));
        if (ours && !(area === 'local' && Object.keys(changes).every((key) => key === NOTIFIED_KEY))) void loadSnapshot().then(listener);
      };
      browser.storage.onChanged.addListener(handle);
      return () => browser.storage.onChanged.removeListener(handle);
    },
    refresh: async () => { await send({ action: 'refresh', force: true }); },
    addFeed: async (address) => {
      const checked = normalizeFeedUrl(address);
      if (!checked.ok) return checked;
      // First thing after the click: the permission prompt needs the user's gesture.
      const granted = await browser.permissions.request({ origins: [checked.permissionPattern] }).catch(() => false);
      if (!granted) return { ok: false, error: calendarMessage('feedPermissionDenied', { host: new URL(checked.url).host }) };
      const sources = await loadSources();
      if (sources.some((source) => source.kind === 'feed' && source.url === checked.url)) return { ok: false, error: calendarMessage('feedDuplicate') };
      await saveSources([...sources, { id: newSourceId(), kind: 'feed', url: checked.url, addedAt: Date.now() }]);
      // The background also reacts to the storage change; this wakes it at once for the first read.
      void send({ action: 'refresh', force: false }).catch(() => undefined);
      return { ok: true };
    },
    removeSource: async (id) => {
      await saveSources((await loadSources()).filter((source) => source.id !== id));
      const { [id]: _removed, ...rest } = await loadStates();
      await saveStates(rest);
    },
    setReminderMinutes: saveReminderMinutes,
    importFile: async (name, text) => (await send({ action: 'import-file', name, text })) as ImportResult,
    join: async (url) => { await browser.tabs.create({ url }); },
    openSettings: async () => { await browser.runtime.openOptionsPage(); },
  };
}
