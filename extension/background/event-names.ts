// Names the background's listeners match on before any chunk is loaded: the startup script
// decides from these alone whether an event is ours and which chunk (background-chunks.ts) it needs.
export const MENU_ID = 'visio-insert-link';
export const INSERT_COMMAND = 'insert-visio-link';
export const REFRESH_ALARM = 'visio-calendar-refresh';
export const REMINDER_ALARM = 'visio-calendar-reminder';
/** storage.local keys whose change means "read the feeds again" / "plan the reminders again". */
export const SOURCES_KEY = 'calendarSources';
export const REMINDER_KEY = 'calendarReminderMinutes';
/** storage.local key of the user's settings (platform/user-settings): the menu's wording follows it. */
export const SETTINGS_KEY = 'settings';
