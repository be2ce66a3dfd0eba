import type { NotificationsApi } from './item-api.ts';

const KEY = 'visio';

/**
 * Shows a message on the item's info bar. Best effort: Outlook on Android has no
 * notificationMessages (office-js#1966), and a failed notice must never turn a success into an error.
 * Outlook cuts messages at 150 characters.
 */
export function notify(notifications: NotificationsApi | undefined, kind: 'info' | 'error', message: string): Promise<void> {
  return new Promise((resolve) => {
    if (!notifications) {
      resolve();
      return;
    }
    const text = message.length > 150 ? `${message.slice(0, 149)}…` : message;
    const notice = kind === 'error'
      ? { type: 'errorMessage', message: text }
      : { type: 'informationalMessage', message: text, icon: 'Icon.16', persistent: false };
    try {
      notifications.replaceAsync(KEY, notice, () => resolve());
    } catch {
      resolve();
    }
  });
}
