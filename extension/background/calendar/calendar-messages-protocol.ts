// Messages the popup and options page send to the background's calendar module.
export const CALENDAR_MESSAGE = 'visio-calendar';

export type CalendarRequestBody =
  | { readonly action: 'refresh'; readonly force: boolean }
  | { readonly action: 'import-file'; readonly name: string; readonly text: string };

export type CalendarRequest = CalendarRequestBody & { readonly type: typeof CALENDAR_MESSAGE };

export function isCalendarRequest(message: unknown): message is CalendarRequest {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === CALENDAR_MESSAGE;
}
