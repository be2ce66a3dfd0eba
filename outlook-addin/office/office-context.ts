/// <reference types="office-js" />
// The one place that reads the Office global for the add-in's pages (commands, task pane). The
// launch-event bundle has its own (launchevent/event-context.ts): no window there.
import type { MailboxContext, RoamingSettingsLike } from './item-api.ts';

export function officeMailboxContext(): MailboxContext {
  const context = Office.context;
  const ui = context.ui as { openBrowserWindow?: (url: string) => void } | undefined;
  return {
    displayLanguage: context.displayLanguage ?? 'fr-FR',
    roamingSettings: context.roamingSettings as unknown as RoamingSettingsLike,
    isSetSupported: (name, version) => context.requirements?.isSetSupported(name, version) ?? false,
    openBrowserWindow: (url) => {
      // openBrowserWindow (OpenBrowserWindowApi 1.1) opens the system browser from desktop Outlook;
      // elsewhere the page's own window.open does, since the click is the user's.
      if (typeof ui?.openBrowserWindow === 'function') ui.openBrowserWindow(url);
      else if (!window.open(url, '_blank', 'noopener')) throw new Error('window.open was blocked');
    },
  };
}

export function officeItem(): unknown {
  return Office.context.mailbox?.item ?? null;
}
